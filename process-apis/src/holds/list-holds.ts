import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { ProcessHold } from '@crossdock/shared-contracts/contracts/api/process-holds';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { HoldStatus } from '@crossdock/shared-contracts/contracts/model/hold';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { newestFirst, newestFirstAfter, newestFirstKey } from '../orders/newest-first';
import { findHold, HOLD_VIEW_INCLUDE, toProcessHold } from './hold-view';

export interface HoldFilter {
  status?: HoldStatus;
  reasonCode?: string;
  customerId?: string;
  orderId?: string;
  cursor?: string;
  limit?: number;
}

/** Holds newest first, cursor-paginated, filtered by all that is given; a customer-scoped caller sees only its own. */
export async function listHolds(
  db: ProcessDatabase,
  principal: Principal,
  filter: HoldFilter,
): Promise<Page<ProcessHold>> {
  const take = pageSize(filter.limit);
  const where: Prisma.HoldWhereInput = { ...newestFirstAfter(filter.cursor) };
  if (filter.status) where.status = filter.status;
  if (filter.reasonCode) where.reasonCode = filter.reasonCode;
  if (filter.orderId) where.orderId = filter.orderId;
  const customerId = principal.customerId ?? filter.customerId;
  if (customerId) where.order = { customerId };
  const rows = await db.hold.findMany({ where, orderBy: newestFirst(), take: take + 1, include: HOLD_VIEW_INCLUDE });
  const page = toPage(rows, take, newestFirstKey);
  return { ...page, items: page.items.map(toProcessHold) };
}

export async function getHold(db: ProcessDatabase, principal: Principal, holdId: string): Promise<ProcessHold> {
  return toProcessHold(await findHold(db, principal, holdId));
}
