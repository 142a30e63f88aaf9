import type { Logger } from '@crossdock/shared-contracts/logging/logger';
import { claimJobs } from './job-queue';
import { runJob, type PipelineDeps } from './run-job';

export interface WorkerOptions {
  /** Jobs run at once by this worker. */
  concurrency: number;
  /** How often to look for due jobs (retries whose time has come) without being woken. */
  pollIntervalMs: number;
}

export interface PipelineWorker {
  /** Look for jobs now (a new order was stored, a hold released). */
  wake(): void;
  /** Takes no new jobs and waits for the running ones to finish their step. */
  stop(): Promise<void>;
}

/**
 * Runs the order pipeline from the job table: claims due jobs up to its concurrency, runs them,
 * and sleeps until woken (by a NOTIFY, or by this process) or the poll interval passes. Several
 * workers, in one process or many, share the table safely: claims skip each other's rows.
 */
export function startPipelineWorker(deps: PipelineDeps, options: WorkerOptions): PipelineWorker {
  const running = new Set<Promise<void>>();
  let stopping = false;
  let wakeUp: (() => void) | undefined;
  let woken = false;

  const wake = () => {
    woken = true;
    wakeUp?.();
  };
  const sleep = () =>
    new Promise<void>((resolve) => {
      if (woken) return resolve();
      const timer = setTimeout(resolve, options.pollIntervalMs);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => {
      wakeUp = undefined;
      woken = false;
    });

  const loop = async () => {
    while (!stopping) {
      const free = options.concurrency - running.size;
      let claimed = 0;
      if (free > 0) {
        const jobs = await claimJobs(deps.db, free, deps.clock.now(), deps.retry.leaseMs).catch((error: unknown) => {
          logFailure(deps.logger, 'could not claim pipeline jobs', error);
          return [];
        });
        claimed = jobs.length;
        for (const job of jobs) {
          const run = runJob(deps, job)
            .catch((error: unknown) => logFailure(deps.logger, 'pipeline job failed unexpectedly', error, job.orderId))
            .finally(() => {
              running.delete(run);
              wake();
            });
          running.add(run);
        }
      }
      // A full claim may mean more are waiting: look again at once; otherwise wait to be woken.
      if (claimed === 0 || claimed < free) await sleep();
      else if (running.size >= options.concurrency) await sleep();
    }
  };
  const looping = loop();

  return {
    wake,
    stop: async () => {
      stopping = true;
      wake();
      await looping;
      await Promise.allSettled([...running]);
    },
  };
}

function logFailure(logger: Logger, message: string, error: unknown, orderId?: string): void {
  logger.error(message, { orderId, error: error instanceof Error ? error.message : String(error) });
}
