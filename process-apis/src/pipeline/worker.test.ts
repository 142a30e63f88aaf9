/**
 * How the pipeline worker shares the machine and the work, against a real PostgreSQL: many
 * announcements to the other replicas in one interval are one NOTIFY at once and one more at the
 * interval's end; the worker announces only when it is too busy to take a new job itself; and while
 * orders arrive it pauses after a batch, taking orders first.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import type { SystemApi } from '../system-api/system-api';
import { throttledJobAnnouncer } from './announce-jobs';
import { listenForReadyJobs } from './listen-for-jobs';
import { startPipelineWorker } from './worker';

const quiet = createLogger({ service: 'test', stream: new Writable({ write: (_chunk, _encoding, done) => done() }) });
const INTERVAL_MS = 300;

let databaseUrl: string;
let db: ProcessDatabase;

beforeAll(async () => {
  databaseUrl = await createTestDatabase('pipeline_worker');
  db = await openProcessDatabase(databaseUrl);
});
afterAll(async () => {
  await db?.$disconnect();
});

/**
 * Stores an order with a job ready now, for a customer of its own (an order of a customer whose
 * earlier order waits for the ERP would wait behind it); answers its id.
 */
async function readyJob(): Promise<string> {
  const orderId = randomUUID();
  await db.order.create({
    data: {
      id: orderId,
      channel: 'api',
      sourceOrderId: orderId,
      customerId: `C-${orderId}`,
      status: 'RECEIVED',
      received: {},
      correlationId: 'test',
      createdBy: 'test',
    },
  });
  await db.pipelineJob.create({ data: { orderId, step: 'validate', state: 'ready', runAt: new Date() } });
  return orderId;
}

const RETRY_MUCH_LATER = { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000, leaseMs: 60_000 };

/** Waits until `check` holds, looking every 10 ms, for at most `withinMs`. */
async function eventually(check: () => boolean, withinMs = 5000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('the condition did not come true in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('announcing ready jobs to the other replicas', () => {
  it('sends many announcements in one interval as one NOTIFY at once and one at the end of the interval, and none once stopped', async () => {
    let heard = 0;
    const stopListening = await listenForReadyJobs(databaseUrl, () => void heard++, quiet);
    const announcer = throttledJobAnnouncer(db.sql, INTERVAL_MS, quiet);
    try {
      for (let i = 0; i < 50; i++) announcer.announce();
      await eventually(() => heard >= 1);
      expect(heard).toBe(1);
      await eventually(() => heard >= 2);
      // Nothing was announced after the interval began: no third NOTIFY comes.
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS * 2));
      expect(heard).toBe(2);

      // Once stopped, nothing more is sent.
      await announcer.stop();
      announcer.announce();
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS * 2));
      expect(heard).toBe(2);
    } finally {
      await announcer.stop();
      await stopListening();
    }
  });

  it('sends an announcement still waiting for its interval when stopped, rather than losing it', async () => {
    let heard = 0;
    const stopListening = await listenForReadyJobs(databaseUrl, () => void heard++, quiet);
    const announcer = throttledJobAnnouncer(db.sql, 60_000, quiet);
    try {
      announcer.announce();
      announcer.announce();
      await announcer.stop();
      await eventually(() => heard >= 2);
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
      expect(heard).toBe(2);
    } finally {
      await stopListening();
    }
  });

  it('is left to a worker busy with all the batches it may run; an idle worker takes the job itself', async () => {
    let announced = 0;
    let erpCalled = false;
    let answerErp: () => void = () => undefined;
    // An ERP that keeps the first batch waiting until the test lets it go (then is unavailable).
    const erpOnHold = new Proxy({} as SystemApi, {
      get: () => () => {
        erpCalled = true;
        return new Promise((_resolve, reject) => {
          answerErp = () => reject(new UpstreamUnavailableError('system-apis', 'down for the test'));
        });
      },
    });
    const worker = startPipelineWorker(
      { db, systemApi: erpOnHold, logger: quiet, clock: { now: () => new Date() }, retry: RETRY_MUCH_LATER },
      { concurrency: 1, batchSize: 10, pollIntervalMs: 60_000, intakeFirstMs: 0 },
      { peers: { announce: () => void announced++, stop: async () => undefined } },
    );
    try {
      // Idle (its first look found nothing): a wake is for itself.
      await new Promise((resolve) => setTimeout(resolve, 200));
      worker.wake();
      expect(announced).toBe(0);

      // It takes a job itself and tells nobody (woken as by a peer: no arrival here to pass on).
      await readyJob();
      worker.wakeFromPeer();
      await eventually(() => erpCalled);
      expect(announced).toBe(0);

      // The one batch it may run is waiting on the ERP: a job stored now is for another replica.
      worker.wake();
      expect(announced).toBe(1);
      // A wake from another replica is never passed on.
      worker.wakeFromPeer();
      expect(announced).toBe(1);
    } finally {
      answerErp();
      await worker.stop();
    }
  });
});

describe('taking orders first', () => {
  it('pauses after a batch during which an order arrived, for about as long as the batch took, before taking the next', async () => {
    const BATCH_MS = 300;
    const calls: number[] = [];
    // An ERP that takes BATCH_MS to answer, and then fails with a 500 (the job retries a minute later).
    const slowErp = new Proxy({} as SystemApi, {
      get: () => async () => {
        calls.push(performance.now());
        await new Promise((resolve) => setTimeout(resolve, BATCH_MS));
        throw new UpstreamUnavailableError('system-apis', 'failed for the test', { status: 500 });
      },
    });
    const worker = startPipelineWorker(
      { db, systemApi: slowErp, logger: quiet, clock: { now: () => new Date() }, retry: RETRY_MUCH_LATER },
      { concurrency: 1, batchSize: 10, pollIntervalMs: 60_000, intakeFirstMs: 5000 },
    );
    try {
      const first = await readyJob();
      worker.wake();
      await eventually(() => calls.length > 0);
      // An order arrives while the batch runs.
      worker.wake();
      // Once the first batch is recorded (the ERP was down: a retry a minute later), another order.
      for (;;) {
        const job = await db.pipelineJob.findUniqueOrThrow({ where: { orderId: first } });
        if (job.lastError) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const callsBefore = calls.length;
      await readyJob();
      worker.wake();
      await eventually(() => calls.length > callsBefore);

      // The first batch took at least BATCH_MS (its ERP call), and the pause as long again: the
      // next batch's first call comes no sooner than twice that after the first batch's.
      expect(calls[callsBefore]! - calls[0]!).toBeGreaterThanOrEqual(2 * BATCH_MS - 20);
    } finally {
      await worker.stop();
    }
  });
});
