import { firstPart } from '../../inbound-documents/document-part';
import type { InboundChannel } from '../../inbound-documents/inbound-channel';
import { readChannelJson } from '../read-channel-json';
import { readShopifyDocument } from './read-shopify-order';

/** Shopify with the inbound-documents core: an orders/create webhook's body is one order, an orders/cancelled one its cancellation. */
export const shopifyChannel: InboundChannel = {
  channel: 'shopify',
  readers: { 'shopify-order': (parts) => [readShopifyDocument(readChannelJson(firstPart(parts)))] },
};
