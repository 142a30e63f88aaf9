import { describe, expect, it } from 'vitest';
import { ALPHA2_OF_ALPHA3, normaliseCountryCode } from './country-codes';

describe('normaliseCountryCode', () => {
  it('turns the alpha-3 codes partners send into alpha-2', () => {
    expect(['USA', 'CAN', 'DEU', 'GBR', 'MEX', 'usa', ' hkg '].map(normaliseCountryCode)).toEqual([
      'US',
      'CA',
      'DE',
      'GB',
      'MX',
      'US',
      'HK',
    ]);
  });

  it('keeps alpha-2 codes, answers an unknown code as written for the address check to refuse, and blank as no country', () => {
    expect(['US', 'de', 'XYZ', 'U.S.A.'].map(normaliseCountryCode)).toEqual(['US', 'DE', 'XYZ', 'U.S.A.']);
    expect(normaliseCountryCode('  ')).toBeUndefined();
    expect(normaliseCountryCode(undefined)).toBeUndefined();
  });

  it('has every officially assigned ISO 3166-1 code once: 249 alpha-3 codes onto 249 alpha-2 codes', () => {
    expect(ALPHA2_OF_ALPHA3.size).toBe(249);
    expect(new Set(ALPHA2_OF_ALPHA3.values()).size).toBe(249);
    for (const [alpha3, alpha2] of ALPHA2_OF_ALPHA3) {
      expect(alpha3).toMatch(/^[A-Z]{3}$/);
      expect(alpha2).toMatch(/^[A-Z]{2}$/);
    }
  });
});
