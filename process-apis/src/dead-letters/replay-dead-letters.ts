import type {
  DeadLetterNotReplayed,
  ProcessDeadLetter,
  ReplayDeadLettersRequest,
  ReplayDeadLettersResult,
} from '@crossdock/shared-contracts/contracts/process-dead-letters';
import { actorName, type Principal } from '@crossdock/shared-contracts/context/request-context';
import { coerceError } from '@crossdock/shared-contracts/errors/coerce-error';
import { ConflictError, InternalError } from '@crossdock/shared-contracts/errors/errors';
import type { DeadLetter, Prisma } from '../generated/prisma/client';
import { requireOperator } from '../orders/operator-only';
import { lockOrder, prepareResume, resumeOrder } from '../orders/resume-order';
import { writeEvent } from '../pipeline/order-events';
import type { ProcessServices } from '../process-services';
import { recordStep } from '../timeline/record-step';
import { findDeadLetter } from './dead-letter-view';
import { getDeadLetter } from './list-dead-letters';

// One bulk replay does at most this many, one after the other; the answer says when more are left.
export const MAX_REPLAYS_PER_REQUEST = 500;

/**
 * After the cause is fixed (the ERP is back): the order goes back on the pipeline at the step that
 * kept failing, attempts counted afresh, and the dead letter is marked replayed by whom. With
 * `waitMs`, waits that long for the order to settle again. A replayed dead letter, or one whose
 * order is no longer FAILED (cancelled since), is a conflict.
 */
export async function replayDeadLetter(
  services: ProcessServices,
  principal: Principal,
  deadLetterId: string,
  waitMs: number,
): Promise<ProcessDeadLetter> {
  requireOperator(principal, 'replay dead letters');
  const letter = await findDeadLetter(services.db, principal, deadLetterId);
  await replayOne(services, actorName(principal), letter);
  services.worker.wake();
  if (waitMs > 0) await services.waiter.waitForSettled(letter.orderId, waitMs);
  return getDeadLetter(services.db, principal, deadLetterId);
}

/**
 * Replays every dead letter not yet replayed that matches the filter (all of them for an empty
 * one) and whose order is still FAILED, oldest first, up to MAX_REPLAYS_PER_REQUEST. One that
 * cannot be replayed now (the ERP still down, replayed meanwhile by someone else) is listed with why,
 * and the rest go on.
 */
export async function replayDeadLetters(
  services: ProcessServices,
  principal: Principal,
  filter: ReplayDeadLettersRequest,
): Promise<ReplayDeadLettersResult> {
  requireOperator(principal, 'replay dead letters');
  const actor = actorName(principal);
  const where: Prisma.DeadLetterWhereInput = {
    replayedAt: null,
    order: { status: 'FAILED', ...(filter.customerId ? { customerId: filter.customerId } : {}) },
  };
  if (filter.step) where.step = filter.step;
  if (filter.since) where.createdAt = { gte: filter.since };
  const letters = await services.db.deadLetter.findMany({
    where,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: MAX_REPLAYS_PER_REQUEST + 1,
  });
  const orderIds: string[] = [];
  const notReplayed: DeadLetterNotReplayed[] = [];
  for (const letter of letters.slice(0, MAX_REPLAYS_PER_REQUEST)) {
    try {
      await replayOne(services, actor, letter);
      orderIds.push(letter.orderId);
      services.worker.wake();
    } catch (error) {
      notReplayed.push({ deadLetterId: letter.id, orderId: letter.orderId, detail: whyNot(services, letter, error) });
    }
  }
  return { replayed: orderIds.length, orderIds, notReplayed, more: letters.length > MAX_REPLAYS_PER_REQUEST };
}

async function replayOne(services: ProcessServices, actor: string, letter: DeadLetter): Promise<void> {
  const order = await services.db.order.findUniqueOrThrow({ where: { id: letter.orderId } });
  assertReplayable(letter, order.status);
  // Before the transaction: an order that died at reserve or submit may still hold stock, which
  // prepareResume gives back through the ERP (the dead-lettering could not when the ERP was down).
  const point = await prepareResume(services, order, letter.step);
  await services.db.$transaction(async (tx) => {
    const locked = await lockOrder(tx, letter.orderId);
    assertReplayable(await tx.deadLetter.findUniqueOrThrow({ where: { id: letter.id } }), locked.status);
    const now = services.clock.now();
    await tx.deadLetter.update({ where: { id: letter.id }, data: { replayedAt: now, replayedBy: actor } });
    await resumeOrder(tx, locked.id, point, now);
    await recordStep(tx, {
      orderId: locked.id,
      step: letter.step,
      outcome: 'replayed',
      detail: `Dead letter replayed after: ${letter.lastError} The order resumes at ${point.step}.`,
      actor,
    });
    await writeEvent(tx, locked, 'replayed', { deadLetterId: letter.id, step: letter.step, resumesAt: point.step });
  });
}

function assertReplayable(letter: Pick<DeadLetter, 'id' | 'replayedAt' | 'replayedBy'>, orderStatus: string): void {
  if (letter.replayedAt)
    throw new ConflictError(
      'dead-letter-replayed',
      'The dead letter was replayed already',
      `Dead letter ${letter.id} was replayed at ${letter.replayedAt.toISOString()} by ${letter.replayedBy}.`,
    );
  if (orderStatus !== 'FAILED')
    throw new ConflictError(
      'order-not-failed',
      'The order is not failed',
      `The order of dead letter ${letter.id} is ${orderStatus}; only a FAILED order is replayed.`,
    );
}

/** What a bulk replay says about one it could not replay: our own errors' words, never an unexpected one's. */
function whyNot(services: ProcessServices, letter: DeadLetter, error: unknown): string {
  const { error: failure, message } = coerceError(error);
  if (failure instanceof InternalError)
    services.logger.error('dead letter replay failed', {
      deadLetterId: letter.id,
      orderId: letter.orderId,
      error: message,
    });
  return failure.message;
}
