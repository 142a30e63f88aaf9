/**
 * A technical failure (the ERP down) is not a business problem: the order is not held, it is
 * tried again with backoff, each failed attempt visible on its timeline; when the ERP comes back
 * the order goes through, and when it does not come back in time the order is dead-lettered.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, stepsOf, type OrderView, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

const failedAttempts = (order: OrderView) => order.timeline.filter((entry) => entry.outcome === 'failed');

describe('the ERP down for a while', () => {
  let crossdock: TestPlatform;
  let api: PipelineApi;

  // process-apis' circuit breaker to system-apis opens once ten calls were made within ten seconds
  // and more than half failed, and then stays open for 30 s. One attempt at validate with the ERP
  // down makes four calls (the client's own retries), so the ERP comes back after two attempts,
  // before the breaker can open; the pipeline's backoff (at least 400 ms before the third
  // attempt) leaves the test time to bring it back in between.
  beforeAll(async () => {
    crossdock = await startTestPlatform({ pipeline: { maxAttempts: 10, baseDelayMs: 400, maxDelayMs: 800 } });
    api = pipelineApi(crossdock);
  });
  afterAll(() => crossdock?.close());

  it('keeps the order un-failed and retrying, each failed attempt on its timeline, and submits it when the ERP is back', async () => {
    crossdock.faults.down = true;
    const placed = await api.placeOrder(anOrder('C-1001', [{ sku: 'HXB-004', quantity: 12 }])).expect(202);
    const orderId: string = placed.body.id;

    const retrying = await waitUntil(
      () => api.order(orderId),
      (order) => failedAttempts(order).length >= 2,
      { what: 'two failed attempts' },
    );
    crossdock.faults.down = false;

    expect(retrying.status).toBe('RECEIVED');
    expect(retrying.holds).toEqual([]);
    expect(failedAttempts(retrying).slice(0, 2)).toEqual([
      expect.objectContaining({
        step: 'validate',
        detail: expect.stringMatching(/^Attempt 1 of 10: .*system-apis.* Retrying\.$/),
      }),
      expect.objectContaining({ step: 'validate', detail: expect.stringMatching(/^Attempt 2 of 10: .* Retrying\.$/) }),
    ]);

    const settled = await api.settled(orderId);
    expect(settled.status).toBe('SUBMITTED');
    expect(settled.holds).toEqual([]);
    expect(stepsOf(settled)).toEqual([
      'received:succeeded',
      'validate:failed',
      'validate:failed',
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:succeeded',
      'submit:succeeded',
    ]);
    expect(await api.erpOrdersWithKey(orderId)).toHaveLength(1);
  });
});

describe('the ERP down for longer than the retries last', () => {
  let crossdock: TestPlatform;
  let api: PipelineApi;

  beforeAll(async () => {
    crossdock = await startTestPlatform({ pipeline: { maxAttempts: 3 } });
    api = pipelineApi(crossdock);
  });
  afterAll(() => crossdock?.close());

  it('dead-letters the order after its last attempt: FAILED, not held, the last error on its timeline', async () => {
    crossdock.faults.down = true;
    const placed = await api.placeOrder(anOrder('C-1001', [{ sku: 'HXB-004', quantity: 12 }])).expect(202);

    const failed = await api.settled(placed.body.id);
    crossdock.faults.down = false;

    expect(failed.status).toBe('FAILED');
    expect(failed.holds).toEqual([]);
    expect(failed.erpOrderId).toBeUndefined();
    expect(stepsOf(failed)).toEqual(['received:succeeded', 'validate:failed', 'validate:failed', 'validate:failed']);
    const [first, second, last] = failedAttempts(failed);
    expect(first?.detail).toMatch(/^Attempt 1 of 3: .* Retrying\.$/);
    expect(second?.detail).toMatch(/^Attempt 2 of 3: .* Retrying\.$/);
    expect(last?.detail).toMatch(/^Dead-lettered after 3 attempts: .+/);
    expect(await api.erpOrdersWithKey(placed.body.id)).toEqual([]);
    // In the dead-letter queue, waiting for a replay, with the step and the error that ended it.
    const deadLetters = (await api.get(`/process/v1/dead-letters?orderId=${placed.body.id}`).expect(200)).body.items;
    expect(deadLetters).toEqual([
      expect.objectContaining({
        orderId: placed.body.id,
        customerId: 'C-1001',
        orderStatus: 'FAILED',
        step: 'validate',
        attempts: 3,
        lastError: expect.stringContaining('system-apis'),
      }),
    ]);
    expect(deadLetters[0].replayedAt).toBeUndefined();
  });
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
      { what: 'a failed attempt to reserve' },
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
  });
});
