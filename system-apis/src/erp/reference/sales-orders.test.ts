import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import type { CreateErpSalesOrderRequest } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openErpDatabase, type ErpDatabase } from '../../database';
import { createSalesOrder, getSalesOrder } from './sales-orders';
import { expectBusinessRefusal } from '@crossdock/shared-contracts/testing/expect-refusal';

const SHIP_TO = {
  name: 'Brightline Supply — Warehouse',
  line1: '900 Industrial Blvd',
  city: 'Marietta',
  region: 'GA',
  postalCode: '30062',
  country: 'US',
};
const CLERK = { actor: 'order-pipeline', correlationId: 'corr-sales-orders-test' };

let db: ErpDatabase;

beforeAll(async () => {
  db = await openErpDatabase(await createTestDatabase('sales_orders', 'demoErp'));
});
afterAll(async () => {
  await db?.$disconnect();
});

function orderRequest(overrides: Partial<CreateErpSalesOrderRequest> = {}): CreateErpSalesOrderRequest {
  return {
    orderKey: randomUUID(),
    customerId: 'C-1002',
    purchaseOrderNumber: 'PO-55120',
    shipTo: SHIP_TO,
    lines: [
      {
        lineNumber: 1,
        sku: 'HXB-004',
        quantity: 10,
        uom: 'EA',
        unitPrice: '0.2400',
        priceRule: 'price-list:PL-STANDARD',
      },
    ],
    ...overrides,
  };
}

describe('creating a sales order once per order key', () => {
  it('answers the same ERP order for the same order key: created first, then not', async () => {
    const request = orderRequest();
    const first = await createSalesOrder(db, request, CLERK);
    const second = await createSalesOrder(db, request, CLERK);

    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(first.order.id).toMatch(/^SO-\d{6}$/);
    expect(second.order).toEqual(first.order);
    expect(await db.salesOrder.count({ where: { orderKey: request.orderKey } })).toBe(1);
  });

  it('answers the first order even when the repeat carries other lines, and does not change it', async () => {
    const request = orderRequest();
    const first = await createSalesOrder(db, request, CLERK);
    const repeat = await createSalesOrder(
      db,
      {
        ...request,
        lines: [{ lineNumber: 1, sku: 'WSH-001', quantity: 99, uom: 'EA', unitPrice: '0.0400', priceRule: 'manual' }],
      },
      CLERK,
    );

    expect(repeat).toMatchObject({ created: false, order: { id: first.order.id } });
    expect((await getSalesOrder(db, first.order.id))?.lines).toEqual(first.order.lines);
  });

  it('creates exactly one order when 20 calls with one order key arrive together', async () => {
    const request = orderRequest();
    const answers = await Promise.all(Array.from({ length: 20 }, () => createSalesOrder(db, request, CLERK)));

    expect(await db.salesOrder.count({ where: { orderKey: request.orderKey } })).toBe(1);
    expect(new Set(answers.map((answer) => answer.order.id)).size).toBe(1);
    expect(answers.filter((answer) => answer.created)).toHaveLength(1);
    const audit = await db.erpAudit.count({ where: { entity: 'sales-order', entityId: answers[0]!.order.id } });
    expect(audit).toBe(1);
  });

  it('gives different order keys different ERP order numbers', async () => {
    const a = await createSalesOrder(db, orderRequest(), CLERK);
    const b = await createSalesOrder(db, orderRequest(), CLERK);
    expect(a.order.id).not.toBe(b.order.id);
  });
});

