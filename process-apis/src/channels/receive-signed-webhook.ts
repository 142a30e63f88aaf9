import type {
  InboundDocumentStatus,
  InboundReceipt,
} from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { UnauthenticatedError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { ingestDependencies } from '../inbound-documents/ingest-dependencies';
import { ingestDelivery, type IngestDependencies } from '../inbound-documents/ingest-document';
import type { PartnerDirectory } from '../partners/partner-directory';
import type { ProcessServices } from '../process-services';
import type { ChannelOrderDraft } from '../inbound-documents/channel-order-draft';
import { verifyBodySignature } from './webhook-signature';

/** A webhook as it arrived: the raw body and the headers that say who sent it. */
export interface SignedWebhook {
  channel: Extract<ChannelOrderDraft['channel'], 'shopify' | 'woocommerce'>;
  /** The document kind its body is read as. */
  kind: string;
  body: Uint8Array;
  contentType: string;
  /** The shop it says it comes from (a domain or a site URL). */
  shopDomain: string | undefined;
  signature: string | undefined;
  /** The headers that name the shop and carry the signature, for the 401's detail. */
  shopHeader: string;
  signatureHeader: string;
  deliveryId: string | undefined;
  /** Checks of the headers that only a verified sender is told about (the topic); throws to refuse. */
  beforeKeeping?: () => void;
}

export interface WebhookDependencies extends IngestDependencies {
  partners: PartnerDirectory;
}

/** What taking in a signed webhook needs: ingesting, and the partner directory. */
export function webhookDependencies(services: ProcessServices): WebhookDependencies {
  return { ...ingestDependencies(services), partners: services.partners };
}

/**
 * Takes in a signed order webhook: the shop's partner is found by its domain, the signature is
 * checked over the raw bytes with that partner's secret (401 otherwise, and nothing is kept), then
 * the body is kept and taken in. A delivery id seen before answers what the first delivery became.
 * A kept body that cannot be read or mapped is no refusal: its receipt says `rejected` and why, and
 * the document is kept for a replay.
 */
export async function receiveSignedWebhook(deps: WebhookDependencies, webhook: SignedWebhook): Promise<InboundReceipt> {
  const partner = webhook.shopDomain
    ? await deps.partners.findPartner({ kind: 'shop-domain', domain: webhook.shopDomain })
    : undefined;
  if (!partner || partner.channel !== webhook.channel) {
    // The same answer as a bad signature: a caller learns nothing about which shops are partners.
    deps.logger.warn('webhook from no known shop refused', {
      channel: webhook.channel,
      shopDomain: webhook.shopDomain,
    });
    throw new UnauthenticatedError(
      `The webhook cannot be verified: ${webhook.shopHeader} and ${webhook.signatureHeader} must name a partner's shop and carry its signature.`,
    );
  }
  try {
    verifyBodySignature(webhook.body, webhook.signature, partner.webhookSecrets, webhook.signatureHeader);
  } catch (error) {
    deps.logger.warn('webhook with a bad signature refused', { channel: webhook.channel, partnerId: partner.id });
    throw error;
  }
  webhook.beforeKeeping?.();
  const result = await ingestDelivery(deps, {
    channel: webhook.channel,
    kind: webhook.kind,
    partner,
    deliveryId: webhook.deliveryId,
    parts: [{ name: 'body', contentType: webhook.contentType, body: webhook.body }],
  });
  // Once verified and kept, the shop is told so (2xx) even when no order could be made of it: shops
  // disable a webhook that keeps failing, and every later order of the shop would be lost. The
  // receipt says `rejected` and why; the document waits for a person and a replay.
  if (result.status === 'rejected')
    deps.logger.warn('webhook kept, but no order could be made of it', {
      channel: webhook.channel,
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

/** The raw body express.raw left on the request (an empty body when there was none). */
export function rawBodyOf(body: unknown): Uint8Array {
  return Buffer.isBuffer(body) ? body : new Uint8Array();
}
