/**
 * Prometheus metrics: the gateway's own /metrics and each tier's (through the gateway) are read with
 * a token carrying ops:read and refused without; after real traffic, the backlog gauges (queues,
 * open holds and dead letters by reason) are the numbers the database and the holds API hold.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, type PipelineApi } from '../../support/order-pipeline';
import { byLabel, parsePrometheusText, type Sample } from '../../support/prometheus-text';
import { REPO_ROOT, startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let crossdock: TestPlatform;
let api: PipelineApi;
let db: pg.Client;
let operations: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
  db = new pg.Client({ connectionString: crossdock.databases.process });
  await db.connect();
  operations = `Bearer ${crossdock.token({ subject: 'operations-manager', scopes: ['ops:read'] })}`;
});
afterAll(async () => {
  await db?.end();
  await crossdock?.close();
});

async function scrape(path: string): Promise<Sample[]> {
  const answer = await crossdock.http.get(path).set('Authorization', operations).expect(200);
  expect(answer.headers['content-type']).toMatch(/^text\/plain/);
  return parsePrometheusText(answer.text);
}

describe("the gateway's /metrics", () => {
  it('needs a token with ops:read', async () => {
    const none = await crossdock.http.get('/metrics').expect(401);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    const support = crossdock.token({ subject: 'support', scopes: ['process:read', 'process:write'] });
    for (const path of ['/metrics', '/metrics/process'])
      await crossdock.http.get(path).set('Authorization', `Bearer ${support}`).expect(403);
    await crossdock.http.get('/metrics/process').expect(401);
  });

  it('counts requests by the route of gateway.yaml and status, never by the raw path', async () => {
    await api.get('/process/v1/orders/no-such-order').expect(404);
    const samples = await scrape('/metrics');
    const requests = samples.filter((sample) => sample.name === 'crossdock_http_requests_total');
    expect(
      requests.find((sample) => sample.labels.route === '/process/v1' && sample.labels.status === '404'),
    ).toMatchObject({ labels: { service: 'gateway', method: 'GET' } });
    expect(requests.some((sample) => sample.labels.route?.includes('no-such-order'))).toBe(false);
    expect(samples.some((sample) => sample.name === 'process_resident_memory_bytes')).toBe(true);
  });
});

describe("each tier's /metrics", () => {
  it('tells requests by route pattern, ERP calls, circuit breakers, pool use, pipeline steps and memory', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '2.00' });
    const order = await api.placeAndSettle(anOrder('C-1001', [{ sku, quantity: 1 }]));
    expect(order.status).toBe('SUBMITTED');
    await api.order(order.id);

    const system = await scrape('/metrics/system');
    expect(system.every((sample) => sample.labels.service === 'system-apis')).toBe(true);
    const erpCalls = byLabel(system, 'crossdock_erp_call_duration_seconds_count', 'operation');
    expect(erpCalls['salesOrders.createMany']).toBeGreaterThanOrEqual(1);
    expect(byLabel(system, 'crossdock_db_pool_connections', 'state').total).toBeGreaterThan(0);

    const process = await scrape('/metrics/process');
    expect(
      process.find(
        (sample) =>
          sample.name === 'crossdock_http_requests_total' &&
          sample.labels.route === '/process/v1/orders/:orderId' &&
          sample.labels.status === '200',
      ),
    ).toBeDefined();
    expect(byLabel(process, 'crossdock_pipeline_step_duration_seconds_count', 'step').submit).toBeGreaterThanOrEqual(1);
    const breaker = process.filter(
      (sample) => sample.name === 'crossdock_upstream_circuit_state' && sample.labels.upstream === 'system-apis',
    );
    expect(Object.fromEntries(breaker.map((sample) => [sample.labels.state, sample.value]))).toEqual({
      closed: 1,
      open: 0,
      halfOpen: 0,
    });
    expect(process.some((sample) => sample.name === 'crossdock_upstream_request_duration_seconds_count')).toBe(true);
    expect(process.some((sample) => sample.name === 'nodejs_heap_size_used_bytes')).toBe(true);

    const experience = await scrape('/metrics/experience');
    expect(experience.some((sample) => sample.labels.service === 'experience-apis')).toBe(true);
  });
});

describe('the backlog gauges', () => {
  it('equal what the database and the holds API hold, after real traffic', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 50 }, { price: '5.00' });
    const tightCustomer = await api.openCustomer({ creditLimit: '10.00' });
    const held = [
      await api.placeAndSettle(anOrder(tightCustomer, [{ sku, quantity: 10 }])),
      await api.placeAndSettle(anOrder('C-1001', [{ sku: 'NO-SUCH-SKU', quantity: 1 }])),
    ];
    expect(held.map((order) => order.status)).toEqual(['HELD', 'HELD']);
    crossdock.faults.failing = ['salesOrders.create'];
    try {
      const placed = (await api.placeOrder(anOrder('C-1001', [{ sku, quantity: 1 }])).expect(202)).body.id as string;
      expect((await api.settled(placed)).status).toBe('FAILED');
    } finally {
      crossdock.faults.failing = [];
    }
    // A subscriber that is never there: its deliveries wait, pending, for their next attempt.
    await api
      .post('/process/v1/subscriptions', { url: 'http://127.0.0.1:9/events', eventTypes: ['com.crossdock.order.*'] })
      .expect(201);
    await api.placeAndSettle(anOrder('C-1001', [{ sku, quantity: 1 }]));

    const truth = async () => {
      const holds = await db.query<{ reason: string; open: number }>(
        `select "reasonCode" as "reason", count(*)::int as "open" from "Hold" where "status" = 'open' group by 1`,
      );
      const letters = await db.query<{ reason: string; open: number }>(
        `select l."step" as "reason", count(*)::int as "open" from "DeadLetter" as l join "Order" as o on o."id" = l."orderId"
          where l."replayedAt" is null and o."status" = 'FAILED' group by 1`,
      );
      const deliveries = await db.query<{ pending: number }>(
        `select count(*)::int as "pending" from "EventDelivery" where "state" = 'pending'`,
      );
      const jobs = await db.query<{ ready: number }>(
        `select count(*)::int as "ready" from "PipelineJob" where "state" = 'ready'`,
      );
      return {
        holds: Object.fromEntries(holds.rows.map((row) => [row.reason, row.open])),
        deadLetters: Object.fromEntries(letters.rows.map((row) => [row.reason, row.open])),
        deliveries: deliveries.rows[0]!.pending,
        jobs: jobs.rows[0]!.ready,
      };
    };
    const gauges = async () => {
      const samples = await scrape('/metrics/process');
      const nonZero = (values: Record<string, number>) =>
        Object.fromEntries(Object.entries(values).filter(([, value]) => value > 0));
      const queues = byLabel(samples, 'crossdock_queue_depth', 'queue');
      return {
        holds: nonZero(byLabel(samples, 'crossdock_open_holds', 'reason')),
        deadLetters: nonZero(byLabel(samples, 'crossdock_open_dead_letters', 'reason')),
        deliveries: queues.deliveries,
        jobs: queues.jobs,
        outbox: queues.outbox,
      };
    };
    // The fan-out turns events into deliveries in the background: compare once it has caught up.
    const seen = await waitUntil(
      async () => ({ truth: await truth(), gauges: await gauges() }),
      ({ truth: known, gauges: scraped }) =>
        scraped.outbox === 0 && known.deliveries > 0 && scraped.deliveries === known.deliveries,
      { what: 'the outbox to be fanned out' },
    );
    expect(seen.gauges).toEqual({ ...seen.truth, outbox: 0 });
    expect(Object.keys(seen.truth.holds).length).toBeGreaterThanOrEqual(2);
    expect(seen.truth.deadLetters).toMatchObject({ submit: 1 });

    // The same numbers as the holds API.
    for (const [reason, open] of Object.entries(seen.gauges.holds)) {
      const page = await api
        .get('/process/v1/holds')
        .query({ status: 'open', reasonCode: reason, limit: 200 })
        .expect(200);
      expect(page.body.items).toHaveLength(open);
    }
    const oldest = byLabel(await scrape('/metrics/process'), 'crossdock_queue_oldest_age_seconds', 'queue');
    expect(oldest.deliveries).toBeGreaterThanOrEqual(0);
    expect(oldest.outbox).toBe(0);
  });
});

describe('the Grafana dashboard (docs/grafana/crossdock-dashboard.json)', () => {
  // Runs last: the traffic above has made every histogram observe something.
  it('queries only metrics the running gateway and tiers expose', async () => {
    const dashboard = JSON.parse(
      await readFile(path.join(REPO_ROOT, 'docs/grafana/crossdock-dashboard.json'), 'utf8'),
    ) as { panels: { targets?: { expr: string }[] }[] };
    const queried = new Set(
      dashboard.panels
        .flatMap((panel) => panel.targets ?? [])
        .flatMap((target) =>
          [...target.expr.matchAll(/\b(?:crossdock|process|nodejs)_[a-z0-9_]+/g)].map(([name]) => name),
        ),
    );
    expect(queried.size).toBeGreaterThanOrEqual(10);
    const exposed = new Set<string>();
    for (const where of ['/metrics', '/metrics/system', '/metrics/process', '/metrics/experience'])
      for (const sample of await scrape(where)) exposed.add(sample.name);
    expect([...queried].filter((name) => !exposed.has(name))).toEqual([]);
  });
});
