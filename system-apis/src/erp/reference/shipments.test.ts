import { randomUUID } from 'node:crypto';
import type { CreateErpSalesOrderLine } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { ConflictError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ShipmentMilestone } from '@crossdock/shared-contracts/contracts/model/shipment';
import { expectBusinessRefusal } from '@crossdock/shared-contracts/testing/expect-refusal';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openErpDatabase, type ErpDatabase } from '../../database';
import type { SalesOrderPort } from '../ports/commercial-ports';
import type { ShipmentPort } from '../ports/fulfilment-ports';
import { createReferenceSalesOrders } from './reference-sales-orders';
import { createReferenceShipments } from './shipments';
import { moveStock } from './stock';

const CLERK = { actor: 'warehouse:dallas', correlationId: 'corr-shipments-test' };
const SHIP_TO = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};
const AT = '2026-03-10T14:00:00.000Z';

let db: ErpDatabase;
let orders: SalesOrderPort;
let shipments: ShipmentPort;

beforeAll(async () => {
  db = await openErpDatabase(await createTestDatabase('shipments', 'demoErp'));
  orders = createReferenceSalesOrders(db);
  shipments = createReferenceShipments(db);
  // Enough stock that these tests never depend on how much the demo seed holds.
  await receiveStock('HXB-004', 'WH-DAL', 10_000);
  await receiveStock('HXB-004', 'WH-ATL', 2_000);
});
afterAll(async () => {
  await db?.$disconnect();
});

async function receiveStock(sku: string, warehouseId: string, quantity: number) {
  await db.$transaction((tx) =>
    moveStock(
      tx,
      { sku, warehouseId, kind: 'receipt', onHandDelta: quantity, allocatedDelta: 0, reason: 'test stock' },
      CLERK,
    ),
  );
}

async function position(sku: string, warehouseId: string) {
  const row = await db.inventoryPosition.findUnique({ where: { sku_warehouseId: { sku, warehouseId } } });
  return { onHand: row?.onHand ?? 0, allocated: row?.allocated ?? 0 };
}

function bolts(
  quantity: number,
  uom = 'EA',
  reservations: { warehouseId: string; quantity: number }[] = [],
): CreateErpSalesOrderLine {
  return {
    lineNumber: 1,
    sku: 'HXB-004',
    quantity,
    uom,
    unitPrice: uom === 'CS' ? '14.5000' : '0.1450',
    priceRule: 'manual',
    reservations,
  };
}

async function openOrder(...lines: CreateErpSalesOrderLine[]) {
  return (await orders.create({ orderKey: randomUUID(), customerId: 'C-1001', shipTo: SHIP_TO, lines }, CLERK)).order;
}

async function newShipment(salesOrderId: string, quantity: number, warehouseId = 'WH-DAL') {
  return shipments.create(
    { salesOrderId, warehouseId, carrier: 'UPSN', lines: [{ orderLineNumber: 1, quantity }] },
    CLERK,
  );
}

async function advance(shipmentId: string, ...milestones: ShipmentMilestone[]) {
  for (const milestone of milestones) await shipments.recordMilestone(shipmentId, { milestone, at: AT }, CLERK);
}

const shipIt = (shipmentId: string) => advance(shipmentId, 'picked', 'packed', 'shipped');

