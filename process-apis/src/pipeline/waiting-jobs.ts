import type { Prisma } from '../generated/prisma/client';
import type { ProcessDatabase } from '../database';

type JobWriter = Pick<Prisma.TransactionClient, 'pipelineJob'>;

/** A job that now waits for the ERP: since when, and whether it began waiting just now. */
export interface ErpWait {
  since: Date;
  began: boolean;
}

/**
 * Puts a claimed job to wait for the ERP: no worker claims it until the ERP answers again (see
 * wakeWaitingJobs), and the attempt its claim counted is given back. Its `runAt` stays, so it is
 * claimed again in its turn among the others: in arrival order. A job woken that finds the ERP
 * away again keeps the time it first began waiting. Inside the transaction that holds its row.
 */
export async function waitForErpJob(tx: JobWriter, orderId: string, reason: string, now: Date): Promise<ErpWait> {
  const job = await tx.pipelineJob.findUnique({ where: { orderId }, select: { waitingSince: true, attempts: true } });
  const since = job?.waitingSince ?? now;
  await tx.pipelineJob.update({
    where: { orderId },
    data: {
      state: 'waiting',
      attempts: Math.max(0, (job?.attempts ?? 0) - 1),
      leasedUntil: null,
      lastError: reason,
      waitingSince: since,
    },
  });
  return { since, began: !job?.waitingSince };
}

/**
 * A claimed job tried again at `runAt`, the attempt its claim counted given back: the call was
 * never sent (our circuit was still open), so the order has not used an attempt. The ERP answers,
 * so its wait is over: a later outage starts a wait of its own (and its own max-wait clock).
 */
export async function putBack(tx: JobWriter, orderId: string, reason: string, runAt: Date): Promise<void> {
  const job = await tx.pipelineJob.findUnique({ where: { orderId }, select: { attempts: true } });
  await tx.pipelineJob.update({
    where: { orderId },
    data: {
      attempts: Math.max(0, (job?.attempts ?? 0) - 1),
      runAt,
      leasedUntil: null,
      lastError: reason,
      waitingSince: null,
    },
  });
}

/** Since when a job has been waiting for the ERP (woken or not); undefined when it is not waiting. */
export async function waitingSinceOf(tx: JobWriter, orderId: string): Promise<Date | undefined> {
  const job = await tx.pipelineJob.findUnique({ where: { orderId }, select: { waitingSince: true } });
  return job?.waitingSince ?? undefined;
}

/**
 * The ERP answers again: makes up to `batch` waiting jobs ready, the earliest first, but only while
 * fewer than `batch` ready jobs wait to be claimed. So the backlog goes back to the workers a batch
 * at a time, in arrival order, instead of all at once (the thundering herd that would trip the
 * ERP's breaker again). Any replica may call it: rows another is waking are skipped. Answers how
 * many it woke.
 */
export async function wakeWaitingJobs(db: ProcessDatabase, batch: number, now: Date): Promise<number> {
  return db.$executeRaw`
    update "PipelineJob" as job set "state" = 'ready', "updatedAt" = ${now}::timestamp
     where job."orderId" in (
             select "orderId" from "PipelineJob" where "state" = 'waiting'
              order by "runAt", "orderId" limit ${batch} for update skip locked)
       and (select count(*) from (
             select 1 from "PipelineJob"
              where "state" = 'ready' and "runAt" <= ${now}::timestamp and ("leasedUntil" is null or "leasedUntil" < ${now}::timestamp)
              limit ${batch}) as unclaimed) < ${batch}`;
}

/**
 * Wakes the orders that have waited for the ERP longer than `maxWaitMs`, whether it answers or not:
 * run once more, one that still finds it unavailable is dead-lettered (see failTechnically). A
 * failed order waiting to give its reservations back has no such limit. Answers how many it woke.
 */
export async function wakeExpiredWaits(db: ProcessDatabase, maxWaitMs: number, now: Date): Promise<number> {
  const expiredSince = new Date(now.getTime() - maxWaitMs);
  return db.$executeRaw`
    update "PipelineJob" set "state" = 'ready', "updatedAt" = ${now}::timestamp
     where "state" = 'waiting' and "step" <> 'compensate' and "waitingSince" <= ${expiredSince}::timestamp`;
}

/** Whether any job waits for the ERP. */
export async function anyWaitingForErp(db: ProcessDatabase): Promise<boolean> {
  const job = await db.pipelineJob.findFirst({ where: { state: 'waiting' }, select: { orderId: true } });
  return job !== null;
}
