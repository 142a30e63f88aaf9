import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { JobAnnouncer } from './announce-jobs';
import { watchForErp } from './erp-watch';
import { intakeFirstPause } from './intake-first';
import { claimJobs, type DueJob } from './job-queue';
import { runJobs, type PipelineDeps } from './run-job';
import type { WorkerIdentity } from './worker-registry';

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
  /**
   * Taking orders first: while orders arrive in this process, and every order of the last batch
   * was through within this many milliseconds of being due, the worker pauses after a batch for as
   * long as the batch took. 0 never pauses.
   */
  intakeFirstMs: number;
  /** How often the ERP is probed while orders wait for it (see watchForErp); 1 s when absent. */
  erpProbeMs?: number;
}

const DEFAULT_ERP_PROBE_MS = 1000;

/** How a worker shares the work: with other replicas, and with requests waiting for an outcome. */
export interface WorkSharing {
  /** Tells the other replicas that jobs are waiting; stopped by its owner after the worker. */
  peers?: JobAnnouncer;
  /** Whether a request in this process waits for an order's outcome: then the worker does not pause. */
  anyoneWaiting?: () => boolean;
  /**
   * The worker's registration (worker-registry.ts): it names itself on the jobs it claims, and takes
   * those of workers known to be gone. Without it, only leases give a dead worker's jobs back.
   */
  identity?: WorkerIdentity;
}

export interface PipelineWorker {
  /**
   * A job became ready in this process (an order was stored, a hold released): look for jobs now,
   * and when this worker is busy with all the batches it may run, tell the other replicas.
   */
  wake(): void;
  /** Another replica said that jobs are ready: look for them now. */
  wakeFromPeer(): void;
  /** Takes no new jobs and waits for the running ones to finish their step. */
  stop(): Promise<void>;
}

/**
 * Runs the order pipeline from the job table: claims due jobs up to its concurrency, in batches, runs them,
 * and sleeps until woken (by a NOTIFY, or by this process) or the poll interval passes. Several
 * workers, in one process or many, share the table safely: claims skip each other's rows.
 */
export function startPipelineWorker(
  given: PipelineDeps,
  options: WorkerOptions,
  sharing: WorkSharing = {},
): PipelineWorker {
  const { peers, anyoneWaiting = () => false, identity } = sharing;
  const deps: PipelineDeps = identity ? { ...given, workerId: identity.id } : given;
  const running = new Set<Promise<void>>();
  let stopping = false;
  let wakeUp: (() => void) | undefined;
  let woken = false;
  // Monotonic times (performance.now()): when a job last became ready here, when the last claim began.
  let lastArrivalAt = Number.NEGATIVE_INFINITY;
  let lastClaimAt = Number.NEGATIVE_INFINITY;
  const pauses = interruptiblePauses();
  const full = () => running.size >= options.concurrency;

  const wake = () => {
    woken = true;
    wakeUp?.();
  };
  // An idle worker takes the job itself; only one that is busy needs the others' help.
  const wakeHere = () => {
    lastArrivalAt = performance.now();
    if (full() && !stopping) peers?.announce();
    wake();
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
      const wanted = full() ? 0 : options.batchSize;
      let claimed = 0;
      if (wanted > 0) {
        lastClaimAt = performance.now();
        const jobs = await claimJobs(deps.db, wanted, deps.clock.now(), deps.retry.leaseMs, identity).catch(
          (error: unknown) => {
            logFailure(deps.logger, 'could not claim pipeline jobs', error);
            return [];
          },
        );
        claimed = jobs.length;
        if (claimed > 0) {
          const startedAt = performance.now();
          const run = runJobs(deps, jobs)
            .catch((error: unknown) =>
              logFailure(
                deps.logger,
                'pipeline batch failed unexpectedly',
                error,
                jobs.map((job) => job.orderId).join(','),
              ),
            )
            .then(() => pauses.pause(pauseAfterBatch(jobs, startedAt)))
            .finally(() => {
              running.delete(run);
              // Orders of the batch may wait for the ERP now: the watch looks (it looks seldom while none waits).
              erpWatch.look();
              wake();
            });
          running.add(run);
          // A job that became ready while this claim was under way, which filled the worker: another replica's.
          if (full() && lastArrivalAt >= lastClaimAt) peers?.announce();
        }
      }
      // A full claim may mean more are waiting: look again at once; otherwise wait to be woken.
      if (claimed === 0 || claimed < wanted || full()) await sleep();
    }
  };
  // The batch's duration is monotonic time; how long its orders waited compares wall-clock times,
  // as their jobs' runAt was written.
  const pauseAfterBatch = (jobs: readonly DueJob[], startedAt: number): number => {
    if (stopping) return 0;
    const batch = { startedAt, finishedAt: performance.now(), dueSince: jobs.map((job) => job.runAt) };
    return intakeFirstPause(options.intakeFirstMs, batch, {
      lastArrivalAt,
      anyoneWaiting: anyoneWaiting(),
      now: deps.clock.now(),
    });
  };
  const looping = loop();
  const erpWatch = watchForErp(
    deps,
    deps.erpAnswers ?? (async () => false),
    { probeIntervalMs: options.erpProbeMs ?? DEFAULT_ERP_PROBE_MS, wakeBatch: options.batchSize * options.concurrency },
    wake,
  );

  return {
    wake: wakeHere,
    wakeFromPeer: wake,
    stop: async () => {
      stopping = true;
      // Jobs that became ready here since the last claim are left to the other replicas.
      if (lastArrivalAt >= lastClaimAt) peers?.announce();
      pauses.interrupt();
      wake();
      await erpWatch.stop();
      await looping;
      await Promise.allSettled([...running]);
    },
  };
}

/** Pauses that all end at once when interrupted (the worker is stopping). */
function interruptiblePauses() {
  const ending = new Set<() => void>();
  return {
    pause: (ms: number) =>
      ms <= 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const end = () => {
              clearTimeout(timer);
              ending.delete(end);
              resolve();
            };
            const timer = setTimeout(end, ms);
            ending.add(end);
          }),
    interrupt: () => {
      for (const end of [...ending]) end();
    },
  };
}

function logFailure(logger: Logger, message: string, error: unknown, orderId?: string): void {
  logger.error(message, { orderId, error: coerceError(error).message });
}
