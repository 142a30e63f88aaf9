/**
 * How a process-apis replica tells the others that jobs are waiting, against a real PostgreSQL:
 * many announcements in one interval are one NOTIFY at once and one more at the interval's end;
 * and the worker announces only when it is too busy to take a new job itself.
 */
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { UpstreamUnavailableError } from '@crossdock/shared-contracts/errors/errors';
import { createLogger } from '@crossdock/shared-contracts/logging/logger';
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
  databaseUrl = await createTestDatabase('announce_jobs');
  db = await openProcessDatabase(databaseUrl);
});
afterAll(async () => {
  await db?.$disconnect();
});

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

      announcer.stop();
      announcer.announce();
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS * 2));
      expect(heard).toBe(2);
    } finally {
      announcer.stop();
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
      { db, systemApi: erpOnHold, logger: quiet, clock: { now: () => new Date() }, retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000, leaseMs: 60_000 } },
      { concurrency: 1, batchSize: 10, pollIntervalMs: 60_000, intakeFirstMs: 0 },
      { announce: () => void announced++, stop: () => undefined },
    );
    try {
      worker.wake();
      expect(announced).toBe(0);

      const orderId = randomUUID();
      await db.order.create({ data: { id: orderId, channel: 'api', sourceOrderId: orderId, customerId: 'C-1001', status: 'RECEIVED', received: {}, correlationId: 'test', createdBy: 'test' } });
      await db.pipelineJob.create({ data: { orderId, step: 'validate', state: 'ready', runAt: new Date() } });
      worker.wake();
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
