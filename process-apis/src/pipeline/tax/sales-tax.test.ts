import { describe, expect, it } from 'vitest';
import { salesTaxFor } from './sales-tax';

const shipTo = (region: string) => ({
  name: 'Store',
  line1: '1 Main St',
  city: 'Town',
  region,
  postalCode: '00000',
  country: 'US',
});

describe('sales tax by ship-to jurisdiction', () => {
  it('charges the state rate, rounded half up to the cent', () => {
    expect(salesTaxFor(shipTo('TX'), '180.00')).toEqual({
      jurisdiction: 'US-TX',
      ratePercent: '6.25',
      amount: '11.25',
    });
    // 0.04 × 6.25 % = 0.0025 → 0.00; 0.08 × 6.25 % = 0.005 → 0.01 (half up).
    expect(salesTaxFor(shipTo('TX'), '0.04').amount).toBe('0.00');
    expect(salesTaxFor(shipTo('TX'), '0.08').amount).toBe('0.01');
  });

  it('charges nothing where the table has no rate', () => {
    expect(salesTaxFor(shipTo('OR'), '1000.00')).toEqual({
      jurisdiction: 'US-OR',
      ratePercent: '0.00',
      amount: '0.00',
    });
  });

  it('stays exact on large orders', () => {
    // 99 999 999.99 × 7.25 % = 7 249 999.999275 → 7 250 000.00
    expect(salesTaxFor(shipTo('CA'), '99999999.99').amount).toBe('7250000.00');
    expect(salesTaxFor(shipTo('CA'), '12345678.91').amount).toBe('895061.72');
  });
});
