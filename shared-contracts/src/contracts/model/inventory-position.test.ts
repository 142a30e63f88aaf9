import { describe, expect, it } from 'vitest';
import { promiseFrom, type InventoryPosition } from './inventory-position';

const TODAY = '2026-11-28';

function position(warehouseId: string, available: number, onOrder = 0, expectedDate?: string): InventoryPosition {
  return {
    sku: 'HXB-004',
    warehouseId,
    uom: 'EA',
    onHand: Math.max(0, available),
    allocated: Math.max(0, -available),
    available,
    onOrder,
    expectedDate,
    asOf: `${TODAY}T08:00:00.000Z`,
  };
}

describe('promiseFrom', () => {
  it('promises today what the warehouses have together', () => {
    expect(promiseFrom([position('WH-DAL', 300), position('WH-ATL', 200)], 500, TODAY)).toEqual({
      available: 500,
      promisedDate: TODAY,
    });
  });

  it('promises the rest from the earliest receipts that make it up', () => {
    const positions = [position('WH-DAL', 100, 400, '2026-12-20'), position('WH-ATL', 0, 200, '2026-12-05')];

    expect(promiseFrom(positions, 250, TODAY)).toEqual({ available: 100, promisedDate: '2026-12-05' });
    expect(promiseFrom(positions, 400, TODAY)).toEqual({ available: 100, promisedDate: '2026-12-20' });
  });

  it('promises no date when not even what is on order makes it up', () => {
    expect(promiseFrom([position('WH-DAL', 10, 5, '2026-12-01')], 100, TODAY)).toEqual({ available: 10 });
  });

  it('counts an oversold warehouse as having nothing, not less than nothing', () => {
    expect(promiseFrom([position('WH-DAL', -20), position('WH-ATL', 30)], 30, TODAY)).toEqual({
      available: 30,
      promisedDate: TODAY,
    });
  });

  it('never promises a date in the past for a receipt that is late', () => {
    expect(promiseFrom([position('WH-DAL', 0, 50, '2026-11-20')], 20, TODAY)).toEqual({
      available: 0,
      promisedDate: TODAY,
    });
  });
});
