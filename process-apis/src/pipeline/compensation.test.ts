/**
 * Compensation runs backwards through the saga from the step that failed: the runner is given a
 * saga of test steps that each write down when they are compensated, against a real PostgreSQL.
 * The last step fails for good (or holds), and every step before it is undone, latest first; a
 * compensation that breaks off halfway is taken up again by the job's durable 'compensate' state.
 */
import { Writable } from 'node:stream';
import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import type { SystemApi } from '../system-api/system-api';
import { runJob, type PipelineDeps } from './run-job';
import { compensateOrder, type Saga } from './saga';
import { STEP_IDS, type PipelineContext, type StepId, type StepOutcome } from './step';
import { storeClaimedOrder } from './pipeline-test-orders';
import { wakeWaitingJobs } from './waiting-jobs';

const NOW = new Date('2026-11-27T12:00:00.000Z');
const RETRY = { maxAttempts: 1, baseDelayMs: 1000, maxDelayMs: 60_000, leaseMs: 30_000 };
const ERP_DOWN = () =>
  new UpstreamUnavailableError(
    'system-apis',
    'system-apis POST /system/v1/sales-orders failed with status 503 (after 4 attempt(s)).',
  );

// The last step failing for good while the ERP answers (a 500 from a bug meeting the order).
const ERP_FAILS = () =>
  new UpstreamUnavailableError(
    'system-apis',
    'system-apis POST /system/v1/sales-orders failed with status 500 (not retried: not a transient failure).',
    Object.assign(new Error('HTTP 500'), { status: 500 }),
  );

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('saga_compensation'));
});
afterAll(async () => {
  await db?.$disconnect();
});

/**
 * A saga of the six steps, each going on unless `outcomeAt` says otherwise, each but submit (like
 * the real one) with a compensation that writes its step down in `compensated`.
 */
function testSaga(
  outcomeAt: Partial<Record<StepId, () => StepOutcome>>,
  compensationFails: (step: StepId) => boolean = () => false,
) {
  const compensated: StepId[] = [];
  const saga: Saga = STEP_IDS.map((id) => ({
    id,
    invoke: async (_context: PipelineContext, orders: readonly unknown[]) =>
      orders.map(() => outcomeAt[id]?.() ?? { kind: 'next' as const, detail: `${id} done` }),
    compensate:
      id === 'submit'
        ? undefined
        : async () => {
            compensated.push(id);
            if (compensationFails(id)) throw ERP_DOWN();
          },
  }));
  return { saga, compensated };
}

function deps(saga: Saga): PipelineDeps {
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  // The ERP is only asked whether it has the order (after a failed submit): it has none.
  const systemApi = { findSalesOrderByKey: async () => undefined } as unknown as SystemApi;
  return {
    db,
    systemApi,
    logger: createLogger({ service: 'test', level: 'error', stream: quiet }),
    clock: { now: () => NOW },
    retry: RETRY,
    saga,
  };
}

/** A new order, its job claimed at validate. */
const receivedOrder = () => storeClaimedOrder(db, NOW, new Date(NOW.getTime() + RETRY.leaseMs));

const stored = (orderId: string) =>
  db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { job: true, deadLetters: true, holds: true, timeline: { orderBy: { id: 'asc' } } },
  });

