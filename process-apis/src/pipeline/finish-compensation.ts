import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { Order } from '../generated/prisma/client';
import { markSubmitted } from './erp-has-order';
import { waitsForErp } from './erp-unavailable';
import { parkJob, scheduleRetry } from './job-queue';
import { dropIfTakenAway, inLiveJobTransaction, JobTakenAway } from './live-job';
import { asOrder, compensateSaga, type PipelineDeps } from './pipeline-deps';
import { COMPENSATE } from './technical-failure';
import { waitForErp } from './wait-for-erp';

/**
 * Compensates a failed order's saga, retried (without limit, with backoff) until done: stock is
 * never stranded. The walk starts again from the step the order was dead-lettered at; every
 * compensation is safe to repeat, so one that broke off halfway (the ERP went away, the worker
 * died) simply goes through again. While the ERP is unavailable it waits for it, as orders do, and
 * goes through once the ERP answers. If the ERP turns out to have the order after all, it is submitted.
 */
export async function finishCompensation(deps: PipelineDeps, orderId: string): Promise<void> {
  const order = await deps.db.order.findUnique({ where: { id: orderId } });
  if (!order) return parkJob(deps.db, orderId, 'done');
  await dropIfTakenAway(deps, orderId, () =>
    asOrder(order, async () => {
      try {
        await compensateOrSubmit(deps, order);
      } catch (error) {
        if (error instanceof JobTakenAway) throw error;
        const message = coerceError(error).message;
        if (await waitsForErp(deps, error)) {
          await waitForErp(deps, { orderId, step: COMPENSATE }, `compensation: ${coerceError(error).error.message}`);
          return;
        }
        await inLiveJobTransaction(deps, { orderId, step: COMPENSATE }, (tx) =>
          scheduleRetry(tx, orderId, `compensation: ${message}`, deps.clock.now(), {
            baseMs: deps.retry.baseDelayMs,
            capMs: deps.retry.maxDelayMs,
          }),
        );
      }
    }),
  );
}

async function compensateOrSubmit(deps: PipelineDeps, order: Order): Promise<void> {
  const orderId = order.id;
  // The ERP's own error when it cannot say: an unavailable ERP is waited for.
  const inErp = await deps.systemApi.findSalesOrderByKey(orderId);
  if (inErp) {
    await deps.db.deadLetter.updateMany({
      where: { orderId, replayedAt: null },
      data: { replayedAt: deps.clock.now(), replayedBy: 'pipeline (the ERP had the order)' },
    });
    return markSubmitted(deps, order, inErp, 'found while giving back its reservations', COMPENSATE);
  }
  await compensateSaga(deps, order, { from: await failedStep(deps, orderId) });
  await inLiveJobTransaction(deps, { orderId, step: COMPENSATE }, (tx) => parkJob(tx, orderId, 'dead'));
}

/** The step the order was dead-lettered at, where its compensation starts; without a dead letter, the whole saga is walked back. */
async function failedStep(deps: PipelineDeps, orderId: string): Promise<string | undefined> {
  const deadLetter = await deps.db.deadLetter.findFirst({
    where: { orderId, replayedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { step: true },
  });
  return deadLetter?.step;
}
