import { firstPart } from '../../inbound-documents/document-part';
import type { InboundChannel } from '../../inbound-documents/inbound-channel';
import { readChannelJson } from '../read-channel-json';
import { readShopifyOrder } from './read-shopify-order';

/** Shopify with the inbound-documents core: an orders/create webhook's body is one order. */
export const shopifyChannel: InboundChannel = {
  channel: 'shopify',
  readers: { 'shopify-order': (parts) => [readShopifyOrder(readChannelJson(firstPart(parts)))] },
};
