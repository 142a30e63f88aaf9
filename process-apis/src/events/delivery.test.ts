/**
 * Webhook deliveries against a real PostgreSQL and a real HTTP subscriber: in order per subject,
 * retried on the exponential schedule (moved by a test clock, never by sleeping), dead-lettered,
 * replayed, signed, and never held back by another, slower subscriber.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import {
  verifyDelivery,
  WebhookVerificationError,
} from '@crossdock/shared-contracts/contracts/events/webhook-signature';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { inSqlTransaction } from '@crossdock/shared-contracts/platform/database/sql';
import { startWebhookReceiver, type WebhookReceiver } from '@crossdock/shared-contracts/testing/webhook-receiver';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import type { ErpFulfilment } from '../fulfilment/erp-fulfilment';
import type { PartnerDocuments } from '../fulfilment/partner-documents';
import { invoiceShipment } from '../invoices/invoice-shipment';
import { deliverDue, type DeliveryDependencies, type DeliverySettings } from './delivery-worker';
import { FAN_OUT, FAN_OUT_CURSOR, fanOutEvents, fanOutParameters } from './fan-out';
import { httpWebhookSender } from './send-webhook';
import { cancelSubscription, createSubscription, listDeliveries, replayEvents } from './subscriptions';

const START = new Date('2026-11-28T09:00:00.000Z');
const SETTINGS: DeliverySettings = {
  concurrency: 8,
  pollIntervalMs: 50,
  timeoutMs: 2000,
  maxAttempts: 5,
  baseDelayMs: 10_000,
  maxDelayMs: 3_600_000,
};
const OPS = { subject: 'ops', scopes: ['all'] };

let db: ProcessDatabase;
let receiver: WebhookReceiver;
let now: Date;
let deps: DeliveryDependencies;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('deliveries'));
});
afterAll(async () => {
  await db?.$disconnect();
});
beforeEach(async () => {
  await db.subscription.deleteMany();
  receiver = await startWebhookReceiver();
  now = START;
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const logger = createLogger({ service: 'test', level: 'error', stream: quiet });
  deps = {
    db,
    clock: { now: () => now },
    logger,
    settings: SETTINGS,
    sender: httpWebhookSender({ timeoutMs: SETTINGS.timeoutMs, logger }),
  };
});
afterEach(async () => {
  deps.sender.close();
  await receiver.close();
});

/** Writes an event as the services do (to the outbox); answers its id. */
async function writeEvent(subject: string, change: string, time = now): Promise<string> {
  const id = randomUUID();
  await db.outboxEvent.create({
    data: {
      id,
      type: `com.crossdock.order.${change}`,
      source: '/process/v1/orders',
      subject,
      time,
      correlationId: `corr-${subject}`,
      data: { orderId: subject, change },
    },
  });
  return id;
}

/**
 * Fans out every event written so far. Fan-out waits for transactions still open anywhere on the
 * test PostgreSQL (another test file's: transaction ids are cluster-wide), so it may take a few tries.
 */
