/**
 * The integration KPIs from known traffic through the real pipeline: orders that go through,
 * copies refused as duplicates, holds (one rejected, one overridden, one left open), the ERP failing
 * one order that recovers and one that is dead-lettered, a shipment invoiced and told to a
 * subscriber. Every figure of GET /process/v1/kpis is checked exactly against what was sent and
 * what the timelines, holds and deliveries show.
 */
import pg from 'pg';
import type { Test } from 'supertest';
import { startWebhookReceiver, type WebhookReceiver } from '@crossdock/shared-contracts/testing/webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, uniqueSuffix, type OrderInput, type PipelineApi } from '../../support/order-pipeline';
import { shipOrderThroughProcess } from '../../support/fulfilment';
import { byLabel, parsePrometheusText } from '../../support/prometheus-text';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';
import {
  deliveryDelays,
  median,
  nearestRank,
  resolutionSeconds,
  sinceReceived,
  type TimedOrder,
} from './observed-durations';

let crossdock: TestPlatform;
let api: PipelineApi;
let receiver: WebhookReceiver;
let db: pg.Client;
let erpDb: pg.Client;
let kpis: (query: Record<string, string>) => Test;
let manager: string;

// Retries far enough apart for the test to bring the ERP back between two attempts.
beforeAll(async () => {
  crossdock = await startTestPlatform({ pipeline: { maxAttempts: 4, baseDelayMs: 300, maxDelayMs: 600 } });
  api = pipelineApi(crossdock);
  receiver = await startWebhookReceiver();
  db = new pg.Client({ connectionString: crossdock.databases.process });
  await db.connect();
  erpDb = new pg.Client({ connectionString: crossdock.databases.system });
  await erpDb.connect();
  manager = `Bearer ${crossdock.token({ subject: 'ops-manager', scopes: ['ops:read'] })}`;
  kpis = (query) => crossdock.http.get('/process/v1/kpis').query(query).set('Authorization', manager);
});
afterAll(async () => {
  await db?.end();
  await erpDb?.end();
  await receiver?.close();
  await crossdock?.close();
});

const timed = async (orderId: string) => (await api.order(orderId)) as unknown as TimedOrder;

/**
 * Waits until the inventory relay has nothing more to write (an event for every stock movement in the
 * ERP, and the count of events the same from one look to the next) and the subscriber has been told of
 * every event it asked for (each has its delivery, and every delivery is made).
 */
async function everyEventDelivered(): Promise<void> {
  let before = -1;
  await waitUntil(
    async () => ({
      movements: Number((await erpDb.query('select count(*) as n from "InventoryMovement"')).rows[0].n),
      ...(
        await db.query<{ events: number; relayed: number; untold: number }>(
          `select (select count(*)::int from "OutboxEvent") as events,
                  (select count(*)::int from "OutboxEvent" where "type" = 'com.crossdock.inventory.changed') as relayed,
                  (select count(*)::int from "OutboxEvent" as e join "Subscription" as s on e."position" >= s."startPosition"
                    where (e."type" like 'com.crossdock.shipment.%' or e."type" like 'com.crossdock.inventory.%')
                      and not exists (select 1 from "EventDelivery" as d where d."eventId" = e."id" and d."state" = 'delivered'))
                  as untold`,
        )
      ).rows[0]!,
    }),
    (now) => {
      const settled = now.relayed === now.movements && now.untold === 0 && now.events === before;
      before = now.events;
      return settled;
    },
    { what: 'every event written and delivered', timeoutMs: 60_000, everyMs: 300 },
  );
}

const failedAttempts = (order: TimedOrder) => order.timeline.filter((entry) => entry.outcome === 'failed').length;

