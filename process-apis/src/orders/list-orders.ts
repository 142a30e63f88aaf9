import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/api/process-orders';
import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { SalesChannel, SalesOrderStatus } from '@crossdock/shared-contracts/contracts/model/sales-order';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { newestFirst, newestFirstAfter, newestFirstKey } from './newest-first';
import { ORDER_VIEW_INCLUDE, toProcessOrder } from './order-view';

export interface OrderFilter {
  customerId?: string;
  status?: SalesOrderStatus;
  channel?: SalesChannel;
  /** The order's id in its channel (a PO number, a Shopify order id). */
  sourceOrderId?: string;
  /** Created at or after this instant. */
  createdFrom?: Date;
  /** Created before this instant (the range is half-open, so consecutive ranges do not overlap). */
  createdTo?: Date;
  cursor?: string;
  limit?: number;
}

/** Orders newest first, cursor-paginated, filtered by all that is given; a customer-scoped caller sees only its own. */
export async function listOrders(
  db: ProcessDatabase,
  principal: Principal,
  filter: OrderFilter,
): Promise<Page<ProcessOrder>> {
  if (filter.createdFrom && filter.createdTo && filter.createdFrom > filter.createdTo) {
    throw new ValidationError('createdFrom is after createdTo.', [
      { field: 'createdTo', message: 'before createdFrom' },
    ]);
  }
  const take = pageSize(filter.limit);
  const where: Prisma.OrderWhereInput = { ...newestFirstAfter(filter.cursor) };
  const customerId = principal.customerId ?? filter.customerId;
  if (customerId) where.customerId = customerId;
  if (filter.status) where.status = filter.status;
  if (filter.channel) where.channel = filter.channel;
  if (filter.sourceOrderId) where.sourceOrderId = filter.sourceOrderId;
  if (filter.createdFrom || filter.createdTo) where.createdAt = { gte: filter.createdFrom, lt: filter.createdTo };
  const rows = await db.order.findMany({ where, orderBy: newestFirst(), take: take + 1, include: ORDER_VIEW_INCLUDE });
  const page = toPage(rows, take, newestFirstKey);
  return { ...page, items: page.items.map(toProcessOrder) };
}
