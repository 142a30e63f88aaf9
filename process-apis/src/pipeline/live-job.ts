import type { Prisma } from '../generated/prisma/client';
import type { PipelineDeps } from './pipeline-deps';

/** The job was taken from this worker (cancelled, rejected, or its lease went to another worker). */
export class JobTakenAway extends Error {}

/** The job a worker writes for: the order's, at the step the worker ran (or 'compensate'). */
export interface LiveJob {
  orderId: string;
  step: string;
}

/**
 * Writes what this worker decided for an order in one transaction that first locks the order's
 * job row and checks the job is still this worker's: ready, at the step the worker ran, and (for a
 * worker that names itself) still leased by it. A release,
 * replay, cancel or reject that happened meanwhile wins: nothing is written, and JobTakenAway is
 * thrown so the caller goes no further with the order (see dropIfTakenAway). The lock is held to
 * the commit, so nothing can move the job between the check and the writes. With `announce`,
 * whoever waits for the order is told once the writes are committed.
 */
export async function inLiveJobTransaction<T>(
  deps: PipelineDeps,
  job: LiveJob,
  write: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { announce?: boolean } = {},
): Promise<T> {
  const result = await deps.db.$transaction(async (tx) => {
    await lockLiveJob(tx, job, deps.workerId);
    return write(tx);
  });
  if (options.announce) deps.onOrderChanged?.(job.orderId);
  return result;
}

async function lockLiveJob(tx: Prisma.TransactionClient, { orderId, step }: LiveJob, workerId?: string): Promise<void> {
  const [job] = await tx.$queryRaw<
    { state: string; step: string; leasedBy: string | null }[]
  >`select "state", "step", "leasedBy" from "PipelineJob" where "orderId" = ${orderId} for update`;
  // A release, replay or cancel meanwhile moved the job elsewhere: this worker's result is stale.
  if (job?.state !== 'ready' || job.step !== step)
    throw new JobTakenAway(`The job of order ${orderId} is ${job ? `${job.state} at ${job.step}` : 'gone'}.`);
  // Another worker took it, this one being taken for gone: the job is the other's now.
  if (workerId !== undefined && job.leasedBy !== workerId)
    throw new JobTakenAway(`The job of order ${orderId} was taken over by worker ${job.leasedBy ?? 'none'}.`);
}

/** Runs what a worker does for one order; if its job was taken away meanwhile, the result is dropped (and logged), not an error. */
export async function dropIfTakenAway(deps: PipelineDeps, orderId: string, work: () => Promise<void>): Promise<void> {
  await work().catch((error: unknown) => {
    if (!(error instanceof JobTakenAway)) throw error;
    deps.logger.info('pipeline job taken away; its result is dropped', { orderId, reason: error.message });
  });
}