async function fanOutAll(): Promise<void> {
  for (;;) {
    await fanOutEvents(db, now);
    const { rows } = await db.sql.query<{ behind: boolean }>(
      `select exists (select 1 from "OutboxEvent" as e where (e."txid", e."position") > ${FAN_OUT_CURSOR}) as "behind"`,
    );
    const behind = rows[0]?.behind;
    if (!behind) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Runs delivery rounds (each waiting for its sends) until nothing more is due at the current time. */
async function deliverAll(): Promise<void> {
  await fanOutAll();
  for (;;) {
    const sends = await deliverDue(deps);
    if (sends.length === 0) return;
    await Promise.all(sends);
  }
}

const receivedFor = (subject: string) =>
  receiver.received
    .filter((each) => each.event.subject === subject)
    .map((each) => (each.event.data as { change: string }).change);

describe('delivering events to a subscriber', () => {
  it('delivers each event once, as a signed CloudEvent the documented verification accepts', async () => {
    const subscription = await createSubscription(db, OPS, {
      url: receiver.url,
      eventTypes: ['com.crossdock.order.*'],
    });
    const id = await writeEvent('order-1', 'received');

    await deliverAll();

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery!.event).toMatchObject({
      specversion: '1.0',
      id,
      type: 'com.crossdock.order.received',
      subject: 'order-1',
      correlationid: 'corr-order-1',
      datacontenttype: 'application/json',
    });
    expect(
      verifyDelivery(delivery!.body, delivery!.signature, [subscription.secret], {
        nowInSeconds: START.getTime() / 1000,
      }),
    ).toBe(START.getTime() / 1000);
    expect(await listDeliveries(db, OPS, subscription.id)).toMatchObject([
      { eventId: id, state: 'delivered', attempts: 1 },
    ]);
  });

  it('a bad signature is detected: another secret, a changed body, an old timestamp, no header', async () => {
    const subscription = await createSubscription(db, OPS, {
      url: receiver.url,
      eventTypes: ['com.crossdock.order.received'],
    });
    await writeEvent('order-1', 'received');
    await deliverAll();
    const { body, signature } = receiver.received[0]!;
    const at = { nowInSeconds: START.getTime() / 1000 };
    const reasonOf = (attempt: () => unknown) => {
      try {
        attempt();
      } catch (error) {
        return error instanceof WebhookVerificationError ? error.reason : 'other';
      }
      return 'accepted';
    };

    expect(reasonOf(() => verifyDelivery(body, signature, ['whsec_not-the-secret'], at))).toBe('no-matching-signature');
    expect(
      reasonOf(() => verifyDelivery(body.replace('order-1', 'order-2'), signature, [subscription.secret], at)),
    ).toBe('no-matching-signature');
    expect(
      reasonOf(() => verifyDelivery(body, signature, [subscription.secret], { nowInSeconds: at.nowInSeconds + 3600 })),
    ).toBe('timestamp-out-of-tolerance');
    expect(reasonOf(() => verifyDelivery(body, undefined, [subscription.secret], at))).toBe('missing-header');
    expect(reasonOf(() => verifyDelivery(body, 'v1=abc', [subscription.secret], at))).toBe('malformed-header');
    // Two secrets while one is rotated: the old one still verifies.
    expect(reasonOf(() => verifyDelivery(body, signature, ['whsec_new', subscription.secret], at))).toBe('accepted');
  });

  it('a subscriber down for hours receives everything in order per subject once it is back, on the exponential schedule', async () => {
    const subscription = await createSubscription(db, OPS, {
      url: receiver.url,
      eventTypes: ['com.crossdock.order.*'],
    });
    receiver.mode = 'down';
    for (const change of ['received', 'submitted', 'shipped']) await writeEvent('order-a', change);
    await writeEvent('order-b', 'received');

    await deliverAll();
    // Only the first event of each subject was tried: the later ones wait behind it.
    expect(receiver.refused).toBe(2);
    for (let attempt = 2; attempt <= 4; attempt++) {
      const tried = (await listDeliveries(db, OPS, subscription.id, 'pending')).filter((each) => each.attempts > 0);
      const due = tried.map((each) => new Date(each.nextAttemptAt!).getTime());
      // 10 s, 20 s, 40 s after the failed attempt (jittered down by at most a half: equal jitter).
      for (const at of due) expect(at - now.getTime()).toBeGreaterThanOrEqual(0.5 * 10_000 * 2 ** (attempt - 2));
      for (const at of due) expect(at - now.getTime()).toBeLessThanOrEqual(10_000 * 2 ** (attempt - 2));
      now = new Date(Math.max(...due));
      await deliverAll();
    }
    expect(receiver.refused).toBe(8);
    expect(receiver.received).toHaveLength(0);

    receiver.mode = 'up';
    now = new Date(now.getTime() + 3_600_000);
    await deliverAll();

    expect(receivedFor('order-a')).toEqual(['received', 'submitted', 'shipped']);
    expect(receivedFor('order-b')).toEqual(['received']);
    expect((await listDeliveries(db, OPS, subscription.id)).every((each) => each.state === 'delivered')).toBe(true);
  });

  it('dead-letters a delivery whose retries ran out, and lets the subject go on', async () => {
    const subscription = await createSubscription(db, OPS, {
      url: receiver.url,
      eventTypes: ['com.crossdock.order.*'],
    });
    receiver.mode = 'down';
    const first = await writeEvent('order-a', 'received');
    await writeEvent('order-a', 'submitted');
    for (let attempt = 1; attempt <= SETTINGS.maxAttempts; attempt++) {
      await deliverAll();
      now = new Date(now.getTime() + SETTINGS.maxDelayMs);
    }
    expect(await listDeliveries(db, OPS, subscription.id, 'dead')).toMatchObject([
      { eventId: first, attempts: SETTINGS.maxAttempts, lastError: expect.any(String) },
    ]);

    receiver.mode = 'up';
    await deliverAll();
    expect(receivedFor('order-a')).toEqual(['submitted']);

    // The dead letter is replayable by its id.
    expect(await replayEvents(db, OPS, subscription.id, { eventIds: [first] }, now)).toEqual({ scheduled: 1 });
    await deliverAll();
    expect(receivedFor('order-a')).toEqual(['submitted', 'received']);
  });

  it('replays a time range to one subscriber, only the events its subscription takes', async () => {
    const subscription = await createSubscription(db, OPS, {
      url: receiver.url,
      eventTypes: ['com.crossdock.order.received', 'com.crossdock.order.submitted'],
    });
    const minute = (n: number) => new Date(START.getTime() + n * 60_000);
    await writeEvent('order-1', 'received', minute(1));
    await writeEvent('order-1', 'submitted', minute(2));
    await writeEvent('order-1', 'cancelled', minute(3));
    await writeEvent('order-2', 'received', minute(4));
    await deliverAll();
    expect(receiver.received).toHaveLength(3);
    receiver.received.length = 0;

    const result = await replayEvents(
      db,
      OPS,
      subscription.id,
      { from: minute(2).toISOString(), to: minute(4).toISOString() },
      now,
    );
    await deliverAll();

    expect(result).toEqual({ scheduled: 1 });
    expect(receiver.received.map((each) => [each.event.subject, each.event.type])).toEqual([
      ['order-1', 'com.crossdock.order.submitted'],
    ]);
  });

  it('a slow subscriber holds back neither the others nor the round', async () => {
    const slow = await startWebhookReceiver();
    try {
      slow.mode = 'slow';
      await createSubscription(db, OPS, { url: slow.url, eventTypes: ['com.crossdock.order.*'] });
      await createSubscription(db, OPS, { url: receiver.url, eventTypes: ['com.crossdock.order.*'] });
      await writeEvent('order-1', 'received');
      await fanOutAll();

      const sends = await deliverDue(deps);
      expect(sends).toHaveLength(2);
      await Promise.race([Promise.all(sends), new Promise((resolve) => setTimeout(resolve, 500))]);
      // The fast subscriber has its event while the slow one still has not answered.
      expect(receiver.received).toHaveLength(1);
      expect(slow.received).toHaveLength(0);
      slow.release();
      await Promise.all(sends);
      expect(slow.received).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });

  it('a cancelled subscriber is sent nothing more: neither what it was owed, nor retries, nor a replay', async () => {
    const subscription = await createSubscription(db, OPS, {
      url: receiver.url,
      eventTypes: ['com.crossdock.order.*'],
    });
    receiver.mode = 'down';
    const first = await writeEvent('order-a', 'received');
    await writeEvent('order-b', 'received');
    await deliverAll();
    expect(receiver.refused).toBe(2);

    await cancelSubscription(db, OPS, subscription.id);
    receiver.mode = 'up';
    await writeEvent('order-c', 'received');
    now = new Date(now.getTime() + SETTINGS.maxDelayMs);
    await deliverAll();

    expect(receiver.received).toHaveLength(0);
    expect(receiver.refused).toBe(2);
    await expect(replayEvents(db, OPS, subscription.id, { eventIds: [first] }, now)).rejects.toMatchObject({
      status: 409,
    });
  });

  it('refuses a replay range that is not a date, naming the field', async () => {
    const subscription = await createSubscription(db, OPS, {
      url: receiver.url,
      eventTypes: ['com.crossdock.order.*'],
    });
    await expect(replayEvents(db, OPS, subscription.id, { from: 'yesterday' }, now)).rejects.toMatchObject({
      status: 400,
      fieldErrors: [{ field: 'from' }],
    });
    await expect(
      replayEvents(db, OPS, subscription.id, { from: START.toISOString(), to: '2026-13-45' }, now),
    ).rejects.toMatchObject({ status: 400, fieldErrors: [{ field: 'to' }] });
  });

  it('keeps a subject in order when its earlier event is fanned out after its later one', async () => {
    await createSubscription(db, OPS, { url: receiver.url, eventTypes: ['com.crossdock.order.*'] });
    const [early, older, later] = [await db.sql.connect(), await db.sql.connect(), await db.sql.connect()];
    const write = (client: typeof early, change: string) =>
      client.query(
        `insert into "OutboxEvent" ("id", "type", "source", "subject", "correlationId", "data") values (gen_random_uuid()::text, $1, '/process/v1/orders', 'order-x', 'corr', jsonb_build_object('change', $2::text))`,
        [`com.crossdock.order.${change}`, change],
      );
    try {
      for (const client of [early, older, later]) await client.query('begin');
      // `early` takes its transaction id first (say it locked something else), `older` next and
      // stays open; `later` writes the order's first event and commits; `early` then writes the
      // second. While `older` is open, only the second can be fanned out.
      await early.query('select pg_current_xact_id()');
      await older.query('select pg_current_xact_id()');
      await write(later, 'received');
      await later.query('commit');
      await write(early, 'submitted');
      await early.query('commit');
      for (
        let tries = 0;
        tries < 300 && (await db.eventDelivery.count({ where: { subject: 'order-x' } })) === 0;
        tries++
      ) {
        await fanOutEvents(db, now);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(await db.eventDelivery.count({ where: { subject: 'order-x' } })).toBe(1);

      await Promise.all(await deliverDue(deps));
      expect(receivedFor('order-x')).toEqual([]);
      await older.query('commit');
    } finally {
      for (const client of [early, older, later]) {
        await client.query('rollback').catch(() => undefined);
        client.release();
      }
    }
    await deliverAll();

    expect(receivedFor('order-x')).toEqual(['received', 'submitted']);
  });

  it('a new subscriber gets what happens from now on, not what happened before', async () => {
    await writeEvent('order-old', 'received');
    await createSubscription(db, OPS, { url: receiver.url, eventTypes: ['com.crossdock.*'] });
    await writeEvent('order-new', 'received');
    await deliverAll();
    expect(receiver.received.map((each) => each.event.subject)).toEqual(['order-new']);
  });
});

describe('the outbox is written with the change', () => {
  it('invoicing that fails after its event was written leaves neither the invoice nor the event, and nothing is delivered', async () => {
    await createSubscription(db, OPS, { url: receiver.url, eventTypes: ['com.crossdock.*'] });
    const orderId = randomUUID();
    const shipmentId = `SHP-${orderId}`;
    const invoiceId = `INV-${orderId}`;
    await db.order.create({
      data: {
        id: orderId,
        channel: 'x12',
        sourceOrderId: orderId,
        customerId: 'C-1001',
        status: 'SHIPPED',
        received: {},
        erpOrderId: `SO-${orderId}`,
        correlationId: 'c',
        createdBy: 't',
        plan: {
          lines: [
            {
              lineNumber: 1,
              sku: 'HX-2201',
              baseQuantity: 2,
              allocations: [{ warehouseId: 'WH-DAL', quantity: 2 }],
              backordered: 0,
            },
          ],
          hasBackorders: false,
        },
      },
    });
    await db.orderShipment.create({
      data: {
        id: shipmentId,
        orderId,
        warehouseId: 'WH-DAL',
        carrier: 'UPSN',
        lines: [{ lineNumber: 1, sku: 'HX-2201', quantity: 2 }],
        milestone: 'shipped',
        shippedAt: now,
        correlationId: 'c',
      },
    });
    const invoice = {
      id: invoiceId,
      orderId: `SO-${orderId}`,
      customerId: 'C-1001',
      currency: 'USD',
      invoiceDate: '2026-11-28',
      dueDate: '2026-12-28',
      lines: [],
      subtotal: '19.00',
      tax: '0.00',
      freight: '0.00',
      total: '19.00',
      balanceDue: '19.00',
    } as Invoice;
    const unexpected = async () => Promise.reject(new Error('unexpected ERP call'));
    const fulfilment: ErpFulfilment = {
      createShipment: unexpected,
      recordMilestone: unexpected,
      createInvoice: async () => invoice,
      requestReturn: unexpected,
      authoriseReturn: unexpected,
      receiveReturn: unexpected,
      creditReturn: unexpected,
    };
    // The trading partner's 810 is written after the invoice and its event: it fails.
    const partnerDocuments: PartnerDocuments = {
      shipNotice: async () => undefined,
      invoice: async () => Promise.reject(new Error('the 810 could not be written')),
    };

    await expect(invoiceShipment({ db, fulfilment, partnerDocuments }, OPS, shipmentId)).rejects.toThrow(
      'the 810 could not be written',
    );
    await deliverAll();

    expect((await db.orderShipment.findUniqueOrThrow({ where: { id: shipmentId } })).invoiceId).toBeNull();
    expect(await db.outboxEvent.count({ where: { subject: invoiceId } })).toBe(0);
    expect(receiver.received).toHaveLength(0);
  });
});

describe('fanning out', () => {
  /** How many outbox rows one fan-out reads, from its plan as run (in a transaction rolled back). */
  async function outboxRowsReadByFanOut(): Promise<number> {
    let read = 0;
    await inSqlTransaction(db.sql, async (client) => {
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `explain (analyze, format json) ${FAN_OUT}`,
        fanOutParameters(now),
      );
      const visit = (node: PlanNode) => {
        if (node['Relation Name'] === 'OutboxEvent')
          read += (node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0);
        for (const child of node.Plans ?? []) visit(child);
      };
      visit(rows[0]!['QUERY PLAN'][0].Plan);
      throw new RolledBack();
    }).catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
    return read;
  }

  it('reads from its cursor on, not the whole outbox from its first event', async () => {
    await db.$executeRaw`
      insert into "OutboxEvent" ("id", "type", "source", "subject", "time", "correlationId", "data")
      select gen_random_uuid()::text, 'com.crossdock.order.submitted', '/process/v1/orders', 'earlier-' || n, now(), 'corr', '{}'::jsonb
        from generate_series(1, 30000) as n`;
    await fanOutAll();
    await writeEvent('one-more', 'submitted');
    // As autovacuum does once a table has grown: the planner then knows the outbox is large.
    await db.$executeRaw`analyze "OutboxEvent"`;

    expect(await db.outboxEvent.count()).toBeGreaterThan(30_000);
    expect(await outboxRowsReadByFanOut()).toBeLessThanOrEqual(1);
  });
});

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

class RolledBack extends Error {}
