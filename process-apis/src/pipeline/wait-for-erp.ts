import { recordStep } from '../timeline/record-step';
import { inLiveJobTransaction, JobTakenAway } from './live-job';
import { DEFAULT_ERP_MAX_WAIT_MS, PIPELINE_ACTOR, type PipelineDeps } from './pipeline-deps';
import { waitForErpJob, waitingSinceOf } from './waiting-jobs';

/** What became of an order whose step found the ERP unavailable. */
export type ErpWaitOutcome = { waiting: true } | { waiting: false; unavailableSince: Date };

/**
 * The ERP is unavailable for this order's step (or for giving back its reservations, at
 * `compensate`): the order waits for it without using up an attempt, and says so on its timeline
 * once, however often it is woken to find the ERP still away. An order at a step of the saga that
 * has waited longer than the pipeline's `erpMaxWaitMs` does not wait again: the caller
 * dead-letters it. Giving reservations back waits as long as it takes.
 */
export async function waitForErp(
  deps: PipelineDeps,
  job: { orderId: string; step: string },
  reason: string,
  options: { mayExpire: boolean } = { mayExpire: job.step !== 'compensate' },
): Promise<ErpWaitOutcome> {
  const now = deps.clock.now();
  const maxWaitMs = deps.retry.erpMaxWaitMs ?? DEFAULT_ERP_MAX_WAIT_MS;
  return inLiveJobTransaction(
    deps,
    job,
    async (tx): Promise<ErpWaitOutcome> => {
      const since = await waitingSinceOf(tx, job.orderId);
      if (options.mayExpire && since && now.getTime() - since.getTime() >= maxWaitMs)
        return { waiting: false, unavailableSince: since };
      const wait = await waitForErpJob(tx, job.orderId, reason, now);
      if (wait.began)
        await recordStep(tx, {
          orderId: job.orderId,
          step: job.step,
          outcome: 'waiting',
          detail: `Waiting for the ERP: ${reason}`,
          actor: PIPELINE_ACTOR,
        });
      return { waiting: true };
    },
    { announce: true },
  );
}

/** The reason an order is dead-lettered with once it has waited for the ERP too long. */
export const erpUnavailableSince = (since: Date): string => `ERP unavailable since ${since.toISOString()}`;

/**
 * A customer's orders reach the ERP in the order they arrived: an order claimed while an earlier
 * one of its customer still waits for the ERP waits behind it (and is woken after it, being
 * later). Answers the orders of `entries` that now wait; one query when nothing waits.
 */
export async function waitBehindEarlierOrders(
  deps: PipelineDeps,
  entries: readonly { order: { id: string }; step: string }[],
): Promise<Set<string>> {
  if (entries.length === 0) return new Set();
  const behind = await deps.db.$queryRaw<{ orderId: string }[]>`
    select j."orderId" from "PipelineJob" as j join "Order" as o on o."id" = j."orderId"
     where j."orderId" = any(${entries.map((entry) => entry.order.id)}::text[])
       and exists (select 1 from "PipelineJob" as w join "Order" as earlier on earlier."id" = w."orderId"
                    where w."state" = 'waiting' and w."step" <> 'compensate'
                      and earlier."customerId" = o."customerId" and w."runAt" < j."runAt")`;
  const waiting = new Set<string>();
  for (const { orderId } of behind) {
    const step = entries.find((entry) => entry.order.id === orderId)!.step;
    await waitForErp(deps, { orderId, step }, 'earlier orders of this customer are waiting for it.', {
      mayExpire: false,
    }).then(
      () => waiting.add(orderId),
      (error: unknown) => {
        if (!(error instanceof JobTakenAway)) throw error;
      },
    );
  }
  return waiting;
}