describe('GET /process/v1/kpis', () => {
  it('gives every KPI of known traffic exactly, beside an empty previous period', async () => {
    // The demo data's stock movements relayed first: the subscriber is told only of this test's.
    await everyEventDelivered();
    await api
      .post('/process/v1/subscriptions', {
        url: receiver.url,
        eventTypes: ['com.crossdock.shipment.*', 'com.crossdock.inventory.*'],
      })
      .expect(201);
    const from = new Date();
    const sku = await api.stockedItem({ 'WH-DAL': 1000 }, { price: '2.00' });

    // N = 5 orders that go through, and D = 2 of them sent again as they were.
    const sent: OrderInput[] = Array.from({ length: 5 }, () => anOrder('C-1001', [{ sku, quantity: 3 }]));
    const through = [];
    for (const order of sent) through.push(await api.placeAndSettle(order));
    expect(through.map((order) => order.status)).toEqual(Array(5).fill('SUBMITTED'));
    for (const order of sent.slice(0, 2)) {
      const again = await api.placeOrder(order).expect(200);
      expect(again.body.id).toBe(through[sent.indexOf(order)]!.id);
    }

    // H = 3 holds: one rejected, one overridden (the order then reaches the ERP), one left open.
    const unknownItems = [0, 1].map(() => anOrder('C-1001', [{ sku: `NOPE-${uniqueSuffix()}`, quantity: 1 }]));
    const [rejected, leftOpen] = [
      await api.placeAndSettle(unknownItems[0]!),
      await api.placeAndSettle(unknownItems[1]!),
    ];
    const mispriced = await api.placeAndSettle(
      anOrder('C-1001', [{ sku: 'HXB-004', quantity: 10, unitPrice: '0.20' }]),
    );
    expect([rejected.status, leftOpen.status, mispriced.status]).toEqual(['HELD', 'HELD', 'HELD']);
    await api.post(`/process/v1/holds/${rejected.holds[0]!.id}/reject`, { reason: 'no such item' }).expect(200);
    await api
      .post(`/process/v1/holds/${mispriced.holds[0]!.id}/override`, { reason: 'their contract price' })
      .set('Prefer', 'wait=10')
      .expect(200);
    expect((await api.settled(mispriced.id)).status).toBe('SUBMITTED');

    // F = 2 transient failures, S = 1 recovers: the ERP refusing one order's every submit while it
    // answers (a poison order), and the first submit of the next. (An ERP that is down altogether is
    // waited for, using no attempt: see tests/e2e/pipeline/retries.test.ts.)
    crossdock.faults.failing = ['salesOrders.create'];
    const deadLettered = (await api.placeOrder(anOrder('C-1001', [{ sku, quantity: 1 }])).expect(202)).body.id;
    // Each refused call takes 15 s (the system tier's Retry-After of 5 s, honoured on each of the
    // client kit's three retries), and the order has four attempts.
    expect((await api.settled(deadLettered, 90_000)).status).toBe('FAILED');
    const recovered = (await api.placeOrder(anOrder('C-1001', [{ sku, quantity: 1 }])).expect(202)).body.id;
    await waitUntil(
      () => timed(recovered),
      (order) => failedAttempts(order) >= 1,
      { what: 'a failed attempt', timeoutMs: 40_000 },
    );
    crossdock.faults.failing = [];
    expect((await api.settled(recovered, 40_000)).status).toBe('SUBMITTED');

    // One order shipped and invoiced; the subscriber is told of the shipment.
    await shipOrderThroughProcess(crossdock, through[0]!.id, { invoice: true });
    await everyEventDelivered();
    const to = new Date(Date.now() + 1000);
    const answer = await kpis({ from: from.toISOString(), to: to.toISOString() });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const report = answer.body;

    const orderIds = [
      ...through.map((order) => order.id),
      rejected.id,
      leftOpen.id,
      mispriced.id,
      deadLettered,
      recovered,
    ];
    const orders = await Promise.all(orderIds.map(timed));
    const latencies = orders.map((order) => sinceReceived(order, 'submit')).filter((ms) => ms !== undefined);
    expect(latencies).toHaveLength(7);
    const shipped = await timed(through[0]!.id);
    const openHold = orders.find((order) => order.id === leftOpen.id)!.holds[0]!;
    const deadLetter = (await api.get(`/process/v1/dead-letters?orderId=${deadLettered}`).expect(200)).body.items[0];
    const oldestOpen = Math.min(new Date(openHold.createdAt).getTime(), new Date(deadLetter.createdAt).getTime());
    const resolutions = resolutionSeconds(orders);
    expect(resolutions).toHaveLength(2);
    const inventory = await deliveryDelays(db, 'com.crossdock.inventory.changed', from, 'last');
    const notices = await deliveryDelays(db, 'com.crossdock.shipment.milestone', from, 'first', 'shipped');
    expect(inventory.length).toBeGreaterThan(0);
    expect(notices).toHaveLength(1);

    const totals = {
      documentsReceived: 12,
      ordersReceived: 10,
      ingestionLatencyMs: {
        p50: Math.round(nearestRank(latencies, 0.5)),
        p95: Math.round(nearestRank(latencies, 0.95)),
        p99: Math.round(nearestRank(latencies, 0.99)),
      },
      exceptions: 4,
      exceptionRate: 0.4,
      exceptionsByReason: { UNKNOWN_ITEM: 2, PRICE_MISMATCH: 1, DEAD_LETTER: 1 },
      duplicatesRefused: 2,
      duplicateRate: 2 / 12,
      inventorySyncDelayMs: {
        p50: Math.round(nearestRank(inventory, 0.5)),
        p95: Math.round(nearestRank(inventory, 0.95)),
      },
      shipmentNotificationDelayMs: { p95: Math.round(Math.max(0, notices[0]!)) },
      openDeadLetters: 1,
      openHolds: 1,
      oldestOpenExceptionAgeSeconds: Math.floor((to.getTime() - oldestOpen) / 1000),
      // Waiting now, not as of a window's end: on the totals only (and per channel and partner).
      ordersWaitingForErp: 0,
      transientFailures: 2,
      transientRecovered: 1,
      retrySuccessRate: 0.5,
      meanTimeToResolutionSeconds: resolutions.reduce((sum, each) => sum + each, 0) / 2,
      orderCycleTimeSeconds: {
        receivedToShipped: median([sinceReceived(shipped, 'shipped')!]) / 1000,
        receivedToInvoiced: median([sinceReceived(shipped, 'invoiced')!]) / 1000,
      },
      manualActions: 2,
      manualActionsPer100Orders: 20,
    };
    expect(report.totals).toEqual({
      ...totals,
      duplicateRate: expect.closeTo(totals.duplicateRate, 12),
      meanTimeToResolutionSeconds: expect.closeTo(totals.meanTimeToResolutionSeconds, 6),
      orderCycleTimeSeconds: {
        receivedToShipped: expect.closeTo(totals.orderCycleTimeSeconds.receivedToShipped, 6),
        receivedToInvoiced: expect.closeTo(totals.orderCycleTimeSeconds.receivedToInvoiced, 6),
      },
    });
    expect(report).toMatchObject({ from: from.toISOString(), to: to.toISOString(), bucket: 'hour', filters: {} });
    // Nothing came before: the previous period of the same length is empty, with the backlog of its end.
    expect(report.previousPeriod).toMatchObject({ ordersReceived: 0, documentsReceived: 0, exceptions: 0 });
    expect(report.previousPeriod.openHolds + report.previousPeriod.openDeadLetters).toBe(0);
    // Less than an hour: buckets follow the clock's hours, so one bucket (the whole window), or two when the
    // window crosses the top of an hour, splitting its orders; every order came through the API channel.
    const topOfHour = new Date(Math.ceil(from.getTime() / 3_600_000) * 3_600_000);
    if (topOfHour.getTime() <= from.getTime() || topOfHour.getTime() >= to.getTime())
      expect(report.buckets).toEqual([
        {
          start: from.toISOString(),
          end: to.toISOString(),
          figures: { ...report.totals, ordersWaitingForErp: undefined },
        },
      ]);
    else {
      expect(report.buckets.map(({ start, end }: { start: string; end: string }) => [start, end])).toEqual([
        [from.toISOString(), topOfHour.toISOString()],
        [topOfHour.toISOString(), to.toISOString()],
      ]);
      const inBuckets = (figure: string) =>
        report.buckets.reduce(
          (sum: number, bucket: { figures: Record<string, number> }) => sum + bucket.figures[figure]!,
          0,
        );
      expect(['ordersReceived', 'documentsReceived', 'exceptions', 'manualActions'].map(inBuckets)).toEqual([
        10, 12, 4, 2,
      ]);
      expect(report.buckets[1].figures).toMatchObject({ openHolds: 1, openDeadLetters: 1 });
    }
    expect(report.byChannel).toEqual([{ channel: 'api', figures: { ...report.totals, inventorySyncDelayMs: null } }]);
    expect(report.byPartner).toEqual([]);
    // The same backlog in Prometheus' /metrics as in the API: one number, wherever it is read.
    const scraped = parsePrometheusText(
      (await crossdock.http.get('/metrics/process').set('Authorization', manager).expect(200)).text,
    );
    const total = (name: string) => Object.values(byLabel(scraped, name, 'reason')).reduce((sum, n) => sum + n, 0);
    expect({ openHolds: total('crossdock_open_holds'), openDeadLetters: total('crossdock_open_dead_letters') }).toEqual(
      {
        openHolds: report.totals.openHolds,
        openDeadLetters: report.totals.openDeadLetters,
      },
    );

    // The same window from the service the alerts use, and narrowed to a channel with no orders.
    const portalOnly = (await kpis({ from: from.toISOString(), to: to.toISOString(), channel: 'portal' })).body;
    expect(portalOnly.totals).toMatchObject({ ordersReceived: 0, openHolds: 0, inventorySyncDelayMs: null });
  }, 180_000);

  it('is for operations managers: ops:read, nothing else', async () => {
    const support = crossdock.token({ subject: 'support', scopes: ['process:read', 'process:write'] });
    const refused = await crossdock.http.get('/process/v1/kpis').set('Authorization', `Bearer ${support}`);
    expect(refused.status).toBe(403);
    expect(refused.type).toBe('application/problem+json');
    expect((await kpis({})).status).toBe(200);
  });

  it('refuses a window that ends before it starts, or too many buckets, with a problem', async () => {
    const backwards = await kpis({ from: '2026-12-07T10:00:00Z', to: '2026-12-07T09:00:00Z' });
    expect(backwards.status).toBe(400);
    expect(backwards.type).toBe('application/problem+json');
    expect(backwards.body.detail).toContain('"from" must be before "to"');
    const tooMany = await kpis({ from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z', bucket: 'hour' });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.detail).toContain('too many');
    expect((await kpis({ bucket: 'fortnight' })).status).toBe(400);
  });
});
