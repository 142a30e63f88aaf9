import { EQUAL_JITTER } from '@crossdock/shared-contracts/platform/http-client/backoff';
import type { Prisma } from '../generated/prisma/client';
import type { ProcessDatabase } from '../database';
import { registeredWorkers, type WorkerIdentity } from './worker-registry';

/** A job as a worker holds it after claiming it. */
export interface ClaimedJob {
  orderId: string;
  step: string;
  /** Attempts at this step, this one included (counted when claimed). */
  attempts: number;
}

/** A job just claimed, with the time it has been due since (the order's arrival, or its retry's time). */
export type DueJob = ClaimedJob & { runAt: Date };

type JobWriter = Pick<Prisma.TransactionClient, 'pipelineJob' | '$executeRaw'>;

/** Channel a busy replica NOTIFYs on when jobs are ready (announce-jobs.ts), so idle replicas wake at once. */
export const JOB_READY_CHANNEL = 'crossdock_pipeline_job_ready';

/** Puts an order on the pipeline, at `step`, ready now. Inside the transaction that stores the order; wake the worker after it. */
export async function enqueueJob(tx: JobWriter, orderId: string, step: string, now: Date): Promise<void> {
  await tx.pipelineJob.upsert({
    where: { orderId },
    create: { orderId, step, state: 'ready', runAt: now },
    update: { step, state: 'ready', attempts: 0, runAt: now, leasedUntil: null, lastError: null, waitingSince: null },
  });
}

/**
 * Claims up to `limit` ready jobs whose time has come, in one statement: rows another worker is
 * claiming are skipped, not waited for, and the attempt is counted at claim time, so a worker that
 * dies mid-step has still used the attempt. A claimant names itself on the jobs it takes, and takes
 * too the jobs of a worker known to be gone (see registeredWorkers) without waiting for their lease.
 * A job of a worker not registered when the statement began (deregistered, swept, or registered
 * since: its claim may have been committed meanwhile) is taken once it has not moved for
 * `reclaimAfterMs`. The lease stays the last safety net: a job whose lease ran out is free, whoever holds it.
 */
export async function claimJobs(
  db: ProcessDatabase,
  limit: number,
  now: Date,
  leaseMs: number,
  claimant?: WorkerIdentity,
): Promise<DueJob[]> {
  const leasedUntil = new Date(now.getTime() + leaseMs);
  const unmovedSince = claimant ? new Date(now.getTime() - claimant.reclaimAfterMs) : null;
  return db.$queryRaw<DueJob[]>`
    with workers as materialized (${registeredWorkers(claimant)})
    update "PipelineJob" as job
       set "leasedUntil" = ${leasedUntil}::timestamp, "leasedBy" = ${claimant?.id ?? null}, "attempts" = job."attempts" + 1, "updatedAt" = ${now}::timestamp
     where job."orderId" in (
       select "orderId" from "PipelineJob" as due
        where "state" = 'ready' and "runAt" <= ${now}::timestamp
          and ("leasedUntil" is null or "leasedUntil" < ${now}::timestamp
               or (${unmovedSince}::timestamp is not null and "leasedBy" is not null
                   and not exists (select 1 from workers as w where w."id" = due."leasedBy" and w."alive")
                   and (exists (select 1 from workers as w where w."id" = due."leasedBy") or due."updatedAt" < ${unmovedSince}::timestamp)))
        order by "runAt"
        limit ${limit}
        for update skip locked)
    returning job."orderId", job."step", job."attempts", job."runAt"`;
}

/**
 * The step succeeded: move on to `step`, which this worker starts at once (its first attempt), and
 * renew the lease for it. Whatever wait for the ERP it had is over.
 */
export async function advanceJob(tx: JobWriter, orderId: string, step: string, leasedUntil: Date): Promise<void> {
  await tx.pipelineJob.update({
    where: { orderId },
    data: { step, attempts: 1, lastError: null, leasedUntil, waitingSince: null },
  });
}

/**
 * A technical failure with attempts left: try again later. The wait grows exponentially with the
 * attempts (capped) and is jittered, so a crowd of failed jobs does not retry in step: the one
 * backoff formula (`crossdock_backoff_ms`, see shared-contracts/src/platform/http-client/backoff.ts).
 * A retry follows an attempt the ERP answered, so any wait for the ERP is over (`waitingSince` cleared).
 */
export async function scheduleRetry(
  tx: JobWriter,
  orderId: string,
  error: string,
  now: Date,
  backoff: { baseMs: number; capMs: number },
): Promise<void> {
  await tx.$executeRaw`
    update "PipelineJob"
       set "runAt" = ${now}::timestamp + make_interval(secs => crossdock_backoff_ms("attempts" - 1, ${backoff.baseMs}::float8, ${backoff.capMs}::float8, ${EQUAL_JITTER}::float8, random()) / 1000),
           "leasedUntil" = null, "lastError" = ${error}, "waitingSince" = null, "updatedAt" = ${now}::timestamp
     where "orderId" = ${orderId}`;
}

/** The job stops: held for a person, dead-lettered, or done. */
export async function parkJob(
  tx: JobWriter,
  orderId: string,
  state: 'held' | 'dead' | 'done',
  error?: string,
): Promise<void> {
  await tx.pipelineJob.update({
    where: { orderId },
    data: { state, leasedUntil: null, waitingSince: null, ...(error ? { lastError: error } : {}) },
  });
}
