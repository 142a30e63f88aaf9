import { createHash } from 'node:crypto';
import { z } from 'zod';
import { idText, optionalText } from '../channel-values';
import type { PollContext } from '../polling/channel-connector';
import { parseDocument, readChannelJson } from '../read-channel-json';
import { DEFAULT_PAGE_SIZE, later, MAX_PAGES_PER_POLL } from './poll-window';
import { amazonOrdersPageSchema } from './read-amazon-orders';
import type { SpApiSession } from './sp-api-session';

const ORDERS_PATH = '/orders/v0/orders';
const cancelledOrder = z.object({
  AmazonOrderId: idText,
  OrderStatus: z.literal('Canceled'),
  LastUpdateDate: optionalText,
});

/**
 * getOrders for the orders cancelled since the bookmark (`LastUpdatedAfter` it, `OrderStatuses`
 * Canceled; from this poll's start the first time), then NextToken: each page holding one is kept
 * and taken in, and cancels the orders taken in by earlier polls. The bookmark is the newest
 * `LastUpdateDate` seen, which Amazon lists again: a page of the same orders at the same
 * `LastUpdateDate` is the same delivery, kept once. Answers the documents and the next bookmark.
 */
export async function pollCancelledOrders(
  context: PollContext,
  session: SpApiSession,
): Promise<{ documentIds: string[]; since: string }> {
  const from = context.cursor.cancelledSince ?? context.now.toISOString();
  const marketplaceIds = (context.connection.marketplaceIds ?? []).join(',');
  const documentIds: string[] = [];
  let since = from;
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
    const query = nextToken
      ? { MarketplaceIds: marketplaceIds, NextToken: nextToken }
      : {
          MarketplaceIds: marketplaceIds,
          LastUpdatedAfter: from,
          OrderStatuses: 'Canceled',
          MaxResultsPerPage: String(context.connection.pageSize ?? DEFAULT_PAGE_SIZE),
        };
    const answer = await session.get(ORDERS_PATH, query);
    const listing = parseDocument(amazonOrdersPageSchema, readChannelJson(answer.data), 'getOrders answer').payload;
    const cancelled = listing.Orders.flatMap((order) => {
      const read = cancelledOrder.safeParse(order);
      return read.success ? [read.data] : [];
    });
    if (cancelled.length > 0) {
      const seen = cancelled.map((order) => `${order.AmazonOrderId}@${order.LastUpdateDate ?? ''}`).join('\n');
      const deliveryId = `cancelled:${createHash('sha256').update(seen).digest('hex')}`;
      const contentType = answer.headers['content-type'] ?? 'application/json';
      const part = { name: ORDERS_PATH, contentType, body: answer.data };
      documentIds.push((await context.ingest('amazon-orders-page', [part], deliveryId)).documentId);
      since = cancelled.map((order) => order.LastUpdateDate ?? since).reduce(later, since);
    }
    nextToken = listing.NextToken;
    if (!nextToken) break;
  }
  return { documentIds, since };
}
