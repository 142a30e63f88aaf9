import { randomUUID } from 'node:crypto';
import { IdempotencyKeyReusedError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { runWithContext } from '@crossdock/shared-contracts/platform/context/request-context';
import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { DUPLICATE_WINDOW_DAYS } from './possible-duplicate';
import { receiveOrder, type ReceivedOrder, type ReceiveOrderCommand } from './receive-order';

const PORTAL = 'portal-experience';
const MARKETPLACE = 'marketplace-partner-17';

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('receive_order'));
});
afterAll(async () => {
  await db?.$disconnect();
});

/** A valid order with its own source order id, so tests never see each other's orders. */
function anOrder(overrides: Partial<SalesOrderInput> = {}): SalesOrderInput {
  return {
    channel: 'portal',
    sourceOrderId: `PORTAL-${randomUUID()}`,
    customerId: 'C-1001',
    // Its own PO number too: the same number on two orders is a business duplicate (see below).
    purchaseOrderNumber: `PO-${randomUUID().slice(0, 8)}`,
    currency: 'USD',
    shipTo: {
      name: 'Acme Hardware — Store 112',
      line1: '2400 Elm St',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75226',
      country: 'US',
    },
    lines: [
      { lineNumber: 1, sku: 'HXB-004', quantity: 600 },
      { lineNumber: 2, sku: 'GLV-002', quantity: 2, uom: 'CS' },
    ],
    ...overrides,
  };
}

function command(order: SalesOrderInput, extra: Partial<ReceiveOrderCommand> = {}): ReceiveOrderCommand {
  return { order, consumer: PORTAL, actor: 'buyer@acme.example', now: new Date(), ...extra };
}

/** Starts `count` copies at once and waits for every answer; any failure fails the test. */
function simultaneously(count: number, receive: () => Promise<ReceivedOrder>): Promise<ReceivedOrder[]> {
  return Promise.all(Array.from({ length: count }, receive));
}

async function ordersWithSourceId(sourceOrderId: string): Promise<number> {
  return db.order.count({ where: { sourceOrderId } });
}

