import type { ProcessHold } from '@crossdock/shared-contracts/contracts/api/process-holds';
import { actorName, type Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ConflictError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { recordSupportAction } from '../audit/record-action';
import { requiredText, requireOperator } from '../orders/operator-only';
import { lockOrder } from '../orders/resume-order';
import { parkJob } from '../pipeline/job-queue';
import { writeEvent } from '../pipeline/order-events';
import { compensateOrder } from '../pipeline/saga';
import type { ProcessServices } from '../process-services';
import { recordStep } from '../timeline/record-step';
import { findHold } from './hold-view';
import { getHold } from './list-holds';
import { assertOpen } from './release-hold';

/**
 * The held order will not be fulfilled: it becomes REJECTED, every open hold of it 'rejected' with
 * the reason, its job done, and its whole saga walked back (before the transaction: that calls
 * the ERP; a held order was compensated when it was held, and compensating is idempotent).
 * order.rejected is written with the change. Nothing is sent to the ERP: a held order never reached it.
 */
export async function rejectHold(
  services: ProcessServices,
  principal: Principal,
  holdId: string,
  reason: string,
): Promise<ProcessHold> {
  requireOperator(principal, 'reject orders');
  const why = requiredText(reason, 'reason');
  const actor = actorName(principal);
  const hold = await findHold(services.db, principal, holdId);
  assertOpen(hold);
  const order = await services.db.order.findUniqueOrThrow({ where: { id: hold.orderId } });
  // The whole saga, not only from the held step: the order may have run later steps on an earlier
  // pass (held again after a release), and every compensation is a no-op when there is nothing to undo.
  await compensateOrder(services, order, {});
  await services.db.$transaction(async (tx) => {
    const locked = await lockOrder(tx, hold.orderId);
    assertOpen(await tx.hold.findUniqueOrThrow({ where: { id: holdId } }));
    if (locked.status !== 'HELD')
      throw new ConflictError('order-not-held', 'The order is not held', `Order ${locked.id} is ${locked.status}.`);
    const now = services.clock.now();
    const open = await tx.hold.findMany({
      where: { orderId: locked.id, status: 'open' },
      select: { id: true, reasonCode: true },
    });
    await tx.hold.updateMany({
      where: { id: { in: open.map((each) => each.id) } },
      data: { status: 'rejected', resolvedAt: now, resolvedBy: actor, resolution: why },
    });
    await tx.order.update({ where: { id: locked.id }, data: { status: 'REJECTED' } });
    await parkJob(tx, locked.id, 'done');
    const reasonCodes = open.map((each) => each.reasonCode);
    await recordStep(tx, {
      orderId: locked.id,
      step: 'reject',
      outcome: 'succeeded',
      detail: `Rejected (${reasonCodes.join(', ')}): ${why}`,
      actor,
    });
    await recordSupportAction(tx, {
      action: 'reject',
      actor,
      comment: why,
      orderId: locked.id,
      subjectType: 'hold',
      subjectId: holdId,
      details: { reasonCodes, holdIds: open.map((each) => each.id) },
    });
    await writeEvent(tx, locked, 'rejected', { reason: why, holdIds: open.map((each) => each.id), reasonCodes });
  });
  services.businessAnswers?.orderChanged(hold.orderId);
  return getHold(services.db, principal, holdId);
}
