/**
 * An ERP outage is waited out, against a real PostgreSQL, the real worker and client kit, and an
 * ERP double stopped and started (connections refused) or left running with its ERP away (503s,
 * `/health` included). Orders caught in an outage longer than their whole attempt budget wait,
 * use no attempt, say so once on their timeline, and complete when the ERP returns, each
 * customer's in arrival order; a poison order beside them is still dead-lettered after its
 * attempts; an order that waited longer than allowed is dead-lettered "ERP unavailable since …",
 * and its reservation, which could not be given back then, is given back once the ERP returns.
 */
import { Writable } from 'node:stream';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { createProcessMetrics } from '../metrics/process-metrics';
import type { SystemApi } from '../system-api/system-api';
import { erpSaga, startErpDouble, storeReadyOrder, type ErpDouble } from './erp-wait-test-kit';
import type { PipelineDeps } from './pipeline-deps';
import { runJob } from './run-job';
import { startPipelineWorker, type PipelineWorker } from './worker';

const quiet = createLogger({ service: 'test', stream: new Writable({ write: (_chunk, _encoding, done) => done() }) });
// Three attempts 20–40 ms apart: an outage of a second outlasts the whole budget many times over.
const RETRY = { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 40, leaseMs: 30_000 };
const WORKER = { concurrency: 1, batchSize: 4, pollIntervalMs: 50, intakeFirstMs: 0, erpProbeMs: 50 };

let db: ProcessDatabase;
let erp: ErpDouble;
const workers: PipelineWorker[] = [];
const clients: (() => void)[] = [];

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('erp_wait'));
});
afterEach(async () => {
  for (const worker of workers.splice(0)) await worker.stop();
  for (const shutdown of clients.splice(0)) shutdown();
  await erp?.close();
});
afterAll(async () => {
  await db?.$disconnect();
});

function pipelineDeps(erpMaxWaitMs?: number): PipelineDeps {
  const { saga, erpAnswers, shutdown } = erpSaga(erp.baseUrl, quiet);
  clients.push(shutdown);
  // The ERP is asked only whether it has an order whose submit failed for good: it has none.
  const systemApi = { findSalesOrderByKey: async () => undefined } as unknown as SystemApi;
  return {
    db,
    systemApi,
    logger: quiet,
    clock: { now: () => new Date() },
    retry: { ...RETRY, erpMaxWaitMs },
    saga,
    erpAnswers,
  };
}

function startWorker(erpMaxWaitMs?: number): void {
  workers.push(startPipelineWorker(pipelineDeps(erpMaxWaitMs), WORKER));
}