describe('order amounts', () => {
  it('computes line totals and the subtotal as exact decimals, rounding half up to the cent', async () => {
    const created = await createSalesOrder(
      db,
      orderRequest({
        lines: [
          { lineNumber: 1, sku: 'HXB-004', quantity: 3, uom: 'EA', unitPrice: '19.99', priceRule: 'manual' },
          { lineNumber: 2, sku: 'WSH-001', quantity: 7, uom: 'EA', unitPrice: '0.1', priceRule: 'manual' },
          { lineNumber: 3, sku: 'SCR-001', quantity: 3, uom: 'EA', unitPrice: '0.1250', priceRule: 'manual' },
        ],
      }),
      CLERK,
    );

    expect(created.order.lines.map((line) => [line.lineNumber, line.unitPrice, line.lineTotal])).toEqual([
      [1, '19.9900', '59.97'],
      [2, '0.1000', '0.70'],
      [3, '0.1250', '0.38'],
    ]);
    expect(created.order.subtotal).toBe('61.05');
    // What was stored is what was answered.
    const stored = await getSalesOrder(db, created.order.id);
    expect(stored?.subtotal).toBe('61.05');
    expect(stored?.lines.map((line) => line.lineTotal)).toEqual(['59.97', '0.70', '0.38']);
  });

  it('stores each line in the base unit too: 2 CS of a 100-EA case is 200 EA', async () => {
    const created = await createSalesOrder(
      db,
      orderRequest({
        lines: [
          {
            lineNumber: 1,
            sku: 'HXB-004',
            quantity: 2,
            uom: 'CS',
            unitPrice: '24.00',
            priceRule: 'price-list:PL-STANDARD (per EA, converted to CS)',
          },
        ],
      }),
      CLERK,
    );
    expect(created.order.lines[0]).toMatchObject({ quantity: 2, uom: 'CS', baseQuantity: 200, lineTotal: '48.00' });
    expect(created.order).toMatchObject({
      customerId: 'C-1002',
      currency: 'USD',
      status: 'open',
      purchaseOrderNumber: 'PO-55120',
      shipTo: SHIP_TO,
    });
  });
});

describe('orders the ERP refuses', () => {
  it('refuses a customer on credit hold with CUSTOMER_ON_HOLD and stores nothing', async () => {
    const request = orderRequest({ customerId: 'C-1003' });
    const error = await expectBusinessRefusal(createSalesOrder(db, request, CLERK));
    expect(error.reasonCode).toBe('CUSTOMER_ON_HOLD');
    expect(await db.salesOrder.count({ where: { orderKey: request.orderKey } })).toBe(0);
  });

  it('refuses an unknown customer with UNKNOWN_CUSTOMER', async () => {
    const error = await expectBusinessRefusal(createSalesOrder(db, orderRequest({ customerId: 'C-0000' }), CLERK));
    expect(error.reasonCode).toBe('UNKNOWN_CUSTOMER');
  });

  it('refuses an unknown item with UNKNOWN_ITEM', async () => {
    const lines = [{ lineNumber: 1, sku: 'NOPE-404', quantity: 1, uom: 'EA', unitPrice: '1.00', priceRule: 'manual' }];
    const error = await expectBusinessRefusal(createSalesOrder(db, orderRequest({ lines }), CLERK));
    expect(error.reasonCode).toBe('UNKNOWN_ITEM');
  });

  it('refuses a unit the item is not sold in with UOM_NOT_CONVERTIBLE', async () => {
    const lines = [{ lineNumber: 1, sku: 'LAD-001', quantity: 1, uom: 'CS', unitPrice: '149.00', priceRule: 'manual' }];
    const error = await expectBusinessRefusal(createSalesOrder(db, orderRequest({ lines }), CLERK));
    expect(error.reasonCode).toBe('UOM_NOT_CONVERTIBLE');
  });
});

describe('audit', () => {
  it('writes one audit row per created order, naming the actor and the correlation id', async () => {
    const request = orderRequest();
    const by = { actor: 'portal:buyer@brightline.example', correlationId: `corr-${randomUUID()}` };
    const { order } = await createSalesOrder(db, request, by);
    await createSalesOrder(db, request, { actor: 'someone-else', correlationId: 'corr-replay' });

    const rows = await db.erpAudit.findMany({ where: { entity: 'sales-order', entityId: order.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'create',
      actor: by.actor,
      correlationId: by.correlationId,
      data: { orderKey: request.orderKey },
    });
    const row = await db.salesOrder.findUniqueOrThrow({ where: { orderKey: request.orderKey } });
    expect(row).toMatchObject({ createdBy: by.actor, correlationId: by.correlationId });
  });
});
