import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { idText } from '../channel-values';
import type { ChannelConnector, PollContext, PollResult } from '../polling/channel-connector';
import { parseDocument, readChannelJson } from '../read-channel-json';
import { magentoOrderPageSchema } from './read-magento-orders';

// A poll reads at most this many pages; the bookmark is kept after each, and the next poll goes on.
const MAX_PAGES_PER_POLL = 10;
const DEFAULT_PAGE_SIZE = 50;
const ORDERS_PATH = '/V1/orders';

const orderKey = z.object({ entity_id: idText });
const cancelledOrder = z.object({ entity_id: idText, state: z.literal('canceled'), updated_at: z.string() });

/**
 * Polls Adobe Commerce (Magento 2): GET /V1/orders with searchCriteria for the orders whose entity
 * id is above the bookmark, oldest first. Entity ids only grow, so the bookmark (the last id taken
 * in) never skips an order created while polling, and never sees one twice. First, the orders
 * cancelled since the last poll (see pollCancellations): they cancel orders taken in before.
 */
export const magentoConnector: ChannelConnector = {
  headers: () => ({ Accept: 'application/json' }),
  bearerToken: (connection) => connection.accessToken,
  async poll(context: PollContext): Promise<PollResult> {
    const pageSize = context.connection.pageSize ?? DEFAULT_PAGE_SIZE;
    let lastEntityId = context.cursor.lastEntityId;
    const cancelled = await pollCancellations(context, pageSize);
    await context.saveCursor({ lastEntityId, cancelledSince: cancelled.since });
    const documentIds: string[] = [...cancelled.documentIds];
    for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
      const query = searchCriteria(lastEntityId, pageSize, context.connection.startFrom);
      const answer = await context.client.get<Buffer>(ORDERS_PATH, { query, responseType: 'bytes' });
      const part: DocumentPart = {
        name: `${ORDERS_PATH}?${new URLSearchParams(query)}`,
        contentType: answer.headers['content-type'] ?? 'application/json',
        body: answer.data,
      };
      const orders = parseDocument(
        magentoOrderPageSchema,
        readChannelJson(answer.data),
        'Magento order search result',
      ).items;
      if (orders.length === 0) break;
      documentIds.push((await context.ingest('magento-orders-page', [part])).documentId);
      lastEntityId = lastEntityIdOf(orders);
      await context.saveCursor({ lastEntityId, cancelledSince: cancelled.since });
      if (orders.length < pageSize) break;
    }
    return { documentIds };
  },
};

/**
 * The orders whose state became `canceled` since the bookmark (`updated_at` at or after it, oldest
 * first; from this poll's start the first time), each page that holds one kept and taken in: its
 * orders cancel the ones taken in before. `gteq` lists the bookmark's own second again (Magento
 * counts in seconds); a page of the same orders at the same `updated_at` is the same delivery, kept once.
 */
async function pollCancellations(context: PollContext, pageSize: number) {
  const from = context.cursor.cancelledSince ?? magentoTime(context.now);
  let since = from;
  const documentIds: string[] = [];
  for (let page = 1; page <= MAX_PAGES_PER_POLL; page++) {
    const query = {
      ...filter(0, 'state', 'canceled', 'eq'),
      ...filter(1, 'updated_at', from, 'gteq'),
      'searchCriteria[sortOrders][0][field]': 'updated_at',
      'searchCriteria[sortOrders][0][direction]': 'ASC',
      'searchCriteria[pageSize]': String(pageSize),
      'searchCriteria[currentPage]': String(page),
    };
    const answer = await context.client.get<Buffer>(ORDERS_PATH, { query, responseType: 'bytes' });
    const items = parseDocument(magentoOrderPageSchema, readChannelJson(answer.data), 'Magento order search result');
    const orders = items.items.flatMap((order) => {
      const read = cancelledOrder.safeParse(order);
      return read.success ? [read.data] : [];
    });
    if (orders.length > 0) {
      const seen = orders.map((order) => `${order.entity_id}@${order.updated_at}`).join('\n');
      const deliveryId = `cancelled:${createHash('sha256').update(seen).digest('hex')}`;
      const part = {
        name: `${ORDERS_PATH}?${new URLSearchParams(query)}`,
        contentType: 'application/json',
        body: answer.data,
      };
      documentIds.push((await context.ingest('magento-orders-page', [part], deliveryId)).documentId);
      since = orders.map((order) => order.updated_at).reduce((a, b) => (a >= b ? a : b), since);
    }
    if (items.items.length < pageSize) break;
  }
  return { documentIds, since };
}

/** An instant as Magento compares created_at and updated_at: "YYYY-MM-DD HH:MM:SS" in UTC. */
const magentoTime = (at: Date | string) => new Date(at).toISOString().slice(0, 19).replace('T', ' ');

const filter = (group: number, field: string, value: string, condition: string) => ({
  [`searchCriteria[filter_groups][${group}][filters][0][field]`]: field,
  [`searchCriteria[filter_groups][${group}][filters][0][value]`]: value,
  [`searchCriteria[filter_groups][${group}][filters][0][condition_type]`]: condition,
});

/** The searchCriteria of GET /V1/orders: entity id above the bookmark (on the first poll, created since `startFrom`), by entity id. */
function searchCriteria(
  lastEntityId: string | undefined,
  pageSize: number,
  startFrom: string | undefined,
): Record<string, string> {
  return {
    ...filter(0, 'entity_id', lastEntityId ?? '0', 'gt'),
    ...(!lastEntityId && startFrom ? filter(1, 'created_at', magentoTime(startFrom), 'gteq') : {}),
    'searchCriteria[sortOrders][0][field]': 'entity_id',
    'searchCriteria[sortOrders][0][direction]': 'ASC',
    'searchCriteria[pageSize]': String(pageSize),
    'searchCriteria[currentPage]': '1',
  };
}

/**
 * The largest entity id of a page. An order too broken to read otherwise is in the kept page, and
 * reported there; only a page without any entity id stops the poll (the bookmark could not move).
 */
function lastEntityIdOf(orders: unknown[]): string {
  const ids = orders.flatMap((order) => {
    const key = orderKey.safeParse(order);
    return key.success ? [key.data.entity_id] : [];
  });
  if (ids.length === 0) parseDocument(orderKey, orders[0], 'Magento order');
  return ids.reduce(larger);
}

const larger = (a: string, b: string): string => (BigInt(a) >= BigInt(b) ? a : b);
