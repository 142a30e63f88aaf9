import type { Logger } from '@crossdock/shared-contracts/logging/logger';
import { claimJobs } from './job-queue';
import { runJobs, type PipelineDeps } from './run-job';

export interface WorkerOptions {
  /**
   * Batches run at once by this worker. Few is better: while they run, new orders gather on the
   * queue, and the next claim takes them together.
   */
  concurrency: number;
  /** Jobs claimed and run together, at most: each step makes one call to the ERP and one transaction for the batch. */
  batchSize: number;
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
 * Runs the order pipeline from the job table: claims due jobs up to its concurrency, in batches, runs them,
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
      const wanted = running.size < options.concurrency ? options.batchSize : 0;
      let claimed = 0;
      if (wanted > 0) {
        const jobs = await claimJobs(deps.db, wanted, deps.clock.now(), deps.retry.leaseMs).catch((error: unknown) => {
          logFailure(deps.logger, 'could not claim pipeline jobs', error);
          return [];
        });
        claimed = jobs.length;
        if (claimed > 0) {
          const run = runJobs(deps, jobs)
            .catch((error: unknown) => logFailure(deps.logger, 'pipeline batch failed unexpectedly', error, jobs.map((job) => job.orderId).join(',')))
            .finally(() => {
              running.delete(run);
              wake();
            });
          running.add(run);
        }
      }
      // A full claim may mean more are waiting: look again at once; otherwise wait to be woken.
      if (claimed === 0 || claimed < wanted || running.size >= options.concurrency) await sleep();
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
