import { readFileSync } from 'node:fs';

/**
 * The public sample documents (tests/fixtures/channels, see SOURCES.md there), as bytes: tests feed
 * them to the readers exactly as a channel would send them.
 */
export function channelFixture(file: string): Buffer {
  return readFileSync(new URL(`../../../tests/fixtures/channels/${file}`, import.meta.url));
}

export const FIXTURES = {
  shopifyOrder: 'shopify-order_python-api-fixture_order.json',
  wooCommerceOrder: 'woocommerce-rest-v3_retrieve-order_doc-example.json',
  magentoOrder: 'magento2-rest_GET-V1-orders-3_adobedocs-full.json',
  amazonOrders: 'amazon-spapi_getOrders_v0_doc-example.json',
  amazonOrderItems: 'amazon-spapi_getOrderItems_v0_doc-example.json',
} as const;
