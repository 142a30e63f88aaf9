/**
 * Test support for reclaim.test.ts (not a test file): a pipeline worker in a process of its own,
 * registered as server.ts registers one, whose only step says on stdout which orders it started and
 * then never finishes, as if the ERP call were under way when the process is killed.
 * Run as `node --import tsx reclaim-test-worker.ts` with RECLAIM_DATABASE_URL set.
 */
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { systemClock } from '@crossdock/shared-contracts/platform/time/clock';
import { openProcessDatabase } from '../database';
import type { SystemApi } from '../system-api/system-api';
import type { PipelineStep } from './step';
import { startPipelineWorker } from './worker';
import { registerPipelineWorker } from './worker-registry';

const databaseUrl = process.env.RECLAIM_DATABASE_URL!;
const logger = createLogger({ service: 'reclaim-test-worker', level: 'error' });
const stuck: PipelineStep = {
  id: 'validate',
  invoke: (_context, orders) => {
    process.stdout.write(`running ${orders.map((entry) => entry.order.id).join(' ')}\n`);
    return new Promise(() => undefined);
  },
};

const db = await openProcessDatabase(databaseUrl);
const identity = await registerPipelineWorker(databaseUrl, Number(process.env.RECLAIM_AFTER_MS), logger);
startPipelineWorker(
  {
    db,
    systemApi: {} as SystemApi,
    logger,
    clock: systemClock,
    // A lease far longer than the test: only a reclaim can give its jobs back in time.
    retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000, leaseMs: 3_600_000 },
    saga: [stuck],
  },
  { concurrency: 1, batchSize: 10, pollIntervalMs: 50, intakeFirstMs: 0 },
  { identity },
);
process.stdout.write(`registered ${identity.id}\n`);
