import { z } from 'zod';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import { compareDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import {
  cancellationOf,
  readOneOrder,
  type ChannelOrderDraft,
  type ChannelOrderLineDraft,
  type DraftParty,
  type ReadOrder,
} from '../../inbound-documents/channel-order-draft';
import { amountText, dateOf, decimalFrom, idText, optionalText, quantityText } from '../channel-values';
import { parseDocument } from '../read-channel-json';

const magentoAddress = z
  .object({
    firstname: optionalText,
    lastname: optionalText,
    company: optionalText,
    street: z.array(z.string()).nullish(),
    city: optionalText,
    region_code: optionalText,
    postcode: optionalText,
    country_id: optionalText,
    telephone: optionalText,
    email: optionalText,
  })
  .nullish();

const magentoItem = z.object({
  item_id: idText,
  parent_item_id: idText.nullish(),
  sku: optionalText,
  product_id: idText.nullish(),
  product_type: optionalText,
  is_virtual: z.string().nullish(),
  name: optionalText,
  qty_ordered: quantityText,
  price: amountText.nullish(),
});

/** The part of Magento 2's sales order (GET /V1/orders/{id}, and each of /V1/orders' items) that an order needs. */
export const magentoOrderSchema = z.object({
  entity_id: idText,
  increment_id: optionalText,
  order_currency_code: optionalText,
  created_at: optionalText,
  customer_id: idText.nullish(),
  customer_email: optionalText,
  billing_address: magentoAddress,
  items: z.array(magentoItem).min(1, 'An order needs at least one item'),
  extension_attributes: z
    .object({
      shipping_assignments: z.array(z.object({ shipping: z.object({ address: magentoAddress }).nullish() })).nullish(),
    })
    .nullish(),
  payment: z.object({ po_number: optionalText }).nullish(),
});

/** A page of GET /V1/orders?searchCriteria...: the orders and how many match in all. */
export const magentoOrderPageSchema = z.object({
  items: z.array(z.unknown()),
  total_count: z.string().regex(/^\d+$/).optional(),
});

type MagentoOrder = z.infer<typeof magentoOrderSchema>;
type MagentoItem = MagentoOrder['items'][number];

/**
 * Every order of a /V1/orders search result page, each read on its own: one that cannot be read is
 * reported, not the page. An order whose state is `canceled` is the cancellation of the order taken
 * in under its number.
 */
export function readMagentoOrderPage(document: unknown): ReadOrder[] {
  const page = parseDocument(magentoOrderPageSchema, document, 'Magento order search result');
  return page.items.map((order) => {
    const cancelled = magentoState.safeParse(order);
    const number = magentoOrderNumber(order);
    if (cancelled.success && cancelled.data.state === 'canceled' && number) return cancellationOf(number);
    return readOneOrder(order, readMagentoOrder, magentoOrderNumber);
  });
}

const magentoState = z.object({ state: optionalText });

const orderNumber = z.object({
  increment_id: idText.optional().catch(undefined),
  entity_id: idText.optional().catch(undefined),
});

/** The order number of an order that may not be readable otherwise (the draft's sourceOrderId). */
function magentoOrderNumber(order: unknown): string | undefined {
  const ids = orderNumber.safeParse(order);
  return ids.success ? (ids.data.increment_id ?? ids.data.entity_id) : undefined;
}

/**
 * Reads one Magento order into a draft. Bundle and configurable products arrive as a parent item
 * with child items; the warehouse picks the children, so they become the lines. A configurable's
 * child carries no price of its own (0): the parent's price is the child's.
 */
export function readMagentoOrder(document: unknown): ChannelOrderDraft {
  const order = parseDocument(magentoOrderSchema, document, 'Magento order');
  const shipping = order.extension_attributes?.shipping_assignments?.[0]?.shipping?.address;
  return {
    channel: 'magento',
    sourceOrderId: order.increment_id ?? order.entity_id,
    purchaseOrderNumber: order.payment?.po_number ?? order.increment_id,
    currency: order.order_currency_code,
    orderedOn: dateOf(order.created_at),
    buyer: {
      ids: order.customer_id ? [{ qualifier: 'customer_id', id: order.customer_id }] : [],
      address: { contactEmail: order.customer_email },
    },
    // A virtual order (downloads only) has no shipping address; its billing address stands in.
    shipTo: party(shipping ?? order.billing_address, order.customer_email),
    billTo: order.billing_address ? party(order.billing_address, order.customer_email) : undefined,
    lines: pickedLines(order.items),
  };
}

function pickedLines(items: MagentoItem[]): ChannelOrderLineDraft[] {
  const byId = new Map(items.map((item) => [item.item_id, item]));
  const parents = new Set(items.flatMap((item) => (item.parent_item_id ? [item.parent_item_id] : [])));
  return items
    .filter((item) => !parents.has(item.item_id))
    .map((item) => {
      const parent = item.parent_item_id ? byId.get(item.parent_item_id) : undefined;
      return {
        sourceLineId: item.item_id,
        productIds: [
          ...(item.sku ? [{ qualifier: 'sku', id: item.sku }] : []),
          ...(item.product_id ? [{ qualifier: 'product_id', id: item.product_id }] : []),
        ],
        quantity: decimalFrom(item.qty_ordered),
        unitPrice: unitPriceOf(item, parent),
        description: item.name,
        ...(shipsNothing(item) ? { shipsNothing: true as const } : {}),
      };
    });
}

// Downloadable and virtual products have no weight and no shipment in Magento; is_virtual says the same per item.
const NOTHING_TO_SHIP = new Set(['downloadable', 'virtual']);

function shipsNothing(item: MagentoItem): boolean {
  return NOTHING_TO_SHIP.has(item.product_type ?? '') || item.is_virtual === '1' || item.is_virtual === 'true';
}

/**
 * A child of a configurable product is priced on its parent; a child of a fixed-price bundle has no
 * price of its own (the bundle's price is not split), so the customer's price applies to it.
 */
function unitPriceOf(item: MagentoItem, parent: MagentoItem | undefined): string | undefined {
  const own = item.price ? decimalFrom(item.price) : undefined;
  if (!parent || (own && compareDecimals(own, '0') !== 0)) return own;
  if (parent.product_type === 'configurable' && parent.price) return decimalFrom(parent.price);
  return undefined;
}

function party(address: z.infer<typeof magentoAddress>, email: string | undefined): DraftParty {
  const personName = [address?.firstname, address?.lastname].filter(Boolean).join(' ') || undefined;
  const street = (address?.street ?? []).map((line) => line.trim()).filter(Boolean);
  const fields: Partial<Address> = {
    name: address?.company ?? personName,
    line1: street[0],
    line2: street.slice(1).join(', ') || undefined,
    city: address?.city,
    region: address?.region_code,
    postalCode: address?.postcode,
    country: address?.country_id,
    contactName: personName,
    contactPhone: address?.telephone,
    contactEmail: address?.email ?? email,
  };
  return { ids: [], address: fields };
}