describe('an order whose last step fails for good', () => {
  it('is dead-lettered with every step before it compensated, latest first', async () => {
    const { saga, compensated } = testSaga({ submit: () => ({ kind: 'failed', error: ERP_FAILS() }) });
    const orderId = await receivedOrder();

    await runJob(deps(saga), { orderId, step: 'validate', attempts: 1 });

    expect(compensated).toEqual(['reserve', 'plan', 'credit', 'enrich', 'validate']);
    const order = await stored(orderId);
    expect(order.status).toBe('FAILED');
    expect(order.deadLetters).toEqual([expect.objectContaining({ step: 'submit', attempts: 1 })]);
    expect(order.job).toMatchObject({ step: 'submit', state: 'dead' });
  });

  it('has a compensation that broke off halfway (the ERP went away) wait for the ERP, then walked again from the failed step, until done', async () => {
    let planFailures = 1;
    const { saga, compensated } = testSaga(
      { submit: () => ({ kind: 'failed', error: ERP_FAILS() }) },
      (step) => step === 'plan' && planFailures-- > 0,
    );
    const orderId = await receivedOrder();

    await runJob(deps(saga), { orderId, step: 'validate', attempts: 1 });

    // Stopped at plan: nothing before it was undone yet, and the job waits for the ERP.
    expect(compensated).toEqual(['reserve', 'plan']);
    const waiting = await stored(orderId);
    expect(waiting.status).toBe('FAILED');
    expect(waiting.job).toMatchObject({
      step: 'compensate',
      state: 'waiting',
      waitingSince: NOW,
      leasedUntil: null,
      lastError: expect.stringContaining('500'),
    });
    expect(waiting.timeline.at(-1)?.detail).toMatch(
      /^Dead-lettered after 1 attempts: .* Its reservations are released as soon as the ERP answers\.$/,
    );

    // The ERP answers again: the waiting job is woken and claimed.
    expect(await wakeWaitingJobs(db, 100, NOW)).toBeGreaterThanOrEqual(1);
    await runJob(deps(saga), { orderId, step: 'compensate', attempts: 1 });

    expect(compensated).toEqual(['reserve', 'plan', 'reserve', 'plan', 'credit', 'enrich', 'validate']);
    expect((await stored(orderId)).job).toMatchObject({ step: 'compensate', state: 'dead' });
  });
});

describe('an order held at a late step', () => {
  it('is held with every step before it compensated, latest first', async () => {
    const { saga, compensated } = testSaga({
      submit: () => ({ kind: 'hold', reasons: [{ reasonCode: 'ERP_REJECTED', detail: 'Period closed.' }] }),
    });
    const orderId = await receivedOrder();

    await runJob(deps(saga), { orderId, step: 'validate', attempts: 1 });

    expect(compensated).toEqual(['reserve', 'plan', 'credit', 'enrich', 'validate']);
    const order = await stored(orderId);
    expect(order).toMatchObject({ status: 'HELD', job: { step: 'submit', state: 'held' } });
    expect(order.holds.map((hold) => hold.reasonCode)).toEqual(['ERP_REJECTED']);
  });
});

describe('an order whose stock moved under it', () => {
  it('is walked back only as far as planning, which it goes through again', async () => {
    let moves = 1;
    const { saga, compensated } = testSaga({
      reserve: () => (moves-- > 0 ? { kind: 'replan', detail: 'Stock moved since planning' } : { kind: 'next' }),
      submit: () => ({ kind: 'next', changes: { status: 'SUBMITTED' } }),
    });
    const orderId = await receivedOrder();

    await runJob(deps(saga), { orderId, step: 'validate', attempts: 1 });

    expect(compensated).toEqual(['reserve', 'plan']);
    const order = await stored(orderId);
    expect(order).toMatchObject({ status: 'SUBMITTED', job: { state: 'done' } });
    expect(order.timeline.map((entry) => `${entry.step}:${entry.outcome}`)).toEqual([
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:failed',
      'plan:succeeded',
      'reserve:succeeded',
      'submit:succeeded',
    ]);
  });
});

describe('compensating an order given up on for good', () => {
  it('walks back the whole saga when no step is named', async () => {
    const { saga, compensated } = testSaga({});
    const orderId = await receivedOrder();

    await compensateOrder(
      { db } as unknown as PipelineContext,
      await db.order.findUniqueOrThrow({ where: { id: orderId } }),
      {},
      saga,
    );

    expect(compensated).toEqual(['reserve', 'plan', 'credit', 'enrich', 'validate']);
  });
});