describe('receiving an order exactly once', () => {
  it('stores one order for 100 simultaneous requests with the same Idempotency-Key and body, and names it in every answer', async () => {
    const order = anOrder();
    const key = randomUUID();
    const answers = await simultaneously(100, () =>
      receiveOrder(db, command(structuredClone(order), { idempotencyKey: key })),
    );

    expect(await ordersWithSourceId(order.sourceOrderId)).toBe(1);
    const stored = await db.order.findUniqueOrThrow({
      where: {
        channel_customerId_sourceOrderId: {
          channel: 'portal',
          customerId: order.customerId,
          sourceOrderId: order.sourceOrderId,
        },
      },
    });
    expect(answers.every((answer) => answer.orderId === stored.id)).toBe(true);
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
    expect(await db.idempotencyRecord.count({ where: { consumer: PORTAL, key } })).toBe(1);
  });

  it('stores one order for 100 simultaneous copies without a key but with the same channel and source order id', async () => {
    const order = anOrder({ channel: 'x12', sourceOrderId: `850-${randomUUID()}` });
    const answers = await simultaneously(100, () =>
      receiveOrder(db, command(structuredClone(order), { consumer: MARKETPLACE })),
    );

    expect(await ordersWithSourceId(order.sourceOrderId)).toBe(1);
    expect(new Set(answers.map((answer) => answer.orderId)).size).toBe(1);
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
  });

  it('answers a replayed Idempotency-Key with the same body as a replay of the same order', async () => {
    const order = anOrder();
    const key = randomUUID();
    const first = await receiveOrder(db, command(order, { idempotencyKey: key }));
    // Re-serialised by the client: same content, other key order.
    const reordered = Object.fromEntries(
      Object.entries(structuredClone(order)).reverse(),
    ) as unknown as SalesOrderInput;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(order));
    const again = await receiveOrder(db, command(reordered, { idempotencyKey: key }));

    expect(first.replayed).toBe(false);
    expect(again).toEqual({ orderId: first.orderId, replayed: true });
  });

  it('refuses a replayed Idempotency-Key with a different body', async () => {
    const key = randomUUID();
    const first = await receiveOrder(db, command(anOrder(), { idempotencyKey: key }));
    const changed = anOrder({ lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 6000 }] });

    const refused = receiveOrder(db, command(changed, { idempotencyKey: key }));
    await expect(refused).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    await expect(refused).rejects.toMatchObject({ status: 422, message: expect.stringContaining(key) });
    expect(await ordersWithSourceId(changed.sourceOrderId)).toBe(0);
    expect(await db.idempotencyRecord.findMany({ where: { key } })).toEqual([
      expect.objectContaining({ orderId: first.orderId }),
    ]);
  });

  it('refuses the same key with a changed quantity on the same source order', async () => {
    const key = randomUUID();
    const order = anOrder();
    await receiveOrder(db, command(order, { idempotencyKey: key }));
    const changed = { ...order, lines: [{ ...order.lines[0]!, quantity: 601 }, order.lines[1]!] };
    await expect(receiveOrder(db, command(changed, { idempotencyKey: key }))).rejects.toBeInstanceOf(
      IdempotencyKeyReusedError,
    );
  });

  it('keeps Idempotency-Keys per consumer: the same key from two consumers gives two orders', async () => {
    const key = `order-${randomUUID()}`;
    const fromPortal = await receiveOrder(db, command(anOrder(), { idempotencyKey: key, consumer: PORTAL }));
    const fromMarketplace = await receiveOrder(
      db,
      command(anOrder({ channel: 'marketplace' }), { idempotencyKey: key, consumer: MARKETPLACE }),
    );

    expect(fromPortal.replayed).toBe(false);
    expect(fromMarketplace.replayed).toBe(false);
    expect(fromMarketplace.orderId).not.toBe(fromPortal.orderId);
    expect(await db.idempotencyRecord.count({ where: { key } })).toBe(2);
  });

  it('recognises a resubmission with a new key but the same channel and source order id as the same order', async () => {
    const order = anOrder();
    const first = await receiveOrder(db, command(order, { idempotencyKey: randomUUID() }));
    const again = await receiveOrder(db, command(order, { idempotencyKey: randomUUID() }));
    expect(again).toEqual({ orderId: first.orderId, replayed: true });
    expect(await ordersWithSourceId(order.sourceOrderId)).toBe(1);
  });
});

describe('a new key on an order that already arrived', () => {
  it('binds the key to that order: the same body replays it, another body is refused', async () => {
    const order = anOrder();
    const first = await receiveOrder(db, command(order));
    const key = randomUUID();
    expect(await receiveOrder(db, command(order, { idempotencyKey: key }))).toEqual({
      orderId: first.orderId,
      replayed: true,
    });

    const other = anOrder({ lines: [{ lineNumber: 1, sku: 'HXB-001', quantity: 1 }] });
    await expect(receiveOrder(db, command(other, { idempotencyKey: key }))).rejects.toBeInstanceOf(
      IdempotencyKeyReusedError,
    );
    expect(await receiveOrder(db, command(order, { idempotencyKey: key }))).toEqual({
      orderId: first.orderId,
      replayed: true,
    });
    expect(await ordersWithSourceId(other.sourceOrderId)).toBe(0);
  });
});

