import { randomUUID } from 'node:crypto';
import type { CreateErpSalesOrderLine } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { ConflictError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { returnAuthorisationSchema } from '@crossdock/shared-contracts/contracts/model/return';
import { expectBusinessRefusal } from '@crossdock/shared-contracts/testing/expect-refusal';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openErpDatabase, type ErpDatabase } from '../../database';
import type { SalesOrderPort } from '../ports/commercial-ports';
import type { InvoicePort, ReturnPort, ShipmentPort } from '../ports/fulfilment-ports';
import { createReferenceInvoices } from './invoices';
import { createReferenceReturns } from './returns';
import { createReferenceSalesOrders } from './reference-sales-orders';
import { createReferenceShipments } from './shipments';
import { moveStock } from './stock';

const CLERK = { actor: 'returns-desk', correlationId: 'corr-returns-test' };
const SHIP_TO = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};

let db: ErpDatabase;
let orders: SalesOrderPort;
let shipments: ShipmentPort;
let invoices: InvoicePort;
let returns: ReturnPort;
let gloveUom: string;

beforeAll(async () => {
  db = await openErpDatabase(await createTestDatabase('returns', 'demoErp'));
  orders = createReferenceSalesOrders(db);
  shipments = createReferenceShipments(db);
  invoices = createReferenceInvoices(db, { now: () => new Date('2026-03-10T15:00:00Z') });
  returns = createReferenceReturns(db);
  gloveUom = (await db.item.findUniqueOrThrow({ where: { sku: 'GLV-002' } })).baseUom;
  for (const sku of ['HXB-004', 'GLV-002']) {
    await db.$transaction((tx) =>
      moveStock(
        tx,
        { sku, warehouseId: 'WH-DAL', kind: 'receipt', onHandDelta: 10_000, allocatedDelta: 0, reason: 'test stock' },
        CLERK,
      ),
    );
  }
});
afterAll(async () => {
  await db?.$disconnect();
});

async function position(sku: string) {
  const row = await db.inventoryPosition.findUniqueOrThrow({
    where: { sku_warehouseId: { sku, warehouseId: 'WH-DAL' } },
  });
  return { onHand: row.onHand, allocated: row.allocated };
}

const bolts = (quantity: number, uom = 'EA', reserve = 0): CreateErpSalesOrderLine => ({
  lineNumber: 1,
  sku: 'HXB-004',
  quantity,
  uom,
  unitPrice: uom === 'CS' ? '14.5000' : '0.1450',
  priceRule: 'manual',
  reservations: reserve ? [{ warehouseId: 'WH-DAL', quantity: reserve }] : [],
});

async function ship(salesOrderId: string, lines: { orderLineNumber: number; quantity: number }[]) {
  const shipment = await shipments.create({ salesOrderId, warehouseId: 'WH-DAL', carrier: 'UPSN', lines }, CLERK);
  for (const milestone of ['picked', 'packed', 'shipped'] as const)
    await shipments.recordMilestone(shipment.id, { milestone }, CLERK);
  return shipment;
}

/** An order of 10 EA of HXB-004 for Acme, shipped in full. */
async function shippedOrder() {
  const { order } = await orders.create(
    { orderKey: randomUUID(), customerId: 'C-1001', shipTo: SHIP_TO, lines: [bolts(10)] },
    CLERK,
  );
  await ship(order.id, [{ orderLineNumber: 1, quantity: 10 }]);
  return order;
}

const requestBolts = (salesOrderId: string, quantity: number, uom?: string) =>
  returns.request(
    { customerId: 'C-1001', salesOrderId, reason: 'DEFECTIVE', lines: [{ sku: 'HXB-004', quantity, uom }] },
    CLERK,
  );

async function receivedReturn(quantity: number, disposition: 'restock' | 'scrap') {
  const rma = await requestBolts((await shippedOrder()).id, quantity);
  await returns.authorise(rma.id, CLERK);
  return returns.receive(rma.id, { warehouseId: 'WH-DAL', lines: [{ lineNumber: 1, quantity, disposition }] }, CLERK);
}

