import { z } from 'zod';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import {
  readOneOrder,
  type ChannelOrderDraft,
  type ChannelOrderLineDraft,
  type DraftParty,
  type QualifiedId,
  type ReadOrder,
} from '../../inbound-documents/channel-order-draft';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { amountText, dateOf, decimalFrom, idText, optionalText } from '../channel-values';
import { parseDocument, readChannelJson } from '../read-channel-json';

/** The kind a polled purchase order (one getPurchaseOrder answer) is kept as. */
export const VENDOR_PURCHASE_ORDER_KIND = 'amazon-vendor-purchase-order';

/** Where one purchase order is asked for (getPurchaseOrder), and the name its kept answer gets. */
export const purchaseOrderPath = (purchaseOrderNumber: string) =>
  `/vendor/orders/v1/purchaseOrders/${encodeURIComponent(purchaseOrderNumber)}`;

// Counts of cases and eaches are whole numbers in the Vendor Orders API (ItemQuantity.amount is an integer).
const wholeNumber = z.string().regex(/^\d+$/, 'Expected a whole number');

const money = z.object({
  currencyCode: optionalText,
  amount: amountText,
  // Present for goods sold by weight: the amount is then per pound or kilogram, not per each.
  unitOfMeasure: optionalText,
});

const itemQuantity = z.object({
  amount: wholeNumber,
  unitOfMeasure: z.enum(['Cases', 'Eaches'], 'Expected Cases or Eaches'),
  unitSize: wholeNumber.optional(),
});

const vendorAddress = z.object({
  name: optionalText,
  addressLine1: optionalText,
  addressLine2: optionalText,
  addressLine3: optionalText,
  city: optionalText,
  stateOrRegion: optionalText,
  postalCode: optionalText,
  countryCode: optionalText,
  phone: optionalText,
});

const party = z.object({ partyId: idText, address: vendorAddress.nullish() }).nullish();

const vendorItem = z.object({
  itemSequenceNumber: idText,
  amazonProductIdentifier: optionalText,
  vendorProductIdentifier: optionalText,
  orderedQuantity: itemQuantity,
  isBackOrderAllowed: z.boolean().nullish(),
  netCost: money.nullish(),
  listPrice: money.nullish(),
});

/** A purchase order as the Vendor Orders API v1 gives it (Order), with what Crossdock reads of it. */
export const vendorPurchaseOrderSchema = z.object({
  purchaseOrderNumber: idText,
  purchaseOrderState: optionalText,
  orderDetails: z.object({
    purchaseOrderDate: optionalText,
    purchaseOrderType: optionalText,
    buyingParty: party,
    sellingParty: party,
    shipToParty: party,
    billToParty: party,
    shipWindow: optionalText,
    deliveryWindow: optionalText,
    items: z.array(vendorItem).min(1, 'A purchase order needs at least one item'),
  }),
});

export type VendorPurchaseOrder = z.infer<typeof vendorPurchaseOrderSchema>;
export type VendorItem = VendorPurchaseOrder['orderDetails']['items'][number];

/** A getPurchaseOrder answer: the order in its payload. */
const getPurchaseOrderAnswer = z.object({ payload: z.unknown() });

/** A getPurchaseOrders answer: a page of orders and the token for the next one. */
export const purchaseOrdersPageSchema = z.object({
  payload: z.object({
    orders: z.array(z.unknown()).nullish(),
    pagination: z.object({ nextToken: optionalText }).nullish(),
  }),
});

const orderKey = z.object({ purchaseOrderNumber: idText, orderDetails: z.object({ purchaseOrderDate: optionalText }) });

/** The purchase order number (and date) of a listed order that may not be readable otherwise. */
export function purchaseOrderKey(order: unknown): { number: string; date?: string } | undefined {
  const key = orderKey.safeParse(order);
  return key.success
    ? { number: key.data.purchaseOrderNumber, date: key.data.orderDetails.purchaseOrderDate }
    : undefined;
}

/** The order in a kept getPurchaseOrder answer, as received (it is checked when read). */
export function purchaseOrderIn(parts: DocumentPart[]): unknown {
  const [part] = parts;
  if (!part) throw new ValidationError('The document holds no purchase order.', []);
  return parseDocument(getPurchaseOrderAnswer, readChannelJson(part.body), 'getPurchaseOrder answer').payload;
}

/**
 * Reads a polled Amazon Vendor purchase order (one getPurchaseOrder answer) into a draft. A document
 * that is not JSON or has no payload cannot be read at all; a purchase order that does not fit the
 * documented shape is that order's problem, reported and answered with a rejection.
 */
