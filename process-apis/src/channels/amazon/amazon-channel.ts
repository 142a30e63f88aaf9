import type { InboundChannel } from '../../inbound-documents/inbound-channel';
import { readAmazonOrders } from './read-amazon-orders';
import { readAmazonSearchOrders } from './read-amazon-search-orders';

/**
 * Amazon with the inbound-documents core: a polled page of orders with the items, addresses and
 * buyers fetched for it, from the Orders API v0 or from searchOrders (see amazon-connector).
 */
export const amazonChannel: InboundChannel = {
  channel: 'amazon',
  readers: { 'amazon-orders-page': readAmazonOrders, 'amazon-search-orders-page': readAmazonSearchOrders },
};
