import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/process-orders';
import { decodeCheckedCursor, encodeCursor, pageSize, type Page } from '@crossdock/shared-contracts/contracts/page';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { ORDER_VIEW_INCLUDE, toProcessOrder } from './order-view';

export interface OrderFilter {
  customerId?: string;
  status?: string;
  cursor?: string;
  limit?: number;
}

/** Orders newest first, cursor-paginated; a customer-scoped caller sees only its own. */
export async function listOrders(db: ProcessDatabase, principal: Principal, filter: OrderFilter): Promise<Page<ProcessOrder>> {
  const take = pageSize(filter.limit);
  const where: Prisma.OrderWhereInput = {};
  const customerId = principal.customerId ?? filter.customerId;
  if (customerId) where.customerId = customerId;
  if (filter.status) where.status = filter.status;
  const after = decodeCheckedCursor(filter.cursor, (decoded) => /^\d{4}-\d{2}-\d{2}T[\d:.]+Z\|.+$/.test(decoded) && !Number.isNaN(Date.parse(decoded.split('|')[0]!)));
  if (after) {
    const [createdAt, id] = after.split('|') as [string, string];
    where.OR = [{ createdAt: { lt: new Date(createdAt) } }, { createdAt: new Date(createdAt), id: { lt: id } }];
  }
  const rows = await db.order.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: take + 1, include: ORDER_VIEW_INCLUDE });
  const items = rows.slice(0, take).map(toProcessOrder);
  const last = rows.length > take ? rows[take - 1] : undefined;
  return last ? { items, nextCursor: encodeCursor(`${last.createdAt.toISOString()}|${last.id}`) } : { items };
}
