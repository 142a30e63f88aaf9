import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/page';
import type { ProcessHold } from '@crossdock/shared-contracts/contracts/process-holds';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import type { ProcessDatabase } from '../database';
import { newestFirst, newestFirstAfter, newestFirstKey } from '../orders/newest-first';
import { findHold, HOLD_VIEW_INCLUDE, toProcessHold } from './hold-view';
import { holdQueueWhere, type HoldQueueFilter } from './hold-queue';

export interface HoldFilter extends HoldQueueFilter {
  cursor?: string;
  limit?: number;
}

/** Holds newest first, cursor-paginated, filtered by all that is given; a customer-scoped caller sees only its own. */
export async function listHolds(
  db: ProcessDatabase,
  principal: Principal,
  filter: HoldFilter,
  now: Date,
): Promise<Page<ProcessHold>> {
  const take = pageSize(filter.limit);
  const rows = await db.hold.findMany({
    where: { ...newestFirstAfter(filter.cursor), AND: holdQueueWhere(filter, principal, now) },
    orderBy: newestFirst(),
    take: take + 1,
    include: HOLD_VIEW_INCLUDE,
  });
  const page = toPage(rows, take, newestFirstKey);
  return { ...page, items: page.items.map(toProcessHold) };
}

export async function getHold(db: ProcessDatabase, principal: Principal, holdId: string): Promise<ProcessHold> {
  return toProcessHold(await findHold(db, principal, holdId));
}