export function readVendorPurchaseOrders(parts: DocumentPart[]): ReadOrder[] {
  return [readOneOrder(purchaseOrderIn(parts), readVendorPurchaseOrder, (order) => purchaseOrderKey(order)?.number)];
}

/**
 * One purchase order as a draft: quantities in eaches (Cases × unitSize), each item's netCost (the
 * cost of one each) as its unit price, the ship and delivery windows kept, the ship-to as Amazon's
 * fulfilment centre party id and whatever address comes with it.
 */
export function readVendorPurchaseOrder(value: unknown): ChannelOrderDraft {
  const order = parseDocument(vendorPurchaseOrderSchema, value, 'Vendor Orders purchase order');
  const details = order.orderDetails;
  const draft: ChannelOrderDraft = {
    channel: 'amazon-vendor',
    sourceOrderId: order.purchaseOrderNumber,
    purchaseOrderNumber: order.purchaseOrderNumber,
    currency: details.items.find((item) => item.netCost?.currencyCode)?.netCost?.currencyCode,
    orderedOn: dateOf(details.purchaseOrderDate),
    buyer: partyOf(details.buyingParty, 'buyingParty'),
    shipTo: partyOf(details.shipToParty, 'shipToParty'),
    lines: details.items.map((item, index) => lineOf(item, index)),
  };
  if (details.billToParty) draft.billTo = partyOf(details.billToParty, 'billToParty');
  const shipWindow = windowOf(details.shipWindow, 'orderDetails.shipWindow');
  if (shipWindow) draft.shipWindow = shipWindow;
  const deliveryWindow = windowOf(details.deliveryWindow, 'orderDetails.deliveryWindow');
  if (deliveryWindow) draft.deliveryWindow = deliveryWindow;
  return draft;
}

function lineOf(item: VendorItem, index: number): ChannelOrderLineDraft {
  const productIds: QualifiedId[] = [
    ...(item.vendorProductIdentifier
      ? [{ qualifier: 'vendorProductIdentifier', id: item.vendorProductIdentifier }]
      : []),
    ...(item.amazonProductIdentifier ? [{ qualifier: 'ASIN', id: item.amazonProductIdentifier }] : []),
  ];
  return {
    sourceLineId: item.itemSequenceNumber,
    productIds,
    quantity: eachesOf(item.orderedQuantity, `orderDetails.items.${index}.orderedQuantity`),
    // By weight, netCost is per pound or kilogram: no price per each to compare, so ours applies.
    unitPrice: item.netCost && !item.netCost.unitOfMeasure ? decimalFrom(item.netCost.amount) : undefined,
  };
}

/** An ordered quantity in eaches: cases are counted out by their unit size. */
export function eachesOf(quantity: z.infer<typeof itemQuantity>, field: string): string {
  const refuse = (message: string): never => {
    throw new ValidationError('The purchase order has an item whose quantity cannot be read.', [{ field, message }]);
  };
  const amount = BigInt(quantity.amount);
  if (amount === 0n) refuse('Amazon orders no item with a quantity of zero');
  if (quantity.unitOfMeasure === 'Eaches') return amount.toString();
  const unitSize = BigInt(quantity.unitSize ?? '0');
  if (unitSize === 0n) refuse('An order in Cases needs the case size (unitSize) to count the eaches');
  return (amount * unitSize).toString();
}

function partyOf(value: z.infer<typeof party>, qualifier: string): DraftParty | undefined {
  if (!value) return undefined;
  const address = value.address;
  return {
    ids: [{ qualifier, id: value.partyId }],
    address: address
      ? {
          name: address.name,
          line1: address.addressLine1,
          line2: [address.addressLine2, address.addressLine3].filter(Boolean).join(', ') || undefined,
          city: address.city,
          region: address.stateOrRegion,
          postalCode: address.postalCode,
          country: address.countryCode,
          contactPhone: address.phone,
        }
      : {},
  };
}

const instant = z.iso.datetime({ offset: true });

/** A DateTimeInterval ("2026-12-01T00:00:00Z--2026-12-07T00:00:00Z"): start and end, the start first. */
function windowOf(text: string | undefined, field: string): { start: string; end: string } | undefined {
  if (text === undefined) return undefined;
  const [start, end, ...rest] = text.split('--');
  const readable =
    rest.length === 0 &&
    instant.safeParse(start).success &&
    instant.safeParse(end).success &&
    Date.parse(start!) <= Date.parse(end!);
  if (!readable) {
    throw new ValidationError('The purchase order has a window that cannot be read.', [
      { field, message: 'Expected two ISO 8601 date-times, the earlier first, joined by "--"' },
    ]);
  }
  return { start: start!, end: end! };
}
