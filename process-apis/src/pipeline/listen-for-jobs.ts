import pg from 'pg';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { JOB_READY_CHANNEL } from './job-queue';

/**
 * Wakes the worker when any process NOTIFYs that a job is ready (PostgreSQL LISTEN), so a second
 * process-apis replica picks up orders received by the first without waiting for its poll.
 */
export async function listenForReadyJobs(
  databaseUrl: string,
  onReady: () => void,
  logger: Logger,
): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('notification', () => onReady());
  // Losing the listener only slows pickup down to the poll interval; it is logged, not fatal.
  client.on('error', (error) => logger.warn('pipeline listener lost its connection', { error: error.message }));
  await client.connect();
  await client.query(`listen ${JOB_READY_CHANNEL}`);
  return () => client.end().catch(() => undefined);
}
