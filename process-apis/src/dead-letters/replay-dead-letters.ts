import type {
  DeadLetterNotReplayed,
  ProcessDeadLetter,
  ReplayDeadLettersRequest,
  ReplayDeadLettersResult,
} from '@crossdock/shared-contracts/contracts/process-dead-letters';
import { actorName, type Principal } from '@crossdock/shared-contracts/context/request-context';
import { CrossdockError } from '@crossdock/shared-contracts/errors/crossdock-error';
import { ConflictError } from '@crossdock/shared-contracts/errors/errors';
import { randomUUID } from 'node:crypto';
import { recordSupportAction } from '../audit/record-action';
import type { DeadLetter } from '../generated/prisma/client';
import { requiredText, requireOperator } from '../orders/operator-only';
import { lockOrder, prepareResume, resumeOrder } from '../orders/resume-order';
import { writeEvent } from '../pipeline/order-events';
import type { ProcessServices } from '../process-services';
import { recordStep } from '../timeline/record-step';
import { DEAD_LETTER_VIEW_INCLUDE, findDeadLetter, toProcessDeadLetter } from './dead-letter-view';
import { replayableWhere } from './dead-letter-queue';
import { getDeadLetter } from './list-dead-letters';

// One bulk replay does at most this many, one after the other; the answer says when more are left.
export const MAX_REPLAYS_PER_REQUEST = 500;
// A dry run shows this many of those that match.
export const SAMPLE_SIZE = 10;

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
  comment?: string,
): Promise<ProcessDeadLetter> {
  requireOperator(principal, 'replay dead letters');
  const letter = await findDeadLetter(services.db, principal, deadLetterId);
  await replayOne(services, actorName(principal), letter, { comment: comment?.trim() || undefined });
  services.worker.wake();
  if (waitMs > 0) await services.waiter.waitForSettled(letter.orderId, waitMs);
  return getDeadLetter(services.db, principal, deadLetterId);
}

/**
 * Replays every dead letter not yet replayed that matches the filter (all of them for an empty
 * one) and whose order is still FAILED, oldest first, up to MAX_REPLAYS_PER_REQUEST. A dry run only
 * counts them and shows the first few. One that cannot be replayed now (the ERP still down,
 * replayed meanwhile by someone else) is listed with why, and the rest go on. Asking again replays
 * nothing twice: a replayed dead letter no longer matches.
 */
export async function replayDeadLetters(
  services: ProcessServices,
  principal: Principal,
  filter: ReplayDeadLettersRequest,
): Promise<ReplayDeadLettersResult> {
  requireOperator(principal, 'replay dead letters');
  const where = replayableWhere(filter, principal, services.clock.now());
  const oldestFirst = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
  const [matched, sample] = await Promise.all([
    services.db.deadLetter.count({ where }),
    services.db.deadLetter.findMany({
      where,
      orderBy: oldestFirst,
      take: SAMPLE_SIZE,
      include: DEAD_LETTER_VIEW_INCLUDE,
    }),
  ]);
  const preview = { matched, sample: sample.map(toProcessDeadLetter) };
  if (filter.dryRun) return { dryRun: true, ...preview, replayed: 0, orderIds: [], notReplayed: [], more: false };
  const comment = requiredText(filter.comment ?? '', 'comment');
  const actor = actorName(principal);
  const letters = await services.db.deadLetter.findMany({
    where,
    orderBy: oldestFirst,
    take: MAX_REPLAYS_PER_REQUEST + 1,
  });
  const bulkActionId = randomUUID();
  const orderIds: string[] = [];
  const notReplayed: DeadLetterNotReplayed[] = [];
  for (const letter of letters.slice(0, MAX_REPLAYS_PER_REQUEST)) {
    try {
      await replayOne(services, actor, letter, { comment, bulkActionId });
      orderIds.push(letter.orderId);
      services.worker.wake();
    } catch (error) {
      notReplayed.push({ deadLetterId: letter.id, orderId: letter.orderId, detail: whyNot(services, letter, error) });
    }
  }
  const more = letters.length > MAX_REPLAYS_PER_REQUEST;
  const { dryRun: _dryRun, comment: _comment, ...asked } = filter;
  const auditId = await recordSupportAction(services.db, {
    id: bulkActionId,
    action: 'bulk-replay',
    actor,
    comment,
    subjectType: 'filter',
    details: { filter: asked, matched, replayed: orderIds.length, notReplayed, more },
  });
  return { dryRun: false, ...preview, replayed: orderIds.length, orderIds, notReplayed, more, auditId };
}

async function replayOne(
  services: ProcessServices,
  actor: string,
  letter: DeadLetter,
  why: { comment?: string; bulkActionId?: string },
): Promise<void> {
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
      detail: `Dead letter replayed after: ${letter.lastError} The order resumes at ${point.step}.${why.comment ? ` Comment: ${why.comment}` : ''}`,
      actor,
    });
    await writeEvent(tx, locked, 'replayed', { deadLetterId: letter.id, step: letter.step, resumesAt: point.step });
    await recordSupportAction(tx, {
      action: 'replay',
      actor,
      comment: why.comment,
      orderId: locked.id,
      subjectType: 'dead-letter',
      subjectId: letter.id,
      details: {
        step: letter.step,
        lastError: letter.lastError,
        resumesAt: point.step,
        bulkActionId: why.bulkActionId,
      },
    });
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

/** What a bulk action says about one it could not act on: our own errors' words, never an unexpected one's. */
export function whyNot(services: ProcessServices, subject: { id: string; orderId: string }, error: unknown): string {
  if (error instanceof CrossdockError) return error.message;
  services.logger.error('work queue action failed', {
    subjectId: subject.id,
    orderId: subject.orderId,
    error: error instanceof Error ? error.message : String(error),
  });
  return 'Unexpected error; see the logs under this correlation id.';
}
