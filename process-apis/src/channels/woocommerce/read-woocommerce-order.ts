import { z } from 'zod';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import {
  cancellationOf,
  type ChannelOrderDraft,
  type DraftParty,
  type QualifiedId,
  type ReadOrder,
} from '../../inbound-documents/channel-order-draft';
import { amountText, dateOf, idText, optionalText, quantityText, unitPriceFrom } from '../channel-values';
import { parseDocument } from '../read-channel-json';

const wooAddress = z
  .object({
    first_name: optionalText,
    last_name: optionalText,
    company: optionalText,
    address_1: optionalText,
    address_2: optionalText,
    city: optionalText,
    state: optionalText,
    postcode: optionalText,
    country: optionalText,
    email: optionalText,
    phone: optionalText,
  })
  .nullish();

const wooLineItem = z.object({
  id: idText,
  name: optionalText,
  product_id: idText.nullish(),
  variation_id: idText.nullish(),
  quantity: quantityText,
  subtotal: amountText.nullish(),
  sku: optionalText,
  meta_data: z.array(z.object({ key: z.string(), value: z.unknown() }).passthrough()).nullish(),
});

/** The part of WooCommerce's Order (REST API v3, also the order.created webhook body) that an order needs. */
const wooOrder = z.object({
  id: idText,
  number: optionalText,
  currency: optionalText,
  date_created_gmt: optionalText,
  date_created: optionalText,
  customer_id: idText.nullish(),
  billing: wooAddress,
  shipping: wooAddress,
  line_items: z.array(wooLineItem).min(1, 'An order needs at least one line item'),
});

const wooStatus = z.object({ id: idText, status: optionalText });

/**
 * Reads a WooCommerce webhook's order: one whose status is `cancelled` (an order.updated sent when the
 * order was cancelled, or any later update of it) is the cancellation of the order taken in under its
 * id; any other status is the order to take in (an order already taken in is recognised as such).
 */
export function readWooCommerceDocument(document: unknown): ReadOrder {
  const order = wooStatus.safeParse(document);
  if (order.success && order.data.status === 'cancelled') return cancellationOf(order.data.id);
  return readWooCommerceOrder(document);
}

/**
 * Reads a WooCommerce order (the `order.created` webhook body) into a draft. A line's unit price is
 * its subtotal (before coupons) over its quantity: WooCommerce's own `price` field is a float of the
 * discounted total and may carry binary noise.
 */
export function readWooCommerceOrder(document: unknown): ChannelOrderDraft {
  const order = parseDocument(wooOrder, document, 'WooCommerce order');
  const email = order.billing?.email;
  // customer_id 0 is WooCommerce's guest checkout: no customer id at all.
  const customerIds: QualifiedId[] =
    order.customer_id && order.customer_id !== '0' ? [{ qualifier: 'customer_id', id: order.customer_id }] : [];
  return {
    channel: 'woocommerce',
    sourceOrderId: order.id,
    purchaseOrderNumber: order.number,
    currency: order.currency,
    orderedOn: dateOf(order.date_created_gmt ?? order.date_created),
    buyer: { ids: customerIds, address: { contactEmail: email } },
    shipTo: party(order.shipping ?? order.billing, email, order.billing?.phone),
    billTo: order.billing ? party(order.billing, email, order.billing.phone) : undefined,
    lines: order.line_items.map((line) => ({
      sourceLineId: line.id,
      productIds: [
        ...(line.sku ? [{ qualifier: 'sku', id: line.sku }] : []),
        // 0 means "not a variation" in WooCommerce.
        ...(line.variation_id && line.variation_id !== '0'
          ? [{ qualifier: 'variation_id', id: line.variation_id }]
          : []),
        ...(line.product_id && line.product_id !== '0' ? [{ qualifier: 'product_id', id: line.product_id }] : []),
      ],
      quantity: line.quantity,
      unitPrice: line.subtotal ? unitPriceFrom(line.subtotal, line.quantity) : undefined,
      description: line.name,
      ...(shipsNothing(line) ? { shipsNothing: true as const } : {}),
    })),
  };
}

/**
 * WooCommerce's order line item does not say whether its product is virtual or downloadable; the
 * product does (`virtual`, `downloadable`, kept as the product meta `_virtual`, `_downloadable`
 * = "yes"). Fetching the product while reading would make a stored order read differently when
 * replayed after the catalogue changed, and a webhook partner holds no REST credentials; so the
 * line is trusted when the shop copies those meta onto the line item (visible in its meta_data),
 * and otherwise it ships.
 */
function shipsNothing(line: z.infer<typeof wooLineItem>): boolean {
  return (line.meta_data ?? []).some(
    (meta) =>
      (meta.key === '_virtual' || meta.key === '_downloadable') && (meta.value === 'yes' || meta.value === true),
  );
}

function party(address: z.infer<typeof wooAddress>, email: string | undefined, phone: string | undefined): DraftParty {
  const personName = [address?.first_name, address?.last_name].filter(Boolean).join(' ') || undefined;
  const fields: Partial<Address> = {
    name: address?.company ?? personName,
    line1: address?.address_1,
    line2: address?.address_2,
    city: address?.city,
    region: address?.state,
    postalCode: address?.postcode,
    country: address?.country,
    contactName: personName,
    contactPhone: address?.phone ?? phone,
    contactEmail: email,
  };
  return { ids: [], address: fields };
}
