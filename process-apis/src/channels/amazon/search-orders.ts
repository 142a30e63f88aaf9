import type { DocumentPart } from '../../inbound-documents/document-part';
import type { PollContext, PollResult } from '../polling/channel-connector';
import { parseDocument, readChannelJson } from '../read-channel-json';
import { createdAfterOf, DEFAULT_PAGE_SIZE, later, MAX_PAGES_PER_POLL } from './poll-window';
import { searchOrdersPageSchema, SEARCH_ORDERS_PATH, searchOrderKey } from './read-amazon-search-orders';
import type { SpApiSession } from './sp-api-session';

// Items are always in the answer; the buyer and the ship-to only when asked for.
const INCLUDED_DATA = 'BUYER,RECIPIENT';

/**
 * Polls with the Orders API v2026-01-01: searchOrders with createdAfter, then its pagination
 * token. One answer holds each order's items, buyer and ship-to (no getOrderItems, no Restricted
 * Data Token), so a page with orders not taken in before is kept as one document.
 */
export async function pollSearchOrders(context: PollContext, session: SpApiSession): Promise<PollResult> {
  const marketplaceIds = (context.connection.marketplaceIds ?? []).join(',');
  const createdAfter = createdAfterOf(context);
  let pageToken = context.cursor.paginationToken;
  let newest = context.cursor.newestPurchaseDate ?? createdAfter;
  const documentIds: string[] = [];
  for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
    const query = pageToken
      ? { marketplaceIds, paginationToken: pageToken }
      : {
          marketplaceIds,
          createdAfter,
          maxResultsPerPage: String(context.connection.pageSize ?? DEFAULT_PAGE_SIZE),
          includedData: INCLUDED_DATA,
        };
    const answer = await session.get(SEARCH_ORDERS_PATH, query);
    const listing = parseDocument(searchOrdersPageSchema, readChannelJson(answer.data), 'searchOrders answer');
    const orders = listing.orders.flatMap((order) => {
      const key = searchOrderKey.safeParse(order);
      return key.success ? [key.data] : [];
    });
    const known = await context.takenInBefore(orders.map((order) => order.orderId));
    if (orders.some((order) => !known.has(order.orderId))) {
      const parts: DocumentPart[] = [
        {
          name: SEARCH_ORDERS_PATH,
          contentType: answer.headers['content-type'] ?? 'application/json',
          body: answer.data,
        },
      ];
      documentIds.push((await context.ingest('amazon-search-orders-page', parts)).documentId);
    }
    newest = orders.map((order) => order.createdTime ?? newest).reduce(later, newest);
    pageToken = listing.pagination?.nextToken;
    await context.saveCursor(
      pageToken ? { createdAfter, paginationToken: pageToken, newestPurchaseDate: newest } : { createdAfter: newest },
    );
    if (!pageToken) break;
  }
  return { documentIds };
}
