import { firstPart } from '../../inbound-documents/document-part';
import type { InboundChannel } from '../../inbound-documents/inbound-channel';
import { readChannelJson } from '../read-channel-json';
import { readMagentoOrderPage } from './read-magento-orders';

/** Magento with the inbound-documents core: a polled page of orders (see magento-connector). */
export const magentoChannel: InboundChannel = {
  channel: 'magento',
  readers: { 'magento-orders-page': (parts) => readMagentoOrderPage(readChannelJson(firstPart(parts))) },
};
