import { z } from 'zod';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { LwaTokens } from '../amazon/lwa-tokens';
import { createdAfterOf, DEFAULT_PAGE_SIZE, later, MAX_PAGES_PER_POLL } from '../amazon/poll-window';
import { spApiSession, type SpApiSession } from '../amazon/sp-api-session';
import type { ChannelConnector, PollContext } from '../polling/channel-connector';
import { parseDocument, readChannelJson } from '../read-channel-json';
import {
  purchaseOrderKey,
  purchaseOrderPath,
  purchaseOrdersPageSchema,
  VENDOR_PURCHASE_ORDER_KIND,
} from './read-vendor-purchase-order';
import { acknowledgeDecidedOrders, sendOwedAcknowledgements } from './vendor-acknowledgements';

export const PURCHASE_ORDERS_PATH = '/vendor/orders/v1/purchaseOrders';
export const ACKNOWLEDGEMENTS_PATH = '/vendor/orders/v1/acknowledgements';

const transactionAnswer = z.object({ payload: z.object({ transactionId: z.string().min(1) }).nullish() });

/**
 * Polls Amazon's Vendor Orders API v1 (Retail Procurement purchase orders), with the Selling
 * Partner API session of the seller channel (LWA tokens, x-amz-access-token, the client kit's
 * retries). Each poll: getPurchaseOrders for the New orders created after the bookmark (nextToken
 * paging, the window fixed by createdBefore while it pages), getPurchaseOrder for each one not taken
 * in before, kept as one document under its PO number (polled twice, it is one document and one
 * order); then it writes the acknowledgement of each order the ERP took or that was refused since,
 * and sends every acknowledgement owed with submitAcknowledgement.
 */
export function createAmazonVendorConnector(tokens: LwaTokens = new LwaTokens()): ChannelConnector {
  return {
    headers: () => ({ Accept: 'application/json' }),
    // The access token travels in x-amz-access-token; no Authorization header at all.
    bearerToken: () => undefined,
    async poll(context) {
      const session = spApiSession(context, tokens);
      const documentIds = await takeInNewPurchaseOrders(context, session);
      await acknowledgeDecidedOrders(context.db, context.partner, context.now);
      await sendOwedAcknowledgements(context.db, context.partner.id, (text) => submit(session, text), context.logger);
      return { documentIds };
    },
  };
}

export const amazonVendorConnector: ChannelConnector = createAmazonVendorConnector();

async function takeInNewPurchaseOrders(context: PollContext, session: SpApiSession): Promise<string[]> {
  const createdAfter = createdAfterOf(context);
  const createdBefore = context.cursor.createdBefore ?? context.now.toISOString();
  let nextToken = context.cursor.nextToken;
  let newest = context.cursor.newestPurchaseDate ?? createdAfter;
  const documentIds: string[] = [];
  for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
    const answer = await session.get(PURCHASE_ORDERS_PATH, {
      createdAfter,
      createdBefore,
      purchaseOrderState: 'New',
      sortOrder: 'ASC',
      limit: String(context.connection.pageSize ?? DEFAULT_PAGE_SIZE),
      nextToken,
    });
    const listing = parseDocument(purchaseOrdersPageSchema, readChannelJson(answer.data), 'getPurchaseOrders answer');
    const keys = (listing.payload.orders ?? []).flatMap((order) => purchaseOrderKey(order) ?? []);
    const known = await context.takenInBefore(keys.map((key) => key.number));
    for (const key of keys.filter((candidate) => !known.has(candidate.number))) {
      const documentId = await takeIn(context, session, key.number);
      if (documentId) documentIds.push(documentId);
    }
    newest = keys.map((key) => key.date ?? newest).reduce(later, newest);
    nextToken = listing.payload.pagination?.nextToken;
    await context.saveCursor(
      nextToken ? { createdAfter, createdBefore, nextToken, newestPurchaseDate: newest } : { createdAfter: newest },
    );
    if (!nextToken) break;
  }
  return documentIds;
}

/** Fetches one purchase order and takes it in; one that cannot be read is kept rejected and the others go on. */
async function takeIn(context: PollContext, session: SpApiSession, purchaseOrderNumber: string) {
  const path = purchaseOrderPath(purchaseOrderNumber);
  const answer = await session.get(path);
  const part = { name: path, contentType: answer.headers['content-type'] ?? 'application/json', body: answer.data };
  try {
    const ingested = await context.ingest(VENDOR_PURCHASE_ORDER_KIND, [part], `purchase-order:${purchaseOrderNumber}`);
    return ingested.duplicate ? undefined : ingested.documentId;
  } catch (error) {
    if (!(error instanceof CrossdockError) || error.status >= 500) throw error;
    context.logger.warn('Amazon Vendor purchase order kept unread', { purchaseOrderNumber, error: error.message });
    return undefined;
  }
}

/** submitAcknowledgement: Amazon answers 202 with the id of the transaction that will process it. */
async function submit(session: SpApiSession, text: string): Promise<string | undefined> {
  const answer = await session.post(ACKNOWLEDGEMENTS_PATH, `{"acknowledgements":[${text}]}`);
  return transactionAnswer.safeParse(answer.data).data?.payload?.transactionId;
}
