import type { X12Identifiers } from '@crossdock/shared-contracts/contracts/api/process-partners';
import { BusinessRuleError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { readAmazonOrders } from '../channels/amazon/read-amazon-orders';
import { readAmazonSearchOrders } from '../channels/amazon/read-amazon-search-orders';
import type { ReadOrder } from '../channels/channel-order-draft';
import { readMagentoOrderPage } from '../channels/magento/read-magento-orders';
import { readChannelJson } from '../channels/read-channel-json';
import { readShopifyOrder } from '../channels/shopify/read-shopify-order';
import { readWooCommerceOrder } from '../channels/woocommerce/read-woocommerce-order';
import { purchaseOrdersToTake } from '../channels/x12/purchase-order-purpose';
import { readInboundInterchange, type InboundInterchange } from '../channels/x12/read-inbound-interchange';
import type { PartnerRow } from '../partners/partner-view';
import type { DocumentPart } from './document-part';

/**
 * Reads a stored document's parts into the drafts of the orders in it (or, for an order of a page
 * that cannot be read, why); throws a 4xx CrossdockError when the document itself cannot be read.
 */
export type DocumentReader = (parts: DocumentPart[], partner?: PartnerRow) => ReadOrder[];

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
  ['x12-interchange', (parts, partner) => interchangeOrders(readInboundInterchange(firstPart(parts)), partner)],
]);

/**
 * The drafts of the orders in a stored document of `kind`. Given the partner (to take the orders in),
 * a test interchange places orders only for a partner in test mode; without (a dry run) it is read.
 */
export function readDocument(kind: string, parts: DocumentPart[], partner?: PartnerRow): ReadOrder[] {
  const reader = READERS.get(kind);
  if (!reader)
    throw new ValidationError(`Crossdock has no reader for ${kind} documents.`, [
      { field: 'kind', message: 'unknown document kind' },
    ]);
  return reader(parts, partner);
}

function interchangeOrders(inbound: InboundInterchange, partner: PartnerRow | undefined): ReadOrder[] {
  const orders = purchaseOrdersToTake(inbound.purchaseOrders);
  const test = inbound.interchange.header.usage === 'T';
  if (!partner || !test || (partner.x12 as X12Identifiers | null)?.testMode === true) return orders;
  return orders.map((order) => ({
    sourceOrderId: order.sourceOrderId,
    problem: new BusinessRuleError(
      'TEST_INTERCHANGE',
      'A test interchange (ISA15 T) places no order: the partner is not in test mode.',
    ),
  }));
}
