import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/api/process-orders';
import { actorName, type Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import {
  ConflictError,
  NotFoundError,
  UpstreamProblemError,
} from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Order } from '../generated/prisma/client';
import { parkJob } from '../pipeline/job-queue';
import { writeEvent } from '../pipeline/order-events';
import { compensateOrder } from '../pipeline/saga';
import { reservationsOf } from '../pipeline/steps/reserve';
import type { ProcessServices } from '../process-services';
import { recordStep } from '../timeline/record-step';
import { requiredText } from './operator-only';
import { getOrder } from './place-order';
import { lockOrder } from './resume-order';

/** Statuses after goods left: a cancel is too late, the goods come back as a return. */
const SHIPPED_STATUSES: ReadonlySet<string> = new Set(['PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED']);
// How long a cancel waits for a step that is running right now to finish, before it says "try again".
const IN_FLIGHT_WAIT_MS = 10_000;
const STEP = 'cancel';

type CancelServices = Pick<ProcessServices, 'db' | 'systemApi' | 'logger' | 'clock' | 'waiter'>;

/**
 * Cancels an order before it ships. A submitted order is cancelled in the ERP first (which gives
 * its stock back; the ERP refuses once goods have shipped). An order still in the pipeline (or
 * held, or dead-lettered) is taken off it, then its reservations are released. Cancelling a
 * cancelled order answers it, after releasing anything a failed first attempt left held. A
 * customer-scoped caller may cancel only its own orders; another customer's does not exist.
 */
export async function cancelOrder(
  services: CancelServices,
  principal: Principal,
  orderId: string,
  reason: string,
): Promise<ProcessOrder> {
  const why = requiredText(reason, 'reason');
  const actor = actorName(principal);
  let waited = false;
  for (;;) {
    const order = await services.db.order.findUnique({ where: { id: orderId } });
    if (!order || (principal.customerId && order.customerId !== principal.customerId))
      throw new NotFoundError(`Order ${orderId} does not exist.`);
    if (order.status === 'CANCELLED') {
      await releaseReservations(services, order, actor);
      return getOrder(services, principal, orderId);
    }
    if (order.status === 'REJECTED')
      throw new ConflictError(
        'order-not-cancellable',
        'The order cannot be cancelled',
        `Order ${orderId} was rejected; there is nothing to cancel.`,
      );
    if (SHIPPED_STATUSES.has(order.status))
      throw new ConflictError(
        'order-not-cancellable',
        'The order cannot be cancelled',
        `Order ${orderId} is ${order.status}: goods have left; return them instead.`,
      );
    if (order.status === 'SUBMITTED') {
      await cancelInErp(services, order, why, actor);
      return getOrder(services, principal, orderId);
    }
    if (order.status === 'FAILED' && !order.erpOrderId) {
      // A submit whose answer was lost may have created the ERP order: cancel that, not just ours.
      const inErp = await services.systemApi.findSalesOrderByKey(order.id);
      if (inErp) {
        await services.db.order.update({ where: { id: order.id }, data: { erpOrderId: inErp.id } });
        await cancelInErp(services, { ...order, erpOrderId: inErp.id }, why, actor);
        return getOrder(services, principal, orderId);
      }
    }
    const stopped = await stopPipeline(services, order, why, actor);
    if (stopped === 'cancelled') {
      await releaseReservations(services, order, actor);
      return getOrder(services, principal, orderId);
    }
    if (stopped === 'in-flight') {
      // A worker is in the middle of a step: let it finish (submitted, held, ...) and cancel that.
      if (waited)
        throw new ConflictError(
          'order-in-flight',
          'The order is being processed right now',
          `The pipeline is working on order ${orderId}; try the cancel again in a few seconds.`,
        );
      await services.waiter.waitForSettled(orderId, IN_FLIGHT_WAIT_MS);
      waited = true;
    }
    // 'moved': the status changed under us (submitted a moment ago): look again.
  }
}

/**
 * Takes the order off the pipeline and marks it cancelled, in one transaction: the job parked
 * 'done' so no worker claims it again, the status CANCELLED so a worker that still holds it stops
 * at its next step, open holds closed. A job a worker holds right now (its lease runs) is not
 * touched: its step's outcome would land on top of the cancel, so the caller waits for it instead.
 * Claims skip the job row while it is locked here, so none can start between the look and the park.
 */
