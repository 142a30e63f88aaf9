import type { InboundReceipt } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import type { InboundDocumentStatus } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { UnauthenticatedError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { outcomesColumn } from '../../inbound-documents/document-columns';
import { ingestDelivery } from '../../inbound-documents/ingest-document';
import { partnerColumns } from '../../partners/partner-columns';
import type { PartnerRow } from '../../partners/partner-view';
import type { WebhookDependencies } from '../receive-signed-webhook';
import { parseDocument, readChannelJson } from '../read-channel-json';
import { BIGCOMMERCE_DOCUMENT_KIND, bigCommerceCallback, type BigCommerceCallback } from './bigcommerce-shapes';
import type { BigCommerceOrderFetcher } from './fetch-bigcommerce-order';
import { CALLBACK_PART } from './read-bigcommerce-order';
import { authenticateCallback } from './authenticate-callback';

/** The scopes this endpoint takes: both mean "read this order" (a repeat of one taken in is a duplicate). */
export const ORDER_SCOPES = ['store/order/created', 'store/order/statusUpdated'];

export interface BigCommerceWebhookDependencies extends WebhookDependencies {
  fetchOrder: BigCommerceOrderFetcher;
}

/** A BigCommerce callback as it arrived. */
export interface BigCommerceWebhook {
  body: Uint8Array;
  contentType: string;
  /** A header of the request, by name in any letter case. */
  header: (name: string) => string | undefined;
}

const REFUSED =
  'The webhook cannot be verified: its producer must be a partner’s store, and webhook-id, webhook-timestamp and webhook-signature its signature.';

/**
 * Takes in a BigCommerce order callback. The store is the callback's `producer` (stores/{hash}),
 * found as the partner whose shop domain is the store's permanent one, store-{hash}.mybigcommerce.com;
 * the Standard Webhooks signature is checked with the partner's secrets (the app's client secret),
 * and the webhook's custom headers when it has some (see authenticateCallback): 401 otherwise, and
 * nothing kept. The order, its products and its shipping addresses are then fetched
 * with the store's token and kept with the callback as one document before it is read: the 2xx
 * promises a kept document. The same callback again (its `hash`) answers what the first became.
 */
export async function receiveBigCommerceWebhook(
  deps: BigCommerceWebhookDependencies,
  webhook: BigCommerceWebhook,
): Promise<InboundReceipt> {
  const callback = readCallback(webhook.body);
  const partner = callback ? await storePartner(deps, callback) : undefined;
  if (!callback || !partner) {
    deps.logger.warn('BigCommerce webhook from no known store refused', { producer: callback?.producer });
    throw new UnauthenticatedError(REFUSED);
  }
  const connection = partnerColumns.connection.read(partner.connection);
  try {
    const credentials = { secrets: partner.webhookSecrets, headers: connection?.webhookHeaders };
    authenticateCallback(webhook.body, webhook.header, credentials, deps.clock.now());
  } catch (error) {
    deps.logger.warn('BigCommerce webhook with a bad signature refused', { partnerId: partner.id });
    throw error;
  }
  if (!ORDER_SCOPES.includes(callback.scope))
    throw new ValidationError(`This endpoint takes ${ORDER_SCOPES.join(' and ')} callbacks, not ${callback.scope}.`, [
      { field: 'scope', message: `must be one of ${ORDER_SCOPES.join(', ')}` },
    ]);
  const deliveryId = callback.hash ?? webhook.header('webhook-id');
  const before = deliveryId ? await settledDelivery(deps, partner.id, deliveryId) : undefined;
  if (before) return before;
  if (!connection) throw new UnauthenticatedError(REFUSED);
  const fetched = await deps.fetchOrder(connection, callback.data.id);
  const result = await ingestDelivery(deps, {
    channel: 'bigcommerce',
    kind: BIGCOMMERCE_DOCUMENT_KIND,
    partner,
    deliveryId,
    parts: [{ name: CALLBACK_PART, contentType: webhook.contentType, body: webhook.body }, ...fetched],
  });
  if (result.status === 'rejected')
    deps.logger.warn('BigCommerce webhook kept, but no order could be made of it', {
      partnerId: partner.id,
      documentId: result.documentId,
    });
  return {
    documentId: result.documentId,
    duplicate: result.duplicate,
    status: result.status as InboundDocumentStatus,
    outcomes: result.outcomes,
  };
}

/** The callback, or nothing when it is not one: then its store is unknown, and so is its signer. */
function readCallback(body: Uint8Array): BigCommerceCallback | undefined {
  try {
    return parseDocument(bigCommerceCallback, readChannelJson(body), 'BigCommerce webhook callback');
  } catch {
    return undefined;
  }
}

async function storePartner(deps: WebhookDependencies, callback: BigCommerceCallback): Promise<PartnerRow | undefined> {
  const storeHash = callback.producer.slice('stores/'.length).toLowerCase();
  const partner = await deps.partners.findPartner({
    kind: 'shop-domain',
    domain: `store-${storeHash}.mybigcommerce.com`,
  });
  return partner?.channel === 'bigcommerce' ? partner : undefined;
}

/** What a callback delivered before became, without asking BigCommerce again; none if it was never settled. */
async function settledDelivery(
  deps: WebhookDependencies,
  partnerId: string,
  deliveryId: string,
): Promise<InboundReceipt | undefined> {
  const document = await deps.db.inboundDocument.findFirst({
    where: { partnerId, deliveryId },
    select: { id: true, status: true, outcome: true },
  });
  if (!document || document.status === 'received') return undefined;
  return {
    documentId: document.id,
    duplicate: true,
    status: document.status as InboundDocumentStatus,
    outcomes: outcomesColumn.read(document.outcome) ?? [],
  };
}
