import { ValidationError } from '@crossdock/shared-contracts/errors/errors';
import { readAmazonOrders } from '../channels/amazon/read-amazon-orders';
import { readAmazonSearchOrders } from '../channels/amazon/read-amazon-search-orders';
import type { ReadOrder } from '../channels/channel-order-draft';
import { readMagentoOrderPage } from '../channels/magento/read-magento-orders';
import { readChannelJson } from '../channels/read-channel-json';
import { readShopifyOrder } from '../channels/shopify/read-shopify-order';
import { readWooCommerceOrder } from '../channels/woocommerce/read-woocommerce-order';
import { purchaseOrdersToTake } from '../channels/x12/purchase-order-purpose';
import { readInboundInterchange } from '../channels/x12/read-inbound-interchange';
import type { DocumentPart } from './document-part';

/**
 * Reads a stored document's parts into the drafts of the orders in it (or, for an order of a page
 * that cannot be read, why); throws a 4xx CrossdockError when the document itself cannot be read.
 */
export type DocumentReader = (parts: DocumentPart[]) => ReadOrder[];

const firstPart = (parts: DocumentPart[]): Uint8Array => parts[0]?.body ?? new Uint8Array();

/**
 * Every kind of inbound document Crossdock reads, by the kind stored with it. Documents are read
 * again from their stored bytes for a dry run or a replay, so a reader is all a new kind needs.
 * An X12 interchange gives the 850s its 997 accepts (the kind is X12_INTERCHANGE_KIND).
 */
const READERS = new Map<string, DocumentReader>([
  ['shopify-order', (parts) => [readShopifyOrder(readChannelJson(firstPart(parts)))]],
  ['woocommerce-order', (parts) => [readWooCommerceOrder(readChannelJson(firstPart(parts)))]],
  ['magento-orders-page', (parts) => readMagentoOrderPage(readChannelJson(firstPart(parts)))],
  ['amazon-orders-page', readAmazonOrders],
  ['amazon-search-orders-page', readAmazonSearchOrders],
  ['x12-interchange', (parts) => purchaseOrdersToTake(readInboundInterchange(firstPart(parts)).purchaseOrders)],
]);

/** The drafts of the orders in a stored document of `kind`. */
export function readDocument(kind: string, parts: DocumentPart[]): ReadOrder[] {
  const reader = READERS.get(kind);
  if (!reader) throw new ValidationError(`Crossdock has no reader for ${kind} documents.`, [{ field: 'kind', message: 'unknown document kind' }]);
  return reader(parts);
}