describe('order to cash and back', () => {
  it('ships an order in two shipments, invoices, takes goods back and credits them, keeping stock and holds straight', async () => {
    const bolts0 = await position('HXB-004');
    const gloves0 = await position('GLV-002');
    const { order } = await orders.create(
      {
        orderKey: randomUUID(),
        customerId: 'C-1001',
        shipTo: SHIP_TO,
        lines: [
          bolts(6, 'CS', 600),
          {
            lineNumber: 2,
            sku: 'GLV-002',
            quantity: 10,
            uom: gloveUom,
            unitPrice: '3.1000',
            priceRule: 'manual',
            reservations: [{ warehouseId: 'WH-DAL', quantity: 10 }],
          },
        ],
      },
      CLERK,
    );
    expect(await position('HXB-004')).toEqual({ onHand: bolts0.onHand, allocated: bolts0.allocated + 600 });
    const [boltHold, gloveHold] = await db.reservation.findMany({
      where: { reference: order.id },
      orderBy: { lineNumber: 'asc' },
    });

    // First shipment: 4 of 6 cases and all the gloves, through every milestone.
    const first = await shipments.create(
      {
        salesOrderId: order.id,
        warehouseId: 'WH-DAL',
        carrier: 'UPSN',
        lines: [
          { orderLineNumber: 1, quantity: 4 },
          { orderLineNumber: 2, quantity: 10 },
        ],
      },
      CLERK,
    );
    await shipments.recordMilestone(first.id, { milestone: 'picked' }, CLERK);
    await shipments.recordMilestone(first.id, { milestone: 'packed' }, CLERK);
    await shipments.recordMilestone(first.id, { milestone: 'shipped', trackingNumber: '1Z999AA10123456784' }, CLERK);
    const delivered = await shipments.recordMilestone(first.id, { milestone: 'delivered' }, CLERK);
    expect(Object.keys(delivered.milestones)).toEqual(['pickedAt', 'packedAt', 'shippedAt', 'deliveredAt']);
    expect(delivered.trackingNumber).toBe('1Z999AA10123456784');
    expect(await position('HXB-004')).toEqual({ onHand: bolts0.onHand - 400, allocated: bolts0.allocated + 200 });
    expect(await position('GLV-002')).toEqual({ onHand: gloves0.onHand - 10, allocated: gloves0.allocated });
    expect(await db.reservation.findUniqueOrThrow({ where: { id: boltHold!.id } })).toMatchObject({
      status: 'active',
      quantity: 200,
    });
    expect(await db.reservation.findUniqueOrThrow({ where: { id: gloveHold!.id } })).toMatchObject({
      status: 'consumed',
    });
    expect(await orders.get(order.id)).toMatchObject({
      status: 'partially_shipped',
      lines: [{ shippedQuantity: 4 }, { shippedQuantity: 10 }],
    });

    // Second shipment: the last 2 cases.
    await ship(order.id, [{ orderLineNumber: 1, quantity: 2 }]);
    expect(await position('HXB-004')).toEqual({ onHand: bolts0.onHand - 600, allocated: bolts0.allocated });
    expect(await db.reservation.findUniqueOrThrow({ where: { id: boltHold!.id } })).toMatchObject({
      status: 'consumed',
    });
    expect(await orders.get(order.id)).toMatchObject({
      status: 'shipped',
      lines: [{ shippedQuantity: 6 }, { shippedQuantity: 10 }],
    });

    const { invoice } = await invoices.createFromShipment(first.id, CLERK);
    expect(invoice).toMatchObject({
      orderId: order.id,
      invoiceDate: '2026-03-10',
      dueDate: '2026-04-09',
      subtotal: '89.00',
      tax: '0.00',
      freight: '0.00',
      total: '89.00',
      balanceDue: '89.00',
    });
    expect(invoice.lines.map((line) => [line.quantity, line.uom, line.unitPrice, line.amount])).toEqual([
      [4, 'CS', '14.5000', '58.00'],
      [10, gloveUom, '3.1000', '31.00'],
    ]);

    // 150 bolts (a case and a half) come back to the shelf; 2 damaged pairs of gloves are scrapped.
    const rma = await returns.request(
      {
        customerId: 'C-1001',
        salesOrderId: order.id,
        reason: 'DAMAGED',
        note: 'crushed in transit',
        lines: [
          { sku: 'HXB-004', quantity: 150, uom: 'EA' },
          { sku: 'GLV-002', quantity: 2 },
        ],
      },
      CLERK,
    );
    expect(rma).toMatchObject({
      id: expect.stringMatching(/^RMA-\d{6}$/),
      status: 'requested',
      orderId: order.id,
      note: 'crushed in transit',
      lines: [
        { lineNumber: 1, sku: 'HXB-004', quantity: 150, uom: 'EA' },
        { lineNumber: 2, sku: 'GLV-002', quantity: 2, uom: gloveUom },
      ],
    });
    expect((await returns.authorise(rma.id, CLERK)).status).toBe('authorised');
    const received = await returns.receive(
      rma.id,
      {
        warehouseId: 'WH-DAL',
        lines: [
          { lineNumber: 1, quantity: 150, disposition: 'restock' },
          { lineNumber: 2, quantity: 2, disposition: 'scrap' },
        ],
      },
      CLERK,
    );
    expect(received).toMatchObject({
      status: 'received',
      lines: [{ disposition: 'restock' }, { disposition: 'scrap' }],
    });
    expect(await position('HXB-004')).toEqual({ onHand: bolts0.onHand - 450, allocated: bolts0.allocated });
    expect(await position('GLV-002')).toEqual({ onHand: gloves0.onHand - 10, allocated: gloves0.allocated });

    // 1.5 cases × 14.50 + 2 × 3.10: credited at the order line's price, per its unit.
    const memo = await returns.credit(rma.id, CLERK);
    expect(memo).toMatchObject({
      id: expect.stringMatching(/^CM-\d{6}$/),
      returnId: rma.id,
      customerId: 'C-1001',
      currency: 'USD',
      amount: '27.95',
    });
    const credited = await returns.get(rma.id);
    expect(credited).toMatchObject({ status: 'credited', creditMemoId: memo.id });
    expect(returnAuthorisationSchema.safeParse(credited).success).toBe(true);
    const audit = await db.erpAudit.findMany({ where: { entity: 'return', entityId: rma.id }, orderBy: { id: 'asc' } });
    expect(audit.map((row) => [row.action, row.actor, row.correlationId])).toEqual(
      ['request', 'authorise', 'receive', 'credit'].map((action) => [action, CLERK.actor, CLERK.correlationId]),
    );
  });
});

