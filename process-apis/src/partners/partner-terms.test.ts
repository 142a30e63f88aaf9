import { describe, expect, it } from 'vitest';
import { partnerTermsOf, withinTolerance } from './partner-terms';

describe('a price within the partner tolerance', () => {
  it('is within when at most the percentage away either way, to the last decimal', () => {
    expect(withinTolerance('10.20', '10.00', '2')).toBe(true);
    expect(withinTolerance('9.80', '10.00', '2')).toBe(true);
    expect(withinTolerance('10.2001', '10.00', '2')).toBe(false);
    expect(withinTolerance('9.7999', '10.00', '2')).toBe(false);
    expect(withinTolerance('0.1903', '0.1900', '0.25')).toBe(true);
  });

  it('means equal only without a tolerance, or at zero', () => {
    expect(withinTolerance('10.00', '10', undefined)).toBe(true);
    expect(withinTolerance('10.01', '10.00', undefined)).toBe(false);
    expect(withinTolerance('10.01', '10.00', '0')).toBe(false);
  });

  it('finds no terms on an order that came from no partner', () => {
    expect(
      partnerTermsOf({
        channel: 'api',
        sourceOrderId: '1',
        customerId: 'C-1',
        shipTo: { name: 'Store', line1: 'x', city: 'y', postalCode: 'z', country: 'US' },
        lines: [{ sku: 'A', quantity: 1 }],
      }),
    ).toEqual({});
  });
});
