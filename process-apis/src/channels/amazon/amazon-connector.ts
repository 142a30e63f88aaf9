import { z } from 'zod';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { idText, optionalText } from '../channel-values';
import type { ChannelConnector, PollContext, PollResult } from '../polling/channel-connector';
import { parseDocument, readChannelJson } from '../read-channel-json';
import { amazonOrderItemsPageSchema, amazonOrdersPageSchema, orderItemsPartName } from './read-amazon-orders';

// A poll reads at most this many pages of orders; the bookmark is kept after each page.
const MAX_PAGES_PER_POLL = 10;
const DEFAULT_PAGE_SIZE = 100;
// The first poll without a `startFrom` asks for the orders of the last day.
const FIRST_POLL_LOOKBACK_MS = 24 * 60 * 60_000;
const ORDERS_PATH = '/orders/v0/orders';

const orderKey = z.object({ AmazonOrderId: idText, PurchaseDate: optionalText });

/**
 * Polls Amazon's Selling Partner API (Orders v0): getOrders with CreatedAfter and then NextToken,
 * and getOrderItems (with its own NextToken) for each order not taken in before. The bookmark is
 * the NextToken while a listing is under way, else the newest PurchaseDate seen (CreatedAfter
 * includes that instant, so the order at it comes again and is recognised).
 */
export const amazonConnector: ChannelConnector = {
  headers: (connection) => ({ Accept: 'application/json', 'x-amz-access-token': connection.accessToken ?? '' }),
  // The LWA access token travels in x-amz-access-token; no Authorization header at all.
  bearerToken: () => undefined,
  async poll(context: PollContext): Promise<PollResult> {
    const marketplaceIds = (context.connection.marketplaceIds ?? []).join(',');
    const createdAfter = context.cursor.createdAfter ?? context.connection.startFrom ?? new Date(context.now.getTime() - FIRST_POLL_LOOKBACK_MS).toISOString();
    let nextToken = context.cursor.nextToken;
    let newest = context.cursor.newestPurchaseDate ?? createdAfter;
    const documentIds: string[] = [];
    for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
      const query = nextToken
        ? { MarketplaceIds: marketplaceIds, NextToken: nextToken }
        : { MarketplaceIds: marketplaceIds, CreatedAfter: createdAfter, MaxResultsPerPage: String(context.connection.pageSize ?? DEFAULT_PAGE_SIZE) };
      const answer = await context.client.get<Buffer>(ORDERS_PATH, { query, responseType: 'bytes' });
      const listing = parseDocument(amazonOrdersPageSchema, readChannelJson(answer.data), 'getOrders answer').payload;
      // An order whose id cannot be read is in the kept page, and reported there; the others go on.
      const orders = listing.Orders.flatMap((order) => {
        const key = orderKey.safeParse(order);
        return key.success ? [key.data] : [];
      });
      const known = await context.takenInBefore(orders.map((order) => order.AmazonOrderId));
      const fresh = orders.filter((order) => !known.has(order.AmazonOrderId));
      if (fresh.length > 0) {
        const parts: DocumentPart[] = [{ name: ORDERS_PATH, contentType: answer.headers['content-type'] ?? 'application/json', body: answer.data }];
        for (const order of fresh) parts.push(...(await orderItems(context, order.AmazonOrderId)));
        documentIds.push((await context.ingest('amazon-orders-page', parts)).documentId);
      }
      newest = orders.map((order) => order.PurchaseDate ?? newest).reduce(later, newest);
      nextToken = listing.NextToken;
      await context.saveCursor(nextToken ? { createdAfter, nextToken, newestPurchaseDate: newest } : { createdAfter: newest });
      if (!nextToken) break;
    }
    return { documentIds };
  },
};

/** Every page of getOrderItems for an order, each kept as received. */
async function orderItems(context: PollContext, amazonOrderId: string): Promise<DocumentPart[]> {
  const path = orderItemsPartName(amazonOrderId);
  const parts: DocumentPart[] = [];
  let nextToken: string | undefined;
  do {
    const answer = await context.client.get<Buffer>(path, { query: nextToken ? { NextToken: nextToken } : undefined, responseType: 'bytes' });
    parts.push({ name: path, contentType: answer.headers['content-type'] ?? 'application/json', body: answer.data });
    // An answer that cannot be read is kept all the same: the order is reported with why, not the page.
    nextToken = readableNextToken(answer.data);
  } while (nextToken && parts.length < MAX_PAGES_PER_POLL);
  return parts;
}

function readableNextToken(body: Buffer): string | undefined {
  try {
    return parseDocument(amazonOrderItemsPageSchema, readChannelJson(body), 'getOrderItems answer').payload.NextToken;
  } catch {
    return undefined;
  }
}

const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);
