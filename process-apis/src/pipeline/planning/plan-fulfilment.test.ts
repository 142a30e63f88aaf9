import { describe, expect, it } from 'vitest';
import { planFulfilment, type PlanInput } from './plan-fulfilment';

const stock = (entries: Record<string, Record<string, number>>) =>
  new Map(
    Object.entries(entries).map(([sku, byWarehouse]) => [
      sku,
      Object.entries(byWarehouse).map(([warehouseId, available]) => ({ warehouseId, available })),
    ]),
  );

const base: Omit<PlanInput, 'lines' | 'stock'> = { preferredWarehouseId: 'WH-DAL', nearbyWarehouseIds: ['WH-PHX'] };

describe('planning where an order ships from', () => {
  it('fills a line from the preferred warehouse when it can', () => {
    const plan = planFulfilment({
      ...base,
      lines: [{ lineNumber: 1, sku: 'A', baseQuantity: 10 }],
      stock: stock({ A: { 'WH-DAL': 50, 'WH-ATL': 500 } }),
    });
    expect(plan.lines[0]).toMatchObject({ allocations: [{ warehouseId: 'WH-DAL', quantity: 10 }], backordered: 0 });
    expect(plan.hasBackorders).toBe(false);
  });

  it('splits a line: preferred first, then a nearby warehouse, then the one with the most stock', () => {
    const plan = planFulfilment({
      ...base,
      lines: [{ lineNumber: 1, sku: 'A', baseQuantity: 100 }],
      stock: stock({ A: { 'WH-ATL': 60, 'WH-DAL': 30, 'WH-PHX': 20, 'WH-SEA': 70 } }),
    });
    expect(plan.lines[0]!.allocations).toEqual([
      { warehouseId: 'WH-DAL', quantity: 30 },
      { warehouseId: 'WH-PHX', quantity: 20 },
      { warehouseId: 'WH-SEA', quantity: 50 },
    ]);
  });

  it('backorders what no warehouse can promise', () => {
    const plan = planFulfilment({
      ...base,
      lines: [{ lineNumber: 1, sku: 'A', baseQuantity: 100 }],
      stock: stock({ A: { 'WH-DAL': 30, 'WH-ATL': 0 } }),
    });
    expect(plan.lines[0]).toMatchObject({ allocations: [{ warehouseId: 'WH-DAL', quantity: 30 }], backordered: 70 });
    expect(plan.hasBackorders).toBe(true);
  });

  it('does not promise the same stock to two lines of one order', () => {
    const plan = planFulfilment({
      ...base,
      lines: [
        { lineNumber: 1, sku: 'A', baseQuantity: 40 },
        { lineNumber: 2, sku: 'A', baseQuantity: 40 },
      ],
      stock: stock({ A: { 'WH-DAL': 50, 'WH-ATL': 20 } }),
    });
    expect(plan.lines[1]!.allocations).toEqual([
      { warehouseId: 'WH-DAL', quantity: 10 },
      { warehouseId: 'WH-ATL', quantity: 20 },
    ]);
    expect(plan.lines[1]!.backordered).toBe(10);
  });

  it('treats an item nobody stocks, or oversold stock, as nothing available', () => {
    const plan = planFulfilment({
      ...base,
      lines: [
        { lineNumber: 1, sku: 'B', baseQuantity: 5 },
        { lineNumber: 2, sku: 'C', baseQuantity: 5 },
      ],
      stock: stock({ C: { 'WH-DAL': -3 } }),
    });
    expect(plan.lines.map((line) => line.backordered)).toEqual([5, 5]);
  });
});