/** Waits until `check` answers true, looking every 25 ms, for at most `withinMs`. */
async function eventually(check: () => Promise<boolean>, what: string, withinMs = 15_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen in time`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const jobsOf = (orderIds: string[]) => db.pipelineJob.findMany({ where: { orderId: { in: orderIds } } });
const allIn = async (orderIds: string[], state: string) => (await jobsOf(orderIds)).every((job) => job.state === state);
const stored = (orderId: string) =>
  db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { job: true, deadLetters: true, timeline: { orderBy: { id: 'asc' } } },
  });
const waitingEntries = async (orderId: string) =>
  (await stored(orderId)).timeline.filter((entry) => entry.outcome === 'waiting');

describe('an ERP outage longer than the whole attempt budget', () => {
  it('has the orders wait without using attempts, and complete when the ERP returns, in arrival order per customer; a poison order beside them is dead-lettered', async () => {
    erp = await startErpDouble();
    await erp.state('stopped');
    const start = Date.now() - 60_000;
    // Two customers' orders, interleaved, arriving a millisecond apart; the poison order among them.
    const orders: { id: string; customerId: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const customerId = i % 2 === 0 ? 'C-1001' : 'C-2002';
      orders.push({ id: await storeReadyOrder(db, customerId, new Date(start + i)), customerId });
    }
    const poison = orders[4]!.id;
    erp.poison.add(poison);
    const ids = orders.map((order) => order.id);
    startWorker();

    // The system tier stopped: every order waits, none used an attempt.
    await eventually(() => allIn(ids, 'waiting'), 'every order waiting for the ERP');
    // Then the system tier is up but its ERP is away: still waiting, still no attempt used.
    await erp.state('erpDown');
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const job of await jobsOf(ids)) expect(job).toMatchObject({ state: 'waiting', attempts: 0 });
    expect(await db.deadLetter.count({ where: { orderId: { in: ids } } })).toBe(0);
    // Prometheus sees them, read from the database as the KPIs are.
    const metrics = createServiceMetrics('process-apis');
    createProcessMetrics(metrics, db, { now: () => new Date() });
    const gauge = async (name: string) => (await metrics.registry.getSingleMetric(name)!.get()).values[0]!.value;
    expect(await gauge('crossdock_orders_waiting_for_erp')).toBe(ids.length);
    expect(await gauge('crossdock_erp_wait_oldest_seconds')).toBeGreaterThan(0);
    const waiting = await stored(ids[0]!);
    expect(waiting.status).toBe('RECEIVED');
    expect(waiting.job?.waitingSince).toBeInstanceOf(Date);
    expect(await waitingEntries(ids[0]!)).toEqual([
      expect.objectContaining({
        step: 'reserve',
        detail: expect.stringMatching(/^Waiting for the ERP: system-apis POST \/reservations failed with ECONNREFUSED/),
      }),
    ]);

    await erp.state('up');

    const healthy = ids.filter((id) => id !== poison);
    await eventually(() => allIn(healthy, 'done'), 'the waiting orders completing');
    await eventually(() => allIn([poison], 'dead'), 'the poison order dead-lettered');
    expect(erp.submitted).toHaveLength(healthy.length);
    for (const customerId of ['C-1001', 'C-2002'])
      expect(erp.submitted.filter((id) => orders.find((order) => order.id === id)?.customerId === customerId)).toEqual(
        orders.filter((order) => order.customerId === customerId && order.id !== poison).map((order) => order.id),
      );
    for (const id of healthy) {
      expect(await waitingEntries(id)).toHaveLength(1);
      expect((await stored(id)).deadLetters).toEqual([]);
    }
    const failed = await stored(poison);
    expect(failed.status).toBe('FAILED');
    expect(failed.deadLetters).toEqual([
      expect.objectContaining({ step: 'submit', attempts: 3, lastError: expect.stringContaining('status 500') }),
    ]);
    // Its reservation was given back; every other order's is held for its ERP order.
    expect([...erp.reservations].sort()).toEqual([...healthy].sort());
  });
});

describe('an order that waited for the ERP longer than allowed', () => {
  it('is dead-lettered "ERP unavailable since …", and its reservation is given back once the ERP returns', async () => {
    erp = await startErpDouble();
    const orderId = await storeReadyOrder(db, 'C-3003', new Date());
    // The ERP goes away as the order, its stock reserved, is being submitted.
    erp.onSubmit = () => void erp.state('erpDown');
    startWorker(300);

    await eventually(async () => (await stored(orderId)).status === 'FAILED', 'the dead letter');
    const failed = await stored(orderId);
    expect(failed.deadLetters).toEqual([
      expect.objectContaining({
        step: 'submit',
        lastError: expect.stringMatching(/^ERP unavailable since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      }),
    ]);
    expect(await waitingEntries(orderId)).toEqual([expect.objectContaining({ step: 'submit' })]);
    // The ERP is still away: the reservation could not be given back, and its job waits for the ERP.
    expect(erp.reservations.has(orderId)).toBe(true);
    expect(failed.job).toMatchObject({ step: 'compensate', state: 'waiting' });

    erp.onSubmit = undefined;
    await erp.state('up');

    await eventually(() => allIn([orderId], 'dead'), 'the compensation completing');
    expect(erp.reservations.has(orderId)).toBe(false);
    expect(erp.submitted).toEqual([]);
  });
});

describe('an order whose customer has an earlier order waiting for the ERP', () => {
  it('waits behind it, though the ERP answers, and reaches the ERP after it', async () => {
    erp = await startErpDouble();
    const earlier = await storeReadyOrder(db, 'C-4004', new Date(Date.now() - 1000));
    await db.pipelineJob.update({
      where: { orderId: earlier },
      data: { state: 'waiting', waitingSince: new Date(), lastError: 'system-apis unreachable' },
    });
    const later = await storeReadyOrder(db, 'C-4004', new Date());

    await runJob(pipelineDeps(), { orderId: later, step: 'validate', attempts: 1 });

    expect((await stored(later)).job).toMatchObject({ state: 'waiting', attempts: 0 });
    expect(await waitingEntries(later)).toEqual([
      expect.objectContaining({
        detail: 'Waiting for the ERP: earlier orders of this customer are waiting for it.',
      }),
    ]);
    expect(erp.submitted).toEqual([]);

    startWorker();

    await eventually(() => allIn([earlier, later], 'done'), 'both orders completing');
    expect(erp.submitted).toEqual([earlier, later]);
  });
});