describe('requesting a return', () => {
  it('answers the first return for a repeated return key, authorised or not, and claims the goods once', async () => {
    const order = await shippedOrder();
    const request = {
      customerId: 'C-1001',
      salesOrderId: order.id,
      reason: 'DEFECTIVE' as const,
      lines: [{ sku: 'HXB-004', quantity: 10 }],
      returnKey: randomUUID(),
    };
    const first = await returns.request(request, CLERK);
    await returns.authorise(first.id, CLERK);

    await expect(returns.request(request, CLERK)).resolves.toMatchObject({ id: first.id, status: 'authorised' });
    expect(await db.returnAuthorisation.count({ where: { salesOrderNumber: Number(order.id.slice(3)) } })).toBe(1);
    const other = await expectBusinessRefusal(returns.request({ ...request, returnKey: randomUUID() }, CLERK));
    expect(other.reasonCode).toBe('OVER_RETURN');
  });

  it('refuses more than shipped less what earlier returns claim, with OVER_RETURN, counting in base units', async () => {
    const order = await shippedOrder();
    expect((await expectBusinessRefusal(requestBolts(order.id, 11))).reasonCode).toBe('OVER_RETURN');
    expect((await expectBusinessRefusal(requestBolts(order.id, 1, 'CS'))).reasonCode).toBe('OVER_RETURN');
    await requestBolts(order.id, 6);
    expect((await expectBusinessRefusal(requestBolts(order.id, 5))).reasonCode).toBe('OVER_RETURN');
    await expect(requestBolts(order.id, 4)).resolves.toMatchObject({ status: 'requested' });
  });

  it('counts nothing for a rejected return and only what came back for a received one', async () => {
    const order = await shippedOrder();
    const rejected = await requestBolts(order.id, 10);
    await returns.reject(rejected.id, 'outside the 30-day window', CLERK);
    const second = await requestBolts(order.id, 10);
    await returns.authorise(second.id, CLERK);
    await returns.receive(
      second.id,
      { warehouseId: 'WH-DAL', lines: [{ lineNumber: 1, quantity: 6, disposition: 'restock' }] },
      CLERK,
    );

    expect((await expectBusinessRefusal(requestBolts(order.id, 5))).reasonCode).toBe('OVER_RETURN');
    await expect(requestBolts(order.id, 4)).resolves.toMatchObject({ status: 'requested' });
  });

  it('returns nothing from an order not shipped yet', async () => {
    const { order } = await orders.create(
      { orderKey: randomUUID(), customerId: 'C-1001', shipTo: SHIP_TO, lines: [bolts(10)] },
      CLERK,
    );
    expect((await expectBusinessRefusal(requestBolts(order.id, 1))).reasonCode).toBe('OVER_RETURN');
  });

  it('answers not found for another customer’s order', async () => {
    const order = await shippedOrder();
    await expect(
      returns.request(
        { customerId: 'C-1002', salesOrderId: order.id, reason: 'DEFECTIVE', lines: [{ sku: 'HXB-004', quantity: 1 }] },
        CLERK,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('takes back an item that is not returnable only when the fault is the distributor’s', async () => {
    const { order } = await orders.create(
      {
        orderKey: randomUUID(),
        customerId: 'C-1001',
        shipTo: SHIP_TO,
        lines: [
          { lineNumber: 1, sku: 'GLV-002', quantity: 4, uom: gloveUom, unitPrice: '3.1000', priceRule: 'manual' },
        ],
      },
      CLERK,
    );
    await ship(order.id, [{ orderLineNumber: 1, quantity: 4 }]);
    await db.item.update({ where: { sku: 'GLV-002' }, data: { returnable: false } });
    const gloves = (reason: 'NO_LONGER_NEEDED' | 'WRONG_ITEM') =>
      returns.request(
        { customerId: 'C-1001', salesOrderId: order.id, reason, lines: [{ sku: 'GLV-002', quantity: 1 }] },
        CLERK,
      );

    expect((await expectBusinessRefusal(gloves('NO_LONGER_NEEDED'))).reasonCode).toBe('NOT_RETURNABLE');
    await expect(gloves('WRONG_ITEM')).resolves.toMatchObject({ status: 'requested' });
  });
});

describe('deciding a return', () => {
  it('lets exactly one of a concurrent authorise and reject win', async () => {
    const rma = await requestBolts((await shippedOrder()).id, 3);
    const [authorise, reject] = await Promise.allSettled([
      returns.authorise(rma.id, CLERK),
      returns.reject(rma.id, 'no receipt', CLERK),
    ]);

    expect([authorise.status, reject.status].filter((status) => status === 'fulfilled')).toHaveLength(1);
    const loser = (authorise.status === 'rejected' ? authorise : reject) as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    const final = await returns.get(rma.id);
    expect(final?.status).toBe(authorise.status === 'fulfilled' ? 'authorised' : 'rejected');
    expect(
      await db.erpAudit.count({
        where: { entity: 'return', entityId: rma.id, action: { in: ['authorise', 'reject'] } },
      }),
    ).toBe(1);
  });

  it('keeps the rejection reason in the note, and a rejected return cannot be authorised', async () => {
    const rma = await requestBolts((await shippedOrder()).id, 3);
    expect(await returns.reject(rma.id, 'outside the 30-day window', CLERK)).toMatchObject({
      status: 'rejected',
      note: 'outside the 30-day window',
    });
    await expect(returns.authorise(rma.id, CLERK)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('receiving a return', () => {
  it('puts restocked goods back on hand and leaves scrapped goods off it', async () => {
    const before = await position('HXB-004');
    await receivedReturn(4, 'scrap');
    expect(await position('HXB-004')).toEqual({ onHand: before.onHand - 10, allocated: before.allocated });
    await receivedReturn(4, 'restock');
    expect(await position('HXB-004')).toEqual({ onHand: before.onHand - 20 + 4, allocated: before.allocated });
  });

  it('refuses goods on a return not authorised, and more than was authorised', async () => {
    const rma = await requestBolts((await shippedOrder()).id, 3);
    const receipt = (quantity: number) =>
      returns.receive(
        rma.id,
        { warehouseId: 'WH-DAL', lines: [{ lineNumber: 1, quantity, disposition: 'restock' }] },
        CLERK,
      );
    await expect(receipt(3)).rejects.toBeInstanceOf(ConflictError);
    await returns.authorise(rma.id, CLERK);
    expect((await expectBusinessRefusal(receipt(4))).reasonCode).toBe('OVER_RECEIPT');
  });

  it('takes the same receipt again as a no-op, and moves the stock once', async () => {
    const rma = await requestBolts((await shippedOrder()).id, 3);
    await returns.authorise(rma.id, CLERK);
    const receipt = { warehouseId: 'WH-DAL', lines: [{ lineNumber: 1, quantity: 3, disposition: 'restock' as const }] };
    await returns.receive(rma.id, receipt, CLERK);
    const after = await position('HXB-004');

    await expect(returns.receive(rma.id, receipt, CLERK)).resolves.toMatchObject({ status: 'received' });
    expect(await position('HXB-004')).toEqual(after);
    await expect(
      returns.receive(rma.id, { ...receipt, lines: [{ lineNumber: 1, quantity: 2, disposition: 'restock' }] }, CLERK),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('crediting a return', () => {
  it('issues one memo: crediting again, also concurrently, answers the same memo', async () => {
    const rma = await receivedReturn(4, 'scrap');
    const answers = await Promise.all([
      returns.credit(rma.id, CLERK),
      returns.credit(rma.id, CLERK),
      returns.credit(rma.id, CLERK),
    ]);

    expect(new Set(answers.map((memo) => memo.id)).size).toBe(1);
    expect(answers[0]).toMatchObject({ amount: '0.58' });
    expect(await returns.credit(rma.id, CLERK)).toEqual(answers[0]);
    expect(await db.creditMemo.count({ where: { returnNumber: Number(rma.id.slice(4)) } })).toBe(1);
  });

  it('credits nothing before the goods are received', async () => {
    const rma = await requestBolts((await shippedOrder()).id, 3);
    await returns.authorise(rma.id, CLERK);
    await expect(returns.credit(rma.id, CLERK)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe('listing returns', () => {
  it('filters by order, customer and status, a page at a time', async () => {
    const order = await shippedOrder();
    const first = await requestBolts(order.id, 2);
    const second = await requestBolts(order.id, 2);
    await returns.authorise(second.id, CLERK);

    const page1 = await returns.list({ salesOrderId: order.id, limit: 1 });
    expect(page1.items.map((rma) => rma.id)).toEqual([first.id]);
    expect(
      (await returns.list({ salesOrderId: order.id, cursor: page1.nextCursor })).items.map((rma) => rma.id),
    ).toEqual([second.id]);
    expect((await returns.list({ salesOrderId: order.id, status: 'authorised' })).items.map((rma) => rma.id)).toEqual([
      second.id,
    ]);
    expect((await returns.list({ salesOrderId: order.id, customerId: 'C-1002' })).items).toEqual([]);
  });
});
