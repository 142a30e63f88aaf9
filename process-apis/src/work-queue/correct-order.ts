import type { ChannelSalesOrder } from '@crossdock/shared-contracts/model/order-input';
import { ConflictError, NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import { isUniqueViolation } from '@crossdock/shared-contracts/database/unique-violation';
import { recordSupportAction } from '../audit/record-action';
import { requestHash } from '../idempotency/request-hash';
import { Prisma, type Order } from '../generated/prisma/client';
import { lockOrder, resumeOrder, type ResumePoint } from '../orders/resume-order';
import { writeEvent } from '../pipeline/order-events';
import { compensateOrder } from '../pipeline/saga';
import type { ProcessServices } from '../process-services';
import { recordStep } from '../timeline/record-step';

/** A corrected canonical order, and why (see correctAndReplay). */
export interface Correction {
  comment: string;
  /** The canonical order as it should have arrived, with the partner's terms it carried. */
  after: ChannelSalesOrder;
  /** What else the audit entry tells (the cross-reference fix it came from, ...). */
  details?: Record<string, unknown>;
}

export interface CorrectedOrder {
  before: ChannelSalesOrder;
  after: ChannelSalesOrder;
  resumesAt: string;
  auditId: string;
}

// A corrected order is taken from the top: every step judges the new data afresh.
const FROM_THE_TOP: ResumePoint = { step: 'validate', status: 'RECEIVED' };

/**
 * Replaces the canonical order of a held order (with an open hold) or a failed one (with a dead
 * letter not replayed) and runs it through the pipeline again from validation: its open holds are
 * released and its dead letters marked replayed, by the actor, with the comment. What the order did
 * in the ERP (reservations) is walked back first, as a rejection does: the new lines are planned
 * afresh. The canonical order before and after is kept on the audit trail; the received fingerprint
 * is not changed, so the partner resending the original is still recognised as that order.
 */
export async function correctAndReplay(
  services: ProcessServices,
  actor: string,
  orderId: string,
  correction: Correction,
): Promise<CorrectedOrder> {
  const order = await services.db.order.findUnique({ where: { id: orderId } });
  if (!order) throw new NotFoundError(`Order ${orderId} does not exist.`);
  await assertCorrectable(services, order);
  await compensateOrder(services, order, {});
  const before = order.received as unknown as ChannelSalesOrder;
  const { after } = correction;
  const auditId = await services.db
    .$transaction(async (tx) => {
      const locked = await lockOrder(tx, orderId);
      const { holds, letters } = await stuck(tx, locked);
      const now = services.clock.now();
      await tx.order.update({
        where: { id: orderId },
        data: {
          received: after as unknown as Prisma.InputJsonValue,
          customerId: after.customerId,
          purchaseOrderNumber: after.purchaseOrderNumber ?? null,
          currency: after.currency ?? null,
          pricedLines: Prisma.DbNull,
          plan: Prisma.DbNull,
          subtotal: null,
          tax: null,
          total: null,
        },
      });
      const resolution = `Order corrected: ${correction.comment}`;
      const changed = changedFields(before, after);
      const holdIds = holds.map((hold) => hold.id);
      const deadLetterIds = letters.map((letter) => letter.id);
      await tx.hold.updateMany({
        where: { id: { in: holdIds } },
        data: { status: 'released', resolvedAt: now, resolvedBy: actor, resolution },
      });
      await tx.deadLetter.updateMany({
        where: { id: { in: deadLetterIds } },
        data: { replayedAt: now, replayedBy: actor },
      });
      await resumeOrder(tx, orderId, FROM_THE_TOP, now);
      await recordStep(tx, {
        orderId,
        step: 'correct',
        outcome: 'replayed',
        detail: `Canonical order corrected (${changed.join(', ') || 'no field changed'}): ${correction.comment} The order resumes at ${FROM_THE_TOP.step}.`,
        actor,
      });
      await writeEvent(tx, locked, 'corrected', {
        holdIds,
        deadLetterIds,
        changedFields: changed,
        resumesAt: FROM_THE_TOP.step,
      });
      return recordSupportAction(tx, {
        action: 'edit-order',
        actor,
        comment: correction.comment,
        orderId,
        subjectType: 'order',
        subjectId: orderId,
        details: { ...correction.details, before, after, holdIds, deadLetterIds, resumesAt: FROM_THE_TOP.step },
      });
    })
    .catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      throw new ConflictError(
        'order-exists-for-customer',
        'The customer has this order already',
        `Customer ${after.customerId} has a ${after.channel} order ${after.sourceOrderId} already.`,
      );
    });
  services.worker.wake();
  return { before, after, resumesAt: FROM_THE_TOP.step, auditId };
}

/** The open holds of a held order, or the dead letters not replayed of a failed one; else a conflict. */
async function stuck(tx: Prisma.TransactionClient, order: Order) {
  const holds = order.status === 'HELD' ? await tx.hold.findMany({ where: { orderId: order.id, status: 'open' } }) : [];
  const letters =
    order.status === 'FAILED' ? await tx.deadLetter.findMany({ where: { orderId: order.id, replayedAt: null } }) : [];
  if (holds.length + letters.length === 0)
    throw new ConflictError(
      'order-not-correctable',
      'Only a held or failed order is corrected',
      `Order ${order.id} is ${order.status} with nothing open for a person: only an order waiting on a hold or a dead letter is corrected and replayed.`,
    );
  return { holds, letters };
}

/** Before the transaction: the order must be stuck, and a failed submit must not have reached the ERP after all. */
async function assertCorrectable(services: ProcessServices, order: Order): Promise<void> {
  const { letters } = await stuck(services.db, order);
  if (letters.some((letter) => letter.step === 'submit') && (await services.systemApi.findSalesOrderByKey(order.id)))
    throw new ConflictError(
      'order-in-erp',
      'The ERP has the order already',
      `The ERP took order ${order.id} although its answer was lost: replay the dead letter instead of changing the order.`,
    );
}

/** The top-level fields that differ (whatever their keys' order), for the timeline; the audit trail keeps both whole. */
function changedFields(before: ChannelSalesOrder, after: ChannelSalesOrder): string[] {
  const was = before as unknown as Record<string, unknown>;
  const is = after as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(was), ...Object.keys(is)])].filter(
    (key) => requestHash(was[key] ?? null) !== requestHash(is[key] ?? null),
  );
}
