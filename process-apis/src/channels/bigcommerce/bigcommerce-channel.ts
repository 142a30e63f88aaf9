import type { InboundChannel } from '../../inbound-documents/inbound-channel';
import { readBigCommerceDocument } from './read-bigcommerce-order';
import { BIGCOMMERCE_DOCUMENT_KIND } from './bigcommerce-shapes';

/** BigCommerce with the inbound-documents core: a callback kept with the order's answers fetched for it. */
export const bigcommerceChannel: InboundChannel = {
  channel: 'bigcommerce',
  readers: { [BIGCOMMERCE_DOCUMENT_KIND]: (parts) => readBigCommerceDocument(parts) },
};