describe('creating a shipment', () => {
  it('claims part of an open order, in the order line’s unit, with no milestone reached yet', async () => {
    const order = await openOrder(bolts(6, 'CS'));
    const shipment = await newShipment(order.id, 4);

    expect(shipment).toEqual({
      id: expect.stringMatching(/^SH-\d{6}$/),
      orderId: order.id,
      warehouseId: 'WH-DAL',
      carrier: 'UPSN',
      lines: [{ orderLineNumber: 1, sku: 'HXB-004', quantity: 4, uom: 'CS' }],
      milestones: {},
    });
    expect(await shipments.get(shipment.id)).toEqual(shipment);
    const audit = await db.erpAudit.findMany({ where: { entity: 'shipment', entityId: shipment.id } });
    expect(audit).toEqual([
      expect.objectContaining({ action: 'create', actor: CLERK.actor, correlationId: CLERK.correlationId }),
    ]);
  });

  it('refuses to ship more than was ordered less what has shipped, with OVER_SHIPMENT', async () => {
    const order = await openOrder(bolts(10));
    await shipIt((await newShipment(order.id, 6)).id);

    const error = await expectBusinessRefusal(newShipment(order.id, 5));
    expect(error.reasonCode).toBe('OVER_SHIPMENT');
    await expect(newShipment(order.id, 4)).resolves.toMatchObject({ lines: [{ quantity: 4 }] });
  });

  it('counts shipments not shipped yet: a second shipment cannot claim the same remainder', async () => {
    const order = await openOrder(bolts(10));
    await newShipment(order.id, 10);

    const error = await expectBusinessRefusal(newShipment(order.id, 1));
    expect(error.reasonCode).toBe('OVER_SHIPMENT');
  });

  it('creates exactly one of two concurrent shipments claiming the same remainder', async () => {
    const order = await openOrder(bolts(10));
    const outcomes = await Promise.allSettled([newShipment(order.id, 10), newShipment(order.id, 10)]);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ reasonCode: 'OVER_SHIPMENT' });
    expect(await db.shipment.count({ where: { salesOrderNumber: Number(order.id.slice(3)) } })).toBe(1);
  });

  it('answers the first shipment for a repeated shipment key, and claims nothing more (also when two arrive at once)', async () => {
    const order = await openOrder(bolts(10));
    const request = {
      salesOrderId: order.id,
      warehouseId: 'WH-DAL',
      carrier: 'UPSN',
      lines: [{ orderLineNumber: 1, quantity: 10 }],
      shipmentKey: randomUUID(),
    };
    const first = await shipments.create(request, CLERK);

    await expect(shipments.create(request, CLERK)).resolves.toEqual(first);
    const [one, other] = await Promise.all([
      shipments.create({ ...request, shipmentKey: `${request.shipmentKey}-2` }, CLERK).catch((error: unknown) => error),
      shipments.create(request, CLERK),
    ]);
    expect(one).toMatchObject({ reasonCode: 'OVER_SHIPMENT' });
    expect(other).toEqual(first);
    expect(await db.shipment.count({ where: { salesOrderNumber: Number(order.id.slice(3)) } })).toBe(1);
  });

  it('refuses a shipment key already used for another order', async () => {
    const shipmentKey = randomUUID();
    const first = await openOrder(bolts(10));
    const second = await openOrder(bolts(10));
    await shipments.create(
      {
        salesOrderId: first.id,
        warehouseId: 'WH-DAL',
        carrier: 'UPSN',
        lines: [{ orderLineNumber: 1, quantity: 1 }],
        shipmentKey,
      },
      CLERK,
    );

    await expect(
      shipments.create(
        {
          salesOrderId: second.id,
          warehouseId: 'WH-DAL',
          carrier: 'UPSN',
          lines: [{ orderLineNumber: 1, quantity: 1 }],
          shipmentKey,
        },
        CLERK,
      ),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('refuses to ship a cancelled order', async () => {
    const order = await openOrder(bolts(10));
    await orders.cancel(order.id, 'customer changed their mind', CLERK);

    await expect(newShipment(order.id, 10)).rejects.toBeInstanceOf(ConflictError);
  });

  it('stops a shipment made before the order was cancelled from going on', async () => {
    const order = await openOrder(bolts(10, 'EA', [{ warehouseId: 'WH-DAL', quantity: 10 }]));
    const shipment = await newShipment(order.id, 10);
    await orders.cancel(order.id, 'customer changed their mind', CLERK);
    const before = await position('HXB-004', 'WH-DAL');

    await expect(advance(shipment.id, 'picked')).rejects.toBeInstanceOf(ConflictError);
    expect(await position('HXB-004', 'WH-DAL')).toEqual(before);
  });
});

describe('milestones', () => {
  it('come in order: packing what was not picked is refused', async () => {
    const order = await openOrder(bolts(5));
    const shipment = await newShipment(order.id, 5);

    await expect(advance(shipment.id, 'packed')).rejects.toMatchObject({ status: 409 });
    await advance(shipment.id, 'picked', 'packed');
    await expect(advance(shipment.id, 'delivered')).rejects.toBeInstanceOf(ConflictError);
  });

  it('are recorded once: the same milestone again is a no-op, at another time it is refused', async () => {
    const order = await openOrder(bolts(5));
    const shipment = await newShipment(order.id, 5);
    await advance(shipment.id, 'picked');

    const repeat = await shipments.recordMilestone(shipment.id, { milestone: 'picked' }, CLERK);
    expect(repeat.milestones).toEqual({ pickedAt: AT });
    await expect(
      shipments.recordMilestone(shipment.id, { milestone: 'picked', at: '2026-03-11T09:00:00Z' }, CLERK),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await db.erpAudit.count({ where: { entity: 'shipment', entityId: shipment.id, action: 'picked' } })).toBe(1);
  });

  it('take the time of recording when none is given, and the tracking number at shipped', async () => {
    const order = await openOrder(bolts(5));
    const shipment = await newShipment(order.id, 5);
    const clock = createReferenceShipments(db, { now: () => new Date('2026-04-01T08:30:00Z') });
    await advance(shipment.id, 'picked', 'packed');

    const shipped = await clock.recordMilestone(
      shipment.id,
      { milestone: 'shipped', trackingNumber: '1Z999AA10123456784' },
      CLERK,
    );
    expect(shipped).toMatchObject({
      trackingNumber: '1Z999AA10123456784',
      milestones: { pickedAt: AT, packedAt: AT, shippedAt: '2026-04-01T08:30:00.000Z' },
    });
    const after = await position('HXB-004', 'WH-DAL');
    await expect(shipments.recordMilestone(shipment.id, { milestone: 'shipped' }, CLERK)).resolves.toEqual(shipped);
    expect(await position('HXB-004', 'WH-DAL')).toEqual(after);
    expect((await orders.get(order.id))?.lines[0]?.shippedQuantity).toBe(5);
  });
});

describe('goods leaving at shipped', () => {
  it('take on hand and the line’s hold down together; a hold used in part keeps its id and holds the rest', async () => {
    const before = await position('HXB-004', 'WH-DAL');
    const order = await openOrder(bolts(600, 'EA', [{ warehouseId: 'WH-DAL', quantity: 600 }]));
    const [hold] = await db.reservation.findMany({ where: { reference: order.id } });
    expect(await position('HXB-004', 'WH-DAL')).toEqual({ onHand: before.onHand, allocated: before.allocated + 600 });

    await shipIt((await newShipment(order.id, 400)).id);
    expect(await position('HXB-004', 'WH-DAL')).toEqual({
      onHand: before.onHand - 400,
      allocated: before.allocated + 200,
    });
    expect(await db.reservation.findMany({ where: { reference: order.id } })).toEqual([
      expect.objectContaining({ id: hold!.id, status: 'active', quantity: 200 }),
    ]);
    expect(await orders.get(order.id)).toMatchObject({
      status: 'partially_shipped',
      lines: [{ shippedQuantity: 400, reservations: [{ warehouseId: 'WH-DAL', quantity: 200 }] }],
    });

    await shipIt((await newShipment(order.id, 200)).id);
    expect(await position('HXB-004', 'WH-DAL')).toEqual({ onHand: before.onHand - 600, allocated: before.allocated });
    expect(await db.reservation.findUniqueOrThrow({ where: { id: hold!.id } })).toMatchObject({ status: 'consumed' });
    expect(await orders.get(order.id)).toMatchObject({
      status: 'shipped',
      lines: [{ shippedQuantity: 600, reservations: [] }],
    });
  });

  it('convert the line’s unit through the order line: 2 CS of a 100-EA case take 200 EA off on hand', async () => {
    const before = await position('HXB-004', 'WH-DAL');
    const order = await openOrder(bolts(2, 'CS', [{ warehouseId: 'WH-DAL', quantity: 200 }]));
    await shipIt((await newShipment(order.id, 2)).id);

    expect(await position('HXB-004', 'WH-DAL')).toEqual({ onHand: before.onHand - 200, allocated: before.allocated });
    const movement = await db.inventoryMovement.findFirstOrThrow({
      where: { kind: 'shipment', reference: { startsWith: 'SH-' } },
      orderBy: { id: 'desc' },
    });
    expect(movement).toMatchObject({
      sku: 'HXB-004',
      warehouseId: 'WH-DAL',
      quantity: -200,
      actor: CLERK.actor,
      correlationId: CLERK.correlationId,
    });
  });

  it('may come from a warehouse without a hold when its available stock covers them; the line’s other holds are released once it is complete', async () => {
    const dallas = await position('HXB-004', 'WH-DAL');
    const atlanta = await position('HXB-004', 'WH-ATL');
    const order = await openOrder(bolts(100, 'EA', [{ warehouseId: 'WH-DAL', quantity: 100 }]));

    await shipIt((await newShipment(order.id, 100, 'WH-ATL')).id);
    expect(await position('HXB-004', 'WH-ATL')).toEqual({ onHand: atlanta.onHand - 100, allocated: atlanta.allocated });
    expect(await position('HXB-004', 'WH-DAL')).toEqual(dallas);
    expect(await db.reservation.findMany({ where: { reference: order.id }, select: { status: true } })).toEqual([
      { status: 'released' },
    ]);
  });

  it('are refused with INSUFFICIENT_STOCK when available stock does not cover them, and nothing moves', async () => {
    const gloves = await position('GLV-002', 'WH-ATL');
    const glovesUom = (await db.item.findUniqueOrThrow({ where: { sku: 'GLV-002' } })).baseUom;
    const tooMany = gloves.onHand - gloves.allocated + 1;
    const order = await openOrder({
      lineNumber: 1,
      sku: 'GLV-002',
      quantity: tooMany,
      uom: glovesUom,
      unitPrice: '3.1000',
      priceRule: 'manual',
    });
    const shipment = await newShipment(order.id, tooMany, 'WH-ATL');
    await advance(shipment.id, 'picked', 'packed');

    const error = await expectBusinessRefusal(advance(shipment.id, 'shipped'));
    expect(error.reasonCode).toBe('INSUFFICIENT_STOCK');
    expect(await position('GLV-002', 'WH-ATL')).toEqual(gloves);
    expect((await shipments.get(shipment.id))?.milestones.shippedAt).toBeUndefined();
    expect(await orders.get(order.id)).toMatchObject({ status: 'open', lines: [{ shippedQuantity: 0 }] });
  });
});

describe('listing shipments', () => {
  it('filters by order, customer and status, a page at a time', async () => {
    const order = await openOrder(bolts(30));
    const first = await newShipment(order.id, 10);
    const second = await newShipment(order.id, 10);
    const third = await newShipment(order.id, 10);
    await shipIt(second.id);

    const page1 = await shipments.list({ salesOrderId: order.id, limit: 2 });
    expect(page1.items.map((shipment) => shipment.id)).toEqual([first.id, second.id]);
    const page2 = await shipments.list({ salesOrderId: order.id, limit: 2, cursor: page1.nextCursor });
    expect(page2).toEqual({ items: [expect.objectContaining({ id: third.id })] });
    expect(
      (await shipments.list({ salesOrderId: order.id, status: 'shipped' })).items.map((shipment) => shipment.id),
    ).toEqual([second.id]);
    expect((await shipments.list({ salesOrderId: order.id, status: 'created' })).items).toHaveLength(2);
    expect((await shipments.list({ customerId: 'C-1002', salesOrderId: order.id })).items).toEqual([]);
  });
});
