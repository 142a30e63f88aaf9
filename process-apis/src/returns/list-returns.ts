import type { OrderReturnStatus, ProcessReturn } from '@crossdock/shared-contracts/contracts/api/process-returns';
import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { newestFirst, newestFirstAfter, newestFirstKey } from '../orders/newest-first';
import { returnView } from './return-view';

export interface ReturnFilter {
  customerId?: string;
  orderId?: string;
  status?: OrderReturnStatus;
  cursor?: string;
  limit?: number;
}

/** Returns newest first, cursor-paginated; a customer-scoped caller sees only its own. */
export async function listReturns(
  db: ProcessDatabase,
  principal: Principal,
  filter: ReturnFilter,
): Promise<Page<ProcessReturn>> {
  const take = pageSize(filter.limit);
  const where: Prisma.OrderReturnWhereInput = { ...newestFirstAfter(filter.cursor) };
  const customerId = principal.customerId ?? filter.customerId;
  if (customerId) where.customerId = customerId;
  if (filter.orderId) where.orderId = filter.orderId;
  if (filter.status) where.status = filter.status;
  const rows = await db.orderReturn.findMany({ where, orderBy: newestFirst(), take: take + 1 });
  const page = toPage(rows, take, newestFirstKey);
  return { ...page, items: page.items.map(returnView) };
}