describe('what a received order looks like', () => {
  it('is stored as RECEIVED, as sent, with a received entry on its timeline under the correlation id', async () => {
    const order = anOrder();
    const correlationId = `corr-${randomUUID()}`;
    const { orderId } = await runWithContext({ correlationId }, () => receiveOrder(db, command(order)));

    const stored = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { timeline: true } });
    expect(stored).toMatchObject({
      channel: 'portal',
      sourceOrderId: order.sourceOrderId,
      customerId: 'C-1001',
      purchaseOrderNumber: order.purchaseOrderNumber,
      status: 'RECEIVED',
      correlationId,
      createdBy: 'buyer@acme.example',
    });
    expect(stored.received).toEqual(order);
    expect(stored.timeline).toEqual([
      expect.objectContaining({
        step: 'received',
        outcome: 'succeeded',
        detail: '2 line(s) from portal',
        actor: 'buyer@acme.example',
        correlationId,
      }),
    ]);
  });

  it('leaves a duplicate entry on the timeline when the same order arrives again', async () => {
    const order = anOrder();
    const { orderId } = await receiveOrder(db, command(order));
    await receiveOrder(db, command(order, { actor: 'retrying-client' }));

    const timeline = await db.orderTimelineEntry.findMany({ where: { orderId }, orderBy: { id: 'asc' } });
    expect(timeline.map((entry) => [entry.step, entry.outcome, entry.actor])).toEqual([
      ['received', 'succeeded', 'buyer@acme.example'],
      ['received', 'duplicate', 'retrying-client'],
    ]);
  });
});

describe('the natural key belongs to one customer', () => {
  it('keeps two customers’ orders with the same channel order id apart', async () => {
    const sourceOrderId = `PO-${randomUUID()}`;
    const acme = await receiveOrder(db, command(anOrder({ sourceOrderId, customerId: 'C-1001' })));
    const brightline = await receiveOrder(db, command(anOrder({ sourceOrderId, customerId: 'C-1002' })));
    expect(brightline.orderId).not.toBe(acme.orderId);
    expect(brightline.replayed).toBe(false);
  });

  it('refuses the same order id for the same customer with different content, and says so on the order', async () => {
    const order = anOrder();
    const first = await receiveOrder(db, command(order));
    const changed = { ...order, lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 700 }] };
    await expect(receiveOrder(db, command(changed))).rejects.toMatchObject({
      status: 409,
      type: 'urn:crossdock:problem:source-order-conflict',
    });
    const timeline = await db.orderTimelineEntry.findMany({ where: { orderId: first.orderId } });
    expect(timeline.map((entry) => entry.outcome)).toEqual(['succeeded', 'failed']);
  });
});

