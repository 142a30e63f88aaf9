import { randomUUID } from 'node:crypto';
import type {
  BulkReleaseHoldsRequest,
  BulkReleaseHoldsResult,
  HoldNotReleased,
} from '@crossdock/shared-contracts/contracts/process-work-queue';
import { actorName, type Principal } from '@crossdock/shared-contracts/context/request-context';
import { recordSupportAction } from '../audit/record-action';
import { MAX_REPLAYS_PER_REQUEST, SAMPLE_SIZE, whyNot } from '../dead-letters/replay-dead-letters';
import type { Prisma } from '../generated/prisma/client';
import { requiredText, requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { holdQueueWhere } from './hold-queue';
import { HOLD_VIEW_INCLUDE, toProcessHold } from './hold-view';
import { releaseHold } from './release-hold';

/**
 * Releases every open hold the filter matches, oldest first, up to as many per request as a bulk
 * replay; each one exactly as a single release (the order resumes when it has no other open hold).
 * A dry run only counts and shows the first few. One that cannot be released now (the ERP down to
 * prepare it, released meanwhile by someone else) is listed with why, and the rest go on. Asking
 * again releases nothing twice: a released hold is no longer open.
 */
export async function releaseHolds(
  services: ProcessServices,
  principal: Principal,
  request: BulkReleaseHoldsRequest,
): Promise<BulkReleaseHoldsResult> {
  requireOperator(principal, 'resolve holds');
  const { dryRun, comment: given, ...filter } = request;
  const where: Prisma.HoldWhereInput = {
    AND: holdQueueWhere({ ...filter, status: 'open' }, principal, services.clock.now()),
  };
  const oldestFirst = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
  const [matched, sample] = await Promise.all([
    services.db.hold.count({ where }),
    services.db.hold.findMany({ where, orderBy: oldestFirst, take: SAMPLE_SIZE, include: HOLD_VIEW_INCLUDE }),
  ]);
  const preview = { matched, sample: sample.map(toProcessHold) };
  if (dryRun) return { dryRun: true, ...preview, released: 0, orderIds: [], notReleased: [], more: false };
  const comment = requiredText(given ?? '', 'comment');
  const holds = await services.db.hold.findMany({
    where,
    orderBy: oldestFirst,
    take: MAX_REPLAYS_PER_REQUEST + 1,
    select: { id: true, orderId: true },
  });
  const bulkActionId = randomUUID();
  const orderIds: string[] = [];
  const notReleased: HoldNotReleased[] = [];
  for (const hold of holds.slice(0, MAX_REPLAYS_PER_REQUEST)) {
    try {
      await releaseHold(services, principal, hold.id, comment, 0, undefined, bulkActionId);
      orderIds.push(hold.orderId);
    } catch (error) {
      notReleased.push({ holdId: hold.id, orderId: hold.orderId, detail: whyNot(services, hold, error) });
    }
  }
  const more = holds.length > MAX_REPLAYS_PER_REQUEST;
  const auditId = await recordSupportAction(services.db, {
    id: bulkActionId,
    action: 'bulk-release',
    actor: actorName(principal),
    comment,
    subjectType: 'filter',
    details: { filter, matched, released: orderIds.length, notReleased, more },
  });
  return { dryRun: false, ...preview, released: orderIds.length, orderIds, notReleased, more, auditId };
}
