import type { ClaimedJob } from './job-queue';
import { keepLeases, releaseLeases } from './leases';
import type { PipelineDeps } from './pipeline-deps';
import { finishCompensation } from './finish-compensation';
import { runBatch } from './run-batch';
import { COMPENSATE } from './technical-failure';

export { SETTLED_STATUSES, type PipelineDeps, type RetryPolicy } from './pipeline-deps';

/**
 * Runs a batch of claimed jobs: those at a step of the saga together, step by step (run-batch.ts),
 * and those of failed orders whose saga still waits to be compensated, each on its own.
 */
export async function runJobs(deps: PipelineDeps, jobs: readonly ClaimedJob[]): Promise<void> {
  const orderIds = jobs.map((job) => job.orderId);
  const stopRenewing = keepLeases(deps, orderIds);
  try {
    const compensating = jobs.filter((job) => job.step === COMPENSATE);
    await Promise.all([
      runBatch(
        deps,
        jobs.filter((job) => job.step !== COMPENSATE),
      ),
      ...compensating.map((job) => finishCompensation(deps, job.orderId)),
    ]);
  } catch (error) {
    // Something this worker did not expect (its database connection broke mid-batch): the jobs
    // still leased to it are let go at once, to be claimed again and their step repeated, rather
    // than waiting out the whole lease.
    await releaseLeases(deps, orderIds);
    throw error;
  } finally {
    stopRenewing();
  }
}

/** Runs one claimed job: a batch of one. */
export const runJob = (deps: PipelineDeps, job: ClaimedJob): Promise<void> => runJobs(deps, [job]);