describe('the same PO number under another key or source order id (a business duplicate)', () => {
  /** The same order as `order`, sent as a new one: another source order id (a new key, a new interchange). */
  const resent = (order: SalesOrderInput): SalesOrderInput => ({
    ...structuredClone(order),
    sourceOrderId: `PORTAL-${randomUUID()}`,
  });

  it('answers 20 simultaneous copies with 20 keys and the same content with one order, each key bound to it', async () => {
    const order = anOrder();
    const keys = Array.from({ length: 20 }, () => randomUUID());
    const answers = await Promise.all(
      keys.map((key) => receiveOrder(db, command(resent(order), { idempotencyKey: key }))),
    );

    const stored = await db.order.findMany({
      where: { customerId: order.customerId, purchaseOrderNumber: order.purchaseOrderNumber },
    });
    expect(stored).toHaveLength(1);
    expect(answers.every((answer) => answer.orderId === stored[0]!.id)).toBe(true);
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
    expect(await db.idempotencyRecord.count({ where: { key: { in: keys }, orderId: stored[0]!.id } })).toBe(20);
    const timeline = await db.orderTimelineEntry.findMany({ where: { orderId: stored[0]!.id, step: 'received' } });
    expect(timeline.filter((entry) => entry.outcome === 'duplicate')).toHaveLength(19);
  });

  it('holds the same PO number with other content POSSIBLE_DUPLICATE, naming the first order', async () => {
    const order = anOrder();
    const first = await receiveOrder(db, command(order, { idempotencyKey: randomUUID() }));
    const other = { ...resent(order), lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 601 }] };
    const second = await receiveOrder(db, command(other, { idempotencyKey: randomUUID() }));

    expect(second).toMatchObject({ replayed: false, possibleDuplicateOf: first.orderId });
    const held = await db.order.findUniqueOrThrow({
      where: { id: second.orderId },
      include: { holds: true, job: true, timeline: { orderBy: { id: 'asc' } } },
    });
    expect(held.status).toBe('HELD');
    expect(held.job).toMatchObject({ state: 'held', step: 'validate' });
    expect(held.holds).toEqual([
      expect.objectContaining({
        reasonCode: 'POSSIBLE_DUPLICATE',
        status: 'open',
        step: 'validate',
        duplicateOfOrderId: first.orderId,
        detail: expect.stringContaining(first.orderId),
      }),
    ]);
    expect(held.timeline.map((entry) => [entry.step, entry.outcome])).toEqual([
      ['received', 'succeeded'],
      ['validate', 'held'],
    ]);
    const event = await db.outboxEvent.findFirstOrThrow({
      where: { subject: second.orderId, type: 'com.crossdock.order.held' },
    });
    expect(event.data).toMatchObject({ reasons: ['POSSIBLE_DUPLICATE'], duplicateOfOrderId: first.orderId });
  });

  it('keeps one order per content when 20 copies of two contents arrive at once: the second content held once', async () => {
    const order = anOrder();
    const other = { ...order, shipTo: { ...order.shipTo, line1: '100 Main St' } };
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        receiveOrder(db, command(resent(index % 2 ? other : order), { idempotencyKey: randomUUID() })),
      ),
    );

    const stored = await db.order.findMany({
      where: { customerId: order.customerId, purchaseOrderNumber: order.purchaseOrderNumber },
      include: { holds: true },
    });
    expect(stored).toHaveLength(2);
    const [placed, held] = stored.sort((a, b) => a.holds.length - b.holds.length);
    expect(held!.holds).toEqual([
      expect.objectContaining({ reasonCode: 'POSSIBLE_DUPLICATE', duplicateOfOrderId: placed!.id }),
    ]);
    expect(new Set(answers.map((answer) => answer.orderId))).toEqual(new Set([placed!.id, held!.id]));
  });

  it('places both when the sender reuses PO numbers', async () => {
    const order = anOrder();
    const first = await receiveOrder(db, command(order, { reusesPurchaseOrderNumbers: true }));
    const second = await receiveOrder(
      db,
      command(
        { ...resent(order), lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 5 }] },
        { reusesPurchaseOrderNumbers: true },
      ),
    );

    expect(second.orderId).not.toBe(first.orderId);
    expect(await db.hold.count({ where: { orderId: second.orderId } })).toBe(0);
  });

  it('does not check a web shop’s order number, which is the shop’s order id, not a buyer’s PO', async () => {
    const order = anOrder({ channel: 'shopify', sourceOrderId: randomUUID() });
    const first = await receiveOrder(db, command(order, { consumer: MARKETPLACE }));
    const next = await receiveOrder(db, command({ ...order, sourceOrderId: randomUUID() }, { consumer: MARKETPLACE }));

    expect(next.replayed).toBe(false);
    expect(next.orderId).not.toBe(first.orderId);
    expect(await db.hold.count({ where: { orderId: next.orderId } })).toBe(0);
  });

  it('takes the PO number of a rejected or cancelled order as a new order', async () => {
    const order = anOrder();
    const first = await receiveOrder(db, command(order));
    await db.order.update({ where: { id: first.orderId }, data: { status: 'CANCELLED' } });
    const again = await receiveOrder(db, command(resent(order)));

    expect(again.replayed).toBe(false);
    expect(again.orderId).not.toBe(first.orderId);
    expect(await db.hold.count({ where: { orderId: again.orderId } })).toBe(0);
  });

  it('takes a PO number last used longer ago than the duplicate window as a new order, and one used within it as a resend', async () => {
    const order = anOrder();
    const dayInMs = 24 * 60 * 60 * 1000;
    const longAgo = await receiveOrder(
      db,
      command(order, { now: new Date(Date.now() - (DUPLICATE_WINDOW_DAYS + 1) * dayInMs) }),
    );
    const again = await receiveOrder(db, command(resent(order)));
    expect(again.replayed).toBe(false);
    expect(again.orderId).not.toBe(longAgo.orderId);
    expect(await db.hold.count({ where: { orderId: again.orderId } })).toBe(0);

    const withinTheWindow = await receiveOrder(db, command(resent(order)));
    expect(withinTheWindow).toMatchObject({ replayed: true, orderId: again.orderId });
  });
});
