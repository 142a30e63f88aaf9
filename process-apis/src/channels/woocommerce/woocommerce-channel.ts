import { firstPart } from '../../inbound-documents/document-part';
import type { InboundChannel } from '../../inbound-documents/inbound-channel';
import { readChannelJson } from '../read-channel-json';
import { readWooCommerceDocument } from './read-woocommerce-order';

/**
 * WooCommerce with the inbound-documents core: an order.created or order.updated webhook's body is one
 * order, or its cancellation (status `cancelled`). A new channel starts by copying this file: its name,
 * its document kinds and their readers (and, if its partners expect to be told of a refused order in a
 * document of their own, `answerRefusals`).
 */
export const woocommerceChannel: InboundChannel = {
  channel: 'woocommerce',
  readers: { 'woocommerce-order': (parts) => [readWooCommerceDocument(readChannelJson(firstPart(parts)))] },
};
