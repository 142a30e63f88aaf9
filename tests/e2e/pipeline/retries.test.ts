/**
 * A technical failure is not a business problem: the order is not held. While the ERP is down the
 * order waits for it, using no attempt, and goes through when the ERP comes back; one that waited
 * longer than allowed is dead-lettered. A call failing while the ERP answers is tried again with
 * backoff, each failed attempt visible on its timeline.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, stepsOf, type OrderView, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

// A system tier whose ERP is down answers 503 with Retry-After (5 s), which the client kit honours
// on each of its retries: a first failed call takes that long, three times over.
const OUTAGE_MS = 40_000;

const failedAttempts = (order: OrderView) => order.timeline.filter((entry) => entry.outcome === 'failed');

describe('the ERP down for longer than the attempts last', () => {
  let crossdock: TestPlatform;
  let api: PipelineApi;

  // Two attempts 20–40 ms apart: the outage outlasts them many times over. The system tier stays
  // up, its ERP is away: its /health answers 503, as every call it makes to the ERP.
  beforeAll(async () => {
    crossdock = await startTestPlatform({ pipeline: { maxAttempts: 2, erpProbeMs: 100 } });
    api = pipelineApi(crossdock);
  });
  afterAll(() => crossdock?.close());

  it('has the order wait for the ERP, using no attempt, once on its timeline, and submits it when the ERP is back', async () => {
    crossdock.faults.down = true;
    const placed = await api.placeOrder(anOrder('C-1001', [{ sku: 'HXB-004', quantity: 12 }])).expect(202);
    const orderId: string = placed.body.id;

    await waitUntil(
      () => api.order(orderId),
      (order) => order.timeline.some((entry) => entry.outcome === 'waiting'),
      { what: 'the order waiting for the ERP', timeoutMs: OUTAGE_MS },
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const waiting = await api.order(orderId);
    crossdock.faults.down = false;

    expect(waiting.status).toBe('RECEIVED');
    expect(waiting.holds).toEqual([]);
    expect(failedAttempts(waiting)).toEqual([]);
    expect(stepsOf(waiting)).toEqual(['received:succeeded', 'validate:waiting']);
    expect(waiting.timeline.at(-1)?.detail).toMatch(/^Waiting for the ERP: .*system-apis.*503/);
    expect(waiting.waitingForErp).toEqual({
      since: expect.stringMatching(/Z$/),
      step: 'validate',
      reason: expect.stringContaining('503'),
    });
    expect((await api.get(`/process/v1/dead-letters?orderId=${orderId}`).expect(200)).body.items).toEqual([]);

    const settled = await api.settled(orderId, OUTAGE_MS);
    expect(settled.status).toBe('SUBMITTED');
    expect(settled.waitingForErp).toBeUndefined();
    expect(stepsOf(settled)).toEqual([
      'received:succeeded',
      'validate:waiting',
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:succeeded',
      'submit:succeeded',
    ]);
    expect(await api.erpOrdersWithKey(orderId)).toHaveLength(1);
  }, 90_000);
});

describe('the ERP down for longer than an order may wait', () => {
  let crossdock: TestPlatform;
  let api: PipelineApi;

  beforeAll(async () => {
    crossdock = await startTestPlatform({ pipeline: { maxAttempts: 3, erpMaxWaitMs: 1500, erpProbeMs: 100 } });
    api = pipelineApi(crossdock);
  });
  afterAll(() => crossdock?.close());

  it('dead-letters the order "ERP unavailable since …": FAILED, not held, on its timeline and in the dead-letter queue', async () => {
    crossdock.faults.down = true;
    const placed = await api.placeOrder(anOrder('C-1001', [{ sku: 'HXB-004', quantity: 12 }])).expect(202);

    const failed = await api.settled(placed.body.id, OUTAGE_MS);
    crossdock.faults.down = false;

    expect(failed.status).toBe('FAILED');
    expect(failed.holds).toEqual([]);
    expect(failed.erpOrderId).toBeUndefined();
    expect(stepsOf(failed)).toEqual(['received:succeeded', 'validate:waiting', 'validate:failed']);
    expect(failedAttempts(failed)[0]?.detail).toMatch(/^Dead-lettered after 1 attempts: ERP unavailable since \S+Z$/);
    expect(await api.erpOrdersWithKey(placed.body.id)).toEqual([]);
    // In the dead-letter queue, waiting for a replay, with the step and the reason that ended it.
    const deadLetters = (await api.get(`/process/v1/dead-letters?orderId=${placed.body.id}`).expect(200)).body.items;
    expect(deadLetters).toEqual([
      expect.objectContaining({
        orderId: placed.body.id,
        customerId: 'C-1001',
        orderStatus: 'FAILED',
        step: 'validate',
        lastError: expect.stringMatching(/^ERP unavailable since \d{4}-/),
      }),
    ]);
    expect(deadLetters[0].replayedAt).toBeUndefined();
  }, 90_000);
});

describe('reserving failing after the steps that only read', () => {
  let crossdock: TestPlatform;
  let api: PipelineApi;

  beforeAll(async () => {
    crossdock = await startTestPlatform({ pipeline: { maxAttempts: 10, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    api = pipelineApi(crossdock);
  });
  afterAll(() => crossdock?.close());

  // validate, enrich, credit and plan only read, so they are recorded together; but always before
  // anything is reserved, so a retry of reserve works from the plan it was first made for.
  it('leaves the order waiting at reserve with its price and plan stored and every step before on its timeline, in order', async () => {
    crossdock.faults.failing = ['inventory.reserve'];
    const placed = await api.placeOrder(anOrder('C-1001', [{ sku: 'HXB-004', quantity: 12 }])).expect(202);

    const waiting = await waitUntil(
      () => api.order(placed.body.id),
      (order) => failedAttempts(order).length >= 1,
      { what: 'a failed attempt to reserve', timeoutMs: OUTAGE_MS },
    );
    crossdock.faults.failing = [];

    expect(stepsOf(waiting)).toEqual([
      'received:succeeded',
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:failed',
    ]);
    expect(waiting).toMatchObject({
      status: 'PLANNED',
      total: expect.any(String),
      plan: { lines: [expect.objectContaining({ sku: 'HXB-004' })] },
    });
    const processDb = new pg.Client({ connectionString: crossdock.databases.process });
    await processDb.connect();
    const { rows } = await processDb
      .query('select "step", "state", "attempts" from "PipelineJob" where "orderId" = $1', [placed.body.id])
      .finally(() => processDb.end());
    expect(rows).toEqual([{ step: 'reserve', state: 'ready', attempts: 1 }]);
  }, 90_000);
});
