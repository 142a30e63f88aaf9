import { z } from 'zod';
import { amountText, idText, optionalText, quantityText } from '../channel-values';

/*
 * The parts of BigCommerce's documents Crossdock reads, as readChannelJson gives them (every JSON
 * number as its exact text): the webhook callback, and the Orders V2 answers for an order, its
 * products and its shipping addresses.
 */

/** The kind a BigCommerce callback is kept as, with the order's answers fetched for it. */
export const BIGCOMMERCE_DOCUMENT_KIND = 'bigcommerce-order';

/** A webhook callback: what happened (`scope`), in which store (`producer`: "stores/{store_hash}"), to which order. */
export const bigCommerceCallback = z.object({
  scope: z.string().min(1),
  store_id: idText.nullish(),
  producer: z.string().regex(/^stores\/[A-Za-z0-9]+$/, 'Expected stores/{store_hash}'),
  data: z.object({ type: z.string().nullish(), id: z.string().regex(/^\d{1,19}$/, 'Expected an order id') }),
  hash: optionalText,
  created_at: z.string().nullish(),
});

export type BigCommerceCallback = z.infer<typeof bigCommerceCallback>;

/** A billing address (on the order) or a shipping address (GET /v2/orders/{id}/shipping_addresses). */
export const bigCommerceAddress = z.object({
  id: idText.nullish(),
  first_name: optionalText,
  last_name: optionalText,
  company: optionalText,
  street_1: optionalText,
  street_2: optionalText,
  city: optionalText,
  state: optionalText,
  zip: optionalText,
  country: optionalText,
  country_iso2: optionalText,
  phone: optionalText,
  email: optionalText,
});

export type BigCommerceAddress = z.infer<typeof bigCommerceAddress>;

/** An order product (GET /v2/orders/{id}/products). */
export const bigCommerceProduct = z.object({
  id: idText,
  product_id: idText.nullish(),
  variant_id: idText.nullish(),
  order_address_id: idText.nullish(),
  name: optionalText,
  sku: optionalText,
  upc: optionalText,
  // physical, digital or giftcertificate
  type: optionalText,
  quantity: quantityText,
  price_ex_tax: amountText.nullish(),
  parent_order_product_id: idText.nullish(),
  is_bundled_product: z.boolean().nullish(),
  product_options: z
    .array(z.object({ display_name: optionalText, display_value: optionalText }).passthrough())
    .nullish(),
});

export type BigCommerceProduct = z.infer<typeof bigCommerceProduct>;

/** An order (GET /v2/orders/{id}): who ordered, when, in which currency, its status. */
export const bigCommerceOrder = z.object({
  id: idText,
  customer_id: idText.nullish(),
  date_created: optionalText,
  status_id: z.string().regex(/^\d+$/).nullish(),
  status: optionalText,
  currency_code: optionalText,
  default_currency_code: optionalText,
  billing_address: bigCommerceAddress.nullish(),
});

export type BigCommerceOrder = z.infer<typeof bigCommerceOrder>;
