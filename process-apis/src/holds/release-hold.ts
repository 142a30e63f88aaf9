import type { ProcessHold } from '@crossdock/shared-contracts/contracts/process-holds';
import { actorName, type Principal } from '@crossdock/shared-contracts/context/request-context';
import { ConflictError, ValidationError } from '@crossdock/shared-contracts/errors/errors';
import type { Address } from '@crossdock/shared-contracts/model/address';
import type { HoldReasonCode } from '@crossdock/shared-contracts/model/hold';
import { recordSupportAction } from '../audit/record-action';
import type { Prisma } from '../generated/prisma/client';
import { fieldsWithControlCharacters } from '../inbound-documents/storable-text';
import { writeEvent } from '../pipeline/order-events';
import { missingParts } from '../pipeline/steps/ship-to';
import { requiredText, requireOperator } from '../orders/operator-only';
import { lockOrder, prepareResume, resumeOrder, type ResumePoint } from '../orders/resume-order';
import type { ProcessServices } from '../process-services';
import { recordStep } from '../timeline/record-step';
import { findHold, type HoldRow } from './hold-view';
import { getHold } from './list-holds';

/**
 * Reasons a person may let an order through as it is: judgements (over the credit limit, another
 * price than the customer's, backorders for a customer who takes none). The rest leave the later
 * steps nothing to work with (an unknown item or customer, a unit that does not convert, no price,
 * no complete address to tax), or are the ERP's own refusal, which it repeats (it takes no order for
 * a customer on hold): the order would stop again at once, so those are fixed and released, or
 * rejected.
 */
export const OVERRIDABLE_REASONS: ReadonlySet<HoldReasonCode> = new Set<HoldReasonCode>([
  'CREDIT_LIMIT',
  'PRICE_MISMATCH',
  'INSUFFICIENT_STOCK',
]);

type Resolution = (
  | { status: 'released'; note?: string; shipTo?: Address }
  | { status: 'overridden'; reason: string }
) & {
  /** The bulk release this one is part of, for the audit trail. */
  bulkActionId?: string;
};

/**
 * The cause was fixed (the item created, the customer taken off hold): the order goes on. For an
 * incomplete address the person may give the ship-to here: orders are not edited any other way.
 */
export async function releaseHold(
  services: ProcessServices,
  principal: Principal,
  holdId: string,
  note: string | undefined,
  waitMs: number,
  shipTo?: Address,
  bulkActionId?: string,
): Promise<ProcessHold> {
  const trimmed = note?.trim() || undefined;
  requireOperator(principal, 'resolve holds');
  if (shipTo) {
    const missing = missingParts(shipTo);
    if (missing.length > 0)
      throw new ValidationError(
        `The ship-to is incomplete: ${missing.join('; ')}.`,
        missing.map((part) => ({ field: `shipTo.${part.split(':')[0]}`, message: part })),
      );
    const unprintable = fieldsWithControlCharacters(shipTo, ['shipTo']);
    if (unprintable.length > 0)
      throw new ValidationError(
        'The ship-to holds control characters (such as NUL).',
        unprintable.map((field) => ({ field, message: 'holds a control character' })),
      );
  }
  const resolution: Resolution = { status: 'released', note: trimmed, shipTo, bulkActionId };
  return resolveAndResume(services, principal, holdId, resolution, waitMs);
}

/**
 * The order goes on as it is: the hold's reason code joins the order's overridden reasons, which
 * the steps no longer stop for. The reason is kept on the hold and on the timeline with the actor.
 */
export async function overrideHold(
  services: ProcessServices,
  principal: Principal,
  holdId: string,
  reason: string,
  waitMs: number,
): Promise<ProcessHold> {
  return resolveAndResume(
    services,
    principal,
    holdId,
    { status: 'overridden', reason: requiredText(reason, 'reason') },
    waitMs,
  );
}

/**
 * Resolves an open hold and, when the order has no other open hold, puts it back on the pipeline
 * at the step that stopped (see prepareResume), wakes the worker, and writes order.released. One
 * transaction, under the order's lock; what calls the ERP is done before it. With `waitMs`, waits
 * that long for the order to settle again, so the answer can say how it went.
 */
