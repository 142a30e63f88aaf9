/**
 * Rules that exist because orders go through a step together: orders of one batch count against
 * the credit limit one after another, and are never promised the same stock. The ERP is a stand-in
 * answering what the system APIs would; what is under test is the step's own rule.
 */
import { describe, expect, it } from 'vitest';
import type { CreditExposure } from '@crossdock/shared-contracts/contracts/api/system-credit';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import type { Item } from '@crossdock/shared-contracts/contracts/model/item';
import { Prisma, type Order } from '../../generated/prisma/client';
import type { SystemApi } from '../../system-api/system-api';
import type { OrderInFlight, PipelineContext } from '../step';
import { creditStep } from './credit';
import { planStep } from './plan';

const shipTo = { name: 'Store', line1: '1 Elm St', city: 'Dallas', region: 'TX', postalCode: '75226', country: 'US' };

function inFlight(id: string, fields: Partial<Order>): OrderInFlight {
  const order = { id, customerId: 'C-1001', overriddenReasons: [], total: null, pricedLines: null, ...fields } as Order;
  return {
    order,
    received: { channel: 'api', sourceOrderId: id, customerId: 'C-1001', shipTo, lines: [] },
    attempt: 1,
  };
}

const context = (systemApi: Partial<SystemApi>) => ({ systemApi: systemApi as SystemApi }) as PipelineContext;

describe('the credit step for a batch', () => {
  it('counts the orders ahead in the batch against the limit: the one that goes over is held', async () => {
    const exposure: CreditExposure = {
      customerId: 'C-1001',
      currency: 'USD',
      creditLimit: '1000.00',
      openInvoices: '0.00',
      openOrders: '600.00',
      exposure: '600.00',
      available: '400.00',
    };
    const erp = { creditExposures: async () => new Map([['C-1001', exposure]]) };
    const orders = [
      inFlight('A', { total: new Prisma.Decimal('250.00') }),
      inFlight('B', { total: new Prisma.Decimal('250.00') }),
      inFlight('C', { total: new Prisma.Decimal('100.00') }),
    ];

    const outcomes = await creditStep.invoke(context(erp), orders);

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['next', 'hold', 'next']);
    expect(outcomes[1]).toMatchObject({
      reasons: [{ reasonCode: 'CREDIT_LIMIT', detail: expect.stringContaining('orders ahead of it 250.00') }],
    });
  });
});

describe('the plan step for a batch', () => {
  it('never promises two orders of a batch the same units: the second is planned from what is left', async () => {
    const item = { sku: 'HXB-004', baseUom: 'EA', alternateUoms: [], status: 'active' } as unknown as Item;
    const position = (warehouseId: string, available: number) =>
      ({ sku: 'HXB-004', warehouseId, available }) as InventoryPosition;
    const erp = {
      findCustomers: async () =>
        new Map([['C-1001', { id: 'C-1001', preferredWarehouseId: 'WH-DAL', allowBackorders: false } as Customer]]),
      listWarehouses: async () => [],
      findItems: async () => new Map([['HXB-004', item]]),
      stockOfMany: async () => new Map([['HXB-004', [position('WH-DAL', 10), position('WH-ATL', 5)]]]),
    };
    const line = (quantity: number) => [{ lineNumber: 1, sku: 'HXB-004', quantity, uom: 'EA' }];
    const orders = [
      inFlight('A', { pricedLines: line(8) }),
      inFlight('B', { pricedLines: line(6) }),
      inFlight('C', { pricedLines: line(2) }),
    ];

    const outcomes = await planStep.invoke(context(erp), orders);

    const allocations = outcomes.map((outcome) =>
      outcome.kind === 'next'
        ? (outcome.changes?.plan as { lines: { allocations: unknown[] }[] }).lines[0]!.allocations
        : outcome.kind,
    );
    expect(allocations).toEqual([
      [{ warehouseId: 'WH-DAL', quantity: 8 }],
      // The preferred warehouse's 2 left first, then the rest from Atlanta.
      [
        { warehouseId: 'WH-DAL', quantity: 2 },
        { warehouseId: 'WH-ATL', quantity: 4 },
      ],
      // One unit is left for two ordered, and this customer takes no backorders.
      'hold',
    ]);
  });
});