async function stopPipeline(
  services: CancelServices,
  before: Order,
  reason: string,
  actor: string,
): Promise<'cancelled' | 'in-flight' | 'moved'> {
  const now = services.clock.now();
  return services.db.$transaction(async (tx) => {
    const order = await lockOrder(tx, before.id);
    if (order.status !== before.status) return 'moved';
    const [job] = await tx.$queryRaw<
      { state: string; step: string; leasedUntil: Date | null }[]
    >`select "state", "step", "leasedUntil" from "PipelineJob" where "orderId" = ${order.id} for update`;
    // A failed order's job only gives reservations back; the cancel does that too, and the job's
    // own commit sees it parked and drops its result, so there is nothing to wait for.
    if (job && job.state === 'ready' && job.step !== 'compensate' && job.leasedUntil && job.leasedUntil > now)
      return 'in-flight';
    if (job) await parkJob(tx, order.id, 'done');
    await tx.order.update({ where: { id: order.id }, data: { status: 'CANCELLED' } });
    const closed = await tx.hold.updateMany({
      where: { orderId: order.id, status: 'open' },
      data: { status: 'rejected', resolvedAt: now, resolvedBy: actor, resolution: `Order cancelled: ${reason}` },
    });
    const holds = closed.count > 0 ? `; ${closed.count} open hold(s) closed` : '';
    await recordStep(tx, {
      orderId: order.id,
      step: STEP,
      outcome: 'succeeded',
      detail: `Cancelled while ${order.status}: ${reason}${holds}`,
      actor,
    });
    await writeEvent(tx, order, 'cancelled', { reason, previousStatus: order.status });
    return 'cancelled';
  });
}

/**
 * Gives back what the order still holds in the ERP. When the ERP cannot be reached, the order stays
 * cancelled with its reservations recorded, the timeline says so, and the error goes to the caller:
 * cancelling again releases them.
 */
async function releaseReservations(services: CancelServices, order: Order, actor: string): Promise<void> {
  const held = reservationsOf(await services.db.order.findUniqueOrThrow({ where: { id: order.id } }));
  if (order.erpOrderId) return; // an ERP order's reservations went with its cancel
  try {
    // Back through the whole saga: whatever the order's steps left in other systems is given back.
    await compensateOrder(services, order, {});
  } catch (error) {
    await recordStep(services.db, {
      orderId: order.id,
      step: STEP,
      outcome: 'failed',
      detail: `${held.length} reservation(s) could not be released yet; cancel again to release them.`,
      actor,
    });
    throw error;
  }
  await recordStep(services.db, {
    orderId: order.id,
    step: STEP,
    outcome: 'succeeded',
    detail: `${held.length} reservation(s) released`,
    actor,
  });
}

/**
 * A submitted order is cancelled in the ERP (which releases the stock held on its lines), then
 * here. The ERP refusing with 409 means goods have shipped: answered as a conflict, and noted on
 * the timeline. The ERP call comes before the transaction, and cancelling there is idempotent.
 */
async function cancelInErp(services: CancelServices, order: Order, reason: string, actor: string): Promise<void> {
  if (!order.erpOrderId) throw new Error(`Order ${order.id} is SUBMITTED without an ERP order id.`);
  try {
    await services.systemApi.cancelSalesOrder(order.erpOrderId, reason);
  } catch (error) {
    if (!(error instanceof UpstreamProblemError && error.status === 409)) throw error;
    await recordStep(services.db, {
      orderId: order.id,
      step: STEP,
      outcome: 'failed',
      detail: `The ERP refused to cancel ${order.erpOrderId}: ${error.message}`,
      actor,
    });
    throw new ConflictError(
      'order-not-cancellable',
      'The order cannot be cancelled',
      `The ERP refused to cancel ${order.erpOrderId}: ${error.message}`,
    );
  }
  await services.db.$transaction(async (tx) => {
    const locked = await lockOrder(tx, order.id);
    if (locked.status === 'CANCELLED') return; // a concurrent cancel recorded it
    // Usually the job is done already (submit was the last step); a failed order's may still be
    // retrying its compensation, which the cancel makes moot.
    await tx.pipelineJob.updateMany({ where: { orderId: order.id }, data: { state: 'done', leasedUntil: null } });
    await tx.order.update({ where: { id: order.id }, data: { status: 'CANCELLED' } });
    await recordStep(tx, {
      orderId: order.id,
      step: STEP,
      outcome: 'succeeded',
      detail: `Cancelled: ${reason}; ERP order ${order.erpOrderId} cancelled and its stock released`,
      actor,
    });
    await writeEvent(tx, locked, 'cancelled', { reason, previousStatus: locked.status, erpOrderId: order.erpOrderId });
  });
}