async function resolveAndResume(
  services: ProcessServices,
  principal: Principal,
  holdId: string,
  resolution: Resolution,
  waitMs: number,
): Promise<ProcessHold> {
  requireOperator(principal, 'resolve holds');
  const actor = actorName(principal);
  const hold = await findHold(services.db, principal, holdId);
  assertOpen(hold);
  if (resolution.status === 'overridden' && !OVERRIDABLE_REASONS.has(hold.reasonCode as HoldReasonCode)) {
    throw new ConflictError(
      'hold-not-overridable',
      'This hold cannot be overridden',
      `A ${hold.reasonCode} hold stops the order for data it cannot go on without; fix the data and release the hold, or reject the order.`,
    );
  }
  const order = await services.db.order.findUniqueOrThrow({ where: { id: hold.orderId } });
  // Computed before the transaction (it may call the ERP), whether or not this hold is the last one
  // open: a hold resolved at the same moment may make it the last.
  const point = await prepareResume(services, order, hold.step);
  const resumed = await services.db.$transaction(async (tx) => {
    const locked = await lockOrder(tx, hold.orderId);
    const current = await tx.hold.findUniqueOrThrow({ where: { id: holdId } });
    assertOpen(current);
    if (locked.status !== 'HELD')
      throw new ConflictError('order-not-held', 'The order is not held', `Order ${locked.id} is ${locked.status}.`);
    const now = services.clock.now();
    if (resolution.status === 'released' && resolution.shipTo)
      await shipOrderTo(tx, locked, current.reasonCode, resolution.shipTo, actor);
    const text = resolution.status === 'released' ? resolution.note : resolution.reason;
    await tx.hold.update({
      where: { id: holdId },
      data: { status: resolution.status, resolvedAt: now, resolvedBy: actor, resolution: text ?? null },
    });
    if (resolution.status === 'overridden' && !locked.overriddenReasons.includes(current.reasonCode)) {
      await tx.order.update({ where: { id: locked.id }, data: { overriddenReasons: { push: current.reasonCode } } });
    }
    const stillOpen = await tx.hold.count({ where: { orderId: locked.id, status: 'open' } });
    if (stillOpen === 0) await resumeOrder(tx, locked.id, point, now);
    await recordStep(tx, {
      orderId: locked.id,
      step: resolution.status === 'released' ? 'release' : 'override',
      outcome: 'succeeded',
      detail: describe(current, resolution, stillOpen, point),
      actor,
    });
    await recordSupportAction(tx, {
      action: resolution.status === 'released' ? 'release' : 'override',
      actor,
      comment: text,
      orderId: locked.id,
      subjectType: 'hold',
      subjectId: holdId,
      details: {
        reasonCode: current.reasonCode,
        stillOpen,
        resumesAt: stillOpen === 0 ? point.step : undefined,
        shipTo: resolution.status === 'released' ? resolution.shipTo : undefined,
        bulkActionId: resolution.bulkActionId,
      },
    });
    if (stillOpen === 0) {
      await writeEvent(tx, locked, 'released', {
        holdId,
        reasonCode: current.reasonCode,
        resolution: resolution.status,
        ...(text ? { note: text } : {}),
        resumesAt: point.step,
      });
    }
    return stillOpen === 0;
  });
  if (resumed) {
    services.worker.wake();
    if (waitMs > 0) await services.waiter.waitForSettled(hold.orderId, waitMs);
  }
  return getHold(services.db, principal, holdId);
}

/** A person gave the address an ADDRESS_INCOMPLETE hold waits for: it becomes the order's ship-to. */
async function shipOrderTo(
  tx: Prisma.TransactionClient,
  order: { id: string; received: Prisma.JsonValue },
  reasonCode: string,
  shipTo: Address,
  actor: string,
): Promise<void> {
  if (reasonCode !== 'ADDRESS_INCOMPLETE') {
    throw new ConflictError(
      'hold-not-about-address',
      'This hold is not about the address',
      `A ship-to is given only when releasing an ADDRESS_INCOMPLETE hold; this one is ${reasonCode}.`,
    );
  }
  const received = { ...(order.received as Prisma.JsonObject), shipTo } as unknown as Prisma.InputJsonValue;
  await tx.order.update({ where: { id: order.id }, data: { received } });
  await recordStep(tx, {
    orderId: order.id,
    step: 'release',
    outcome: 'succeeded',
    detail: `Ship-to set by ${actor}: ${shipTo.city}, ${shipTo.country}.`,
    actor,
  });
}

/** Only an open hold can be acted on; a resolved one is a conflict (409). */
export function assertOpen(hold: Pick<HoldRow, 'id' | 'status'>): void {
  if (hold.status !== 'open')
    throw new ConflictError(
      'hold-resolved',
      'The hold was resolved already',
      `Hold ${hold.id} is ${hold.status}; only an open hold can be released, overridden or rejected.`,
    );
}

function describe(
  hold: { reasonCode: string; step: string },
  resolution: Resolution,
  stillOpen: number,
  point: ResumePoint,
): string {
  const what =
    resolution.status === 'released'
      ? `${hold.reasonCode} hold released${resolution.note ? `: ${resolution.note}` : ''}`
      : `${hold.reasonCode} overridden: ${resolution.reason}`;
  return stillOpen === 0
    ? `${what}. The order resumes at ${point.step}.`
    : `${what}. ${stillOpen} other hold(s) still open.`;
}
