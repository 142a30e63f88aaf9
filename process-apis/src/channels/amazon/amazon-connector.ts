import { z } from 'zod';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { idText, optionalText } from '../channel-values';
import type { ChannelConnector, PollContext, PollCursor, PollResult } from '../polling/channel-connector';
import { pollCancelledOrders } from './cancelled-orders';
import { LwaTokens } from './lwa-tokens';
import { createdAfterOf, DEFAULT_PAGE_SIZE, later, MAX_PAGES_PER_POLL } from './poll-window';
import { pollSearchOrders } from './search-orders';
import { spApiSession, type SpApiSession } from './sp-api-session';
import { parseDocument, readChannelJson } from '../read-channel-json';
import {
  amazonOrderItemsPageSchema,
  amazonOrdersPageSchema,
  orderItemsPartName,
  restrictedPartNames,
} from './read-amazon-orders';

const ORDERS_PATH = '/orders/v0/orders';

const orderKey = z.object({ AmazonOrderId: idText, PurchaseDate: optionalText, OrderStatus: optionalText });

/**
 * Polls Amazon's Selling Partner API. Orders API v0 (the default): getOrders with CreatedAfter and
 * then NextToken, and getOrderItems (with its own NextToken) for each order not taken in before,
 * and, when the partner is set up for buyer data, getOrderAddress and getOrderBuyerInfo with a
 * Restricted Data Token. Orders API 2026-01-01 (`ordersApi`): searchOrders, whose answer holds the
 * items and buyer data itself. The bookmark is the page token while a listing is under way, else the
 * newest purchase date seen (CreatedAfter includes that instant, so the order at it comes again
 * and is recognised). Then, with v0, the orders cancelled since the last poll (see cancelled-orders).
 * Access tokens come from Login with Amazon when the partner has LWA credentials.
 */
export function createAmazonConnector(tokens: LwaTokens = new LwaTokens()): ChannelConnector {
  return {
    headers: (connection) => ({ Accept: 'application/json', 'x-amz-access-token': connection.accessToken ?? '' }),
    // The access token travels in x-amz-access-token; no Authorization header at all.
    bearerToken: () => undefined,
    poll: (context) => {
      const session = spApiSession(context, tokens);
      return context.connection.ordersApi === '2026-01-01'
        ? pollSearchOrders(context, session)
        : pollOrdersV0(context, session);
    },
  };
}

export const amazonConnector: ChannelConnector = createAmazonConnector();

async function pollOrdersV0(context: PollContext, session: SpApiSession): Promise<PollResult> {
  const marketplaceIds = (context.connection.marketplaceIds ?? []).join(',');
  const createdAfter = createdAfterOf(context);
  let nextToken = context.cursor.nextToken;
  let newest = context.cursor.newestPurchaseDate ?? createdAfter;
  let cursor: PollCursor = { ...context.cursor, cancelledSince: undefined };
  const documentIds: string[] = [];
  for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
    const query = nextToken
      ? { MarketplaceIds: marketplaceIds, NextToken: nextToken }
      : {
          MarketplaceIds: marketplaceIds,
          CreatedAfter: createdAfter,
          MaxResultsPerPage: String(context.connection.pageSize ?? DEFAULT_PAGE_SIZE),
        };
    const answer = await session.get(ORDERS_PATH, query);
    const listing = parseDocument(amazonOrdersPageSchema, readChannelJson(answer.data), 'getOrders answer').payload;
    // An order whose id cannot be read is in the kept page, and reported there; the others go on.
    const orders = listing.Orders.flatMap((order) => {
      const key = orderKey.safeParse(order);
      return key.success ? [key.data] : [];
    });
    const known = await context.takenInBefore(orders.map((order) => order.AmazonOrderId));
    // A Canceled order is no order to fetch items for: the page cancels it if it is kept for others,
    // and the listing of cancellations below cancels one taken in before.
    const fresh = orders.filter((order) => !known.has(order.AmazonOrderId) && order.OrderStatus !== 'Canceled');
    if (fresh.length > 0) {
      const parts: DocumentPart[] = [{ name: ORDERS_PATH, contentType: contentTypeOf(answer), body: answer.data }];
      for (const order of fresh) {
        parts.push(...(await orderItems(session, order.AmazonOrderId)));
        if (context.connection.buyerData) parts.push(...(await restrictedParts(session, order.AmazonOrderId)));
      }
      documentIds.push((await context.ingest('amazon-orders-page', parts)).documentId);
    }
    newest = orders.map((order) => order.PurchaseDate ?? newest).reduce(later, newest);
    nextToken = listing.NextToken;
    cursor = nextToken ? { createdAfter, nextToken, newestPurchaseDate: newest } : { createdAfter: newest };
    await context.saveCursor({ ...cursor, cancelledSince: context.cursor.cancelledSince });
    if (!nextToken) break;
  }
  const cancelled = await pollCancelledOrders(context, session);
  await context.saveCursor({ ...cursor, cancelledSince: cancelled.since });
  return { documentIds: [...documentIds, ...cancelled.documentIds] };
}

/** Every page of getOrderItems for an order, each kept as received. */
async function orderItems(session: SpApiSession, amazonOrderId: string): Promise<DocumentPart[]> {
  const path = orderItemsPartName(amazonOrderId);
  const parts: DocumentPart[] = [];
  const seenTokens = new Set<string>();
  let nextToken: string | undefined;
  do {
    const answer = await session.get(path, nextToken ? { NextToken: nextToken } : undefined);
    parts.push({ name: path, contentType: contentTypeOf(answer), body: answer.data });
    // An answer that cannot be read is kept all the same: the order is reported with why, not the page.
    nextToken = readableNextToken(answer.data);
    // A token handed out twice would page in a circle: the reader adds no item twice, and the loop stops here.
    if (nextToken && seenTokens.has(nextToken)) break;
    if (nextToken) seenTokens.add(nextToken);
  } while (nextToken && parts.length < MAX_PAGES_PER_POLL);
  return parts;
}

/** The order's shipping address and buyer, from the restricted operations, with one Restricted Data Token. */
async function restrictedParts(session: SpApiSession, amazonOrderId: string): Promise<DocumentPart[]> {
  const { address, buyerInfo } = restrictedPartNames(amazonOrderId);
  const answers = await session.getRestricted([address, buyerInfo]);
  return [address, buyerInfo].map((name, index) => ({
    name,
    contentType: contentTypeOf(answers[index]!),
    body: answers[index]!.data,
  }));
}

function readableNextToken(body: Buffer): string | undefined {
  try {
    return parseDocument(amazonOrderItemsPageSchema, readChannelJson(body), 'getOrderItems answer').payload.NextToken;
  } catch {
    return undefined;
  }
}

const contentTypeOf = (answer: { headers: Record<string, string> }) =>
  answer.headers['content-type'] ?? 'application/json';
