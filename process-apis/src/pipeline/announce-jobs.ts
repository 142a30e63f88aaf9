import type { SqlPool } from '@crossdock/shared-contracts/platform/database/sql';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { JOB_READY_CHANNEL } from './job-queue';

/** Tells the other process-apis replicas that jobs are waiting (they LISTEN: listen-for-jobs.ts). */
export interface JobAnnouncer {
  announce(): void;
  /** Sends an announcement still waiting for its interval at once, and resolves once sent. */
  stop(): Promise<void>;
}

/**
 * One NOTIFY for many jobs: the first announcement goes at once, later ones within `intervalMs`
 * become one more at the end of the interval. A NOTIFY per order cost every commit the
 * notification queue's lock and woke every listener once per order; the replicas only need to
 * know that there is work, and they claim whatever is ready when they look.
 */
export function throttledJobAnnouncer(sql: SqlPool, intervalMs: number, logger: Logger): JobAnnouncer {
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let pending: NodeJS.Timeout | undefined;
  let stopped = false;
  let sending: Promise<void> = Promise.resolve();
  const send = () => {
    lastSentAt = performance.now();
    // Losing one only slows the other replicas down to their poll interval.
    sending = sql.query('select pg_notify($1, $2)', [JOB_READY_CHANNEL, '']).then(
      () => undefined,
      (error: unknown) => {
        logger.warn('could not tell the other replicas that jobs are ready', {
          error: coerceError(error).message,
        });
      },
    );
  };
  return {
    announce() {
      if (stopped || pending) return;
      const wait = lastSentAt + intervalMs - performance.now();
      if (wait <= 0) return send();
      pending = setTimeout(() => {
        pending = undefined;
        if (!stopped) send();
      }, wait);
    },
    async stop() {
      stopped = true;
      if (pending) {
        clearTimeout(pending);
        pending = undefined;
        send();
      }
      await sending;
    },
  };
}
