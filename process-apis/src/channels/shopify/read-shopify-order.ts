import { z } from 'zod';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import {
  cancellationOf,
  type ChannelOrderDraft,
  type DraftParty,
  type QualifiedId,
  type ReadOrder,
} from '../../inbound-documents/channel-order-draft';
import { amountText, dateOf, decimalFrom, idText, optionalText, quantityText } from '../channel-values';
import { parseDocument } from '../read-channel-json';

const shopifyAddress = z
  .object({
    name: optionalText,
    first_name: optionalText,
    last_name: optionalText,
    company: optionalText,
    address1: optionalText,
    address2: optionalText,
    city: optionalText,
    province_code: optionalText,
    zip: optionalText,
    country_code: optionalText,
    phone: optionalText,
  })
  .nullish();

const shopifyLineItem = z.object({
  id: idText,
  sku: optionalText,
  variant_id: idText.nullish(),
  product_id: idText.nullish(),
  quantity: quantityText,
  price: amountText.nullish(),
  name: optionalText,
  title: optionalText,
  requires_shipping: z.boolean().nullish(),
});

/** The part of Shopify's Order resource (REST Admin API, also the orders/create webhook body) that an order needs. */
const shopifyOrder = z.object({
  id: idText,
  name: optionalText,
  email: optionalText,
  currency: optionalText,
  created_at: optionalText,
  customer: z.object({ id: idText.nullish() }).nullish(),
  shipping_address: shopifyAddress,
  billing_address: shopifyAddress,
  line_items: z.array(shopifyLineItem).min(1, 'An order needs at least one line item'),
});

// What tells a cancelled order (the orders/cancelled webhook sends the Order with these set).
const shopifyCancellation = z.object({ id: idText, cancelled_at: optionalText, cancel_reason: optionalText });

/**
 * Reads a Shopify webhook's order: one with `cancelled_at` (the orders/cancelled webhook, or an order
 * cancelled before its orders/create was sent) is the cancellation of the order taken in under its id,
 * with `cancel_reason` (customer, fraud, inventory, declined, other); any other is an order to take in.
 */
export function readShopifyDocument(document: unknown): ReadOrder {
  const order = unwrapped(document);
  const cancelled = shopifyCancellation.safeParse(order);
  if (cancelled.success && cancelled.data.cancelled_at)
    return cancellationOf(cancelled.data.id, cancelled.data.cancel_reason);
  return readShopifyOrder(order);
}

/**
 * Reads a Shopify order — the body of an `orders/create` webhook, or the REST API's `{ "order": ... }`
 * — into a draft. Ids stay the exact text Shopify sent (they pass 2^53), and every product id a line
 * carries (sku, variant_id, product_id) is offered to the partner's mapping.
 */
export function readShopifyOrder(document: unknown): ChannelOrderDraft {
  const order = parseDocument(shopifyOrder, unwrapped(document), 'Shopify order');
  const customerIds: QualifiedId[] = order.customer?.id ? [{ qualifier: 'customer_id', id: order.customer.id }] : [];
  return {
    channel: 'shopify',
    sourceOrderId: order.id,
    purchaseOrderNumber: order.name,
    currency: order.currency,
    orderedOn: dateOf(order.created_at),
    buyer: { ids: customerIds, address: { contactEmail: order.email } },
    shipTo: party(order.shipping_address, order.email),
    billTo: order.billing_address ? party(order.billing_address, order.email) : undefined,
    lines: order.line_items.map((line) => ({
      sourceLineId: line.id,
      productIds: [
        ...(line.sku ? [{ qualifier: 'sku', id: line.sku }] : []),
        ...(line.variant_id ? [{ qualifier: 'variant_id', id: line.variant_id }] : []),
        ...(line.product_id ? [{ qualifier: 'product_id', id: line.product_id }] : []),
      ],
      quantity: line.quantity,
      unitPrice: line.price ? decimalFrom(line.price) : undefined,
      description: line.name ?? line.title,
      // Shopify's own word per line: false for digital products, services and gift cards.
      ...(line.requires_shipping === false ? { shipsNothing: true as const } : {}),
    })),
  };
}

// The REST API wraps the order in { "order": ... }; a webhook sends the order itself.
function unwrapped(document: unknown): unknown {
  if (document && typeof document === 'object' && !('id' in document) && 'order' in document)
    return (document as { order: unknown }).order;
  return document;
}

function party(address: z.infer<typeof shopifyAddress>, email: string | undefined): DraftParty {
  const personName =
    address?.name ?? ([address?.first_name, address?.last_name].filter(Boolean).join(' ') || undefined);
  const fields: Partial<Address> = {
    name: address?.company ?? personName,
    line1: address?.address1,
    line2: address?.address2,
    city: address?.city,
    region: address?.province_code,
    postalCode: address?.zip,
    country: address?.country_code,
    contactName: personName,
    contactPhone: address?.phone,
    contactEmail: email,
  };
  return { ids: [], address: fields };
}
