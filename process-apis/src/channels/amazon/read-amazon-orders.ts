import { z } from 'zod';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { CrossdockError } from '@crossdock/shared-contracts/errors/crossdock-error';
import { readOneOrder, type ChannelOrderDraft, type ChannelOrderLineDraft, type ReadOrder } from '../channel-order-draft';
import { amountText, dateOf, idText, optionalText, quantityText, unitPriceFrom } from '../channel-values';
import { parseDocument, readChannelJson } from '../read-channel-json';

const money = z.object({ CurrencyCode: optionalText, Amount: amountText }).nullish();

const amazonOrder = z.object({
  AmazonOrderId: idText,
  PurchaseDate: optionalText,
  OrderTotal: money,
  ShippingAddress: z
    .object({
      Name: optionalText,
      AddressLine1: optionalText,
      AddressLine2: optionalText,
      AddressLine3: optionalText,
      City: optionalText,
      StateOrRegion: optionalText,
      PostalCode: optionalText,
      CountryCode: optionalText,
      Phone: optionalText,
    })
    .nullish(),
  BuyerInfo: z.object({ BuyerEmail: optionalText, BuyerName: optionalText, PurchaseOrderNumber: optionalText }).nullish(),
});

/** A getOrders answer (Orders API v0): a page of orders and the token for the next page. */
export const amazonOrdersPageSchema = z.object({
  payload: z.object({ Orders: z.array(z.unknown()), NextToken: optionalText, CreatedBefore: optionalText }),
});

const amazonOrderItem = z.object({
  OrderItemId: idText,
  SellerSKU: optionalText,
  ASIN: optionalText,
  Title: optionalText,
  QuantityOrdered: quantityText,
  ItemPrice: money,
});

/** A getOrderItems answer: a page of one order's items and the token for the next page. */
export const amazonOrderItemsPageSchema = z.object({
  payload: z.object({ OrderItems: z.array(amazonOrderItem), NextToken: optionalText }),
});

/** The order an items part was fetched for, from the path it was fetched at. */
const ITEMS_PATH = /\/orders\/v0\/orders\/([^/?]+)\/orderItems/;

/** The part name a poller gives the getOrderItems answer(s) for an order. */
export function orderItemsPartName(amazonOrderId: string): string {
  return `/orders/v0/orders/${encodeURIComponent(amazonOrderId)}/orderItems`;
}

/**
 * Reads a polled Amazon document: part 0 is a getOrders page as received, the other parts are the
 * getOrderItems answers fetched for its orders (named by the path they came from). Items are matched
 * to orders by that path, the request the poller made, not by the AmazonOrderId inside the answer
 * (Amazon's own documentation example answers for another order id than the one asked for).
 * Each order is read on its own: one whose order or items cannot be read is reported, not the page.
 */
export function readAmazonOrders(parts: DocumentPart[]): ReadOrder[] {
  const [pagePart, ...itemParts] = parts;
  if (!pagePart) return [];
  const page = parseDocument(amazonOrdersPageSchema, readChannelJson(pagePart.body), 'getOrders answer');
  const itemsByOrder = new Map<string, ItemsOrProblem>();
  for (const part of itemParts) {
    const orderId = part.name.match(ITEMS_PATH)?.[1];
    if (!orderId) continue;
    const key = decodeURIComponent(orderId);
    itemsByOrder.set(key, withItemsOf(itemsByOrder.get(key) ?? [], part));
  }
  // Orders of the page whose items were not fetched with it were taken in before: not this document's.
  return page.payload.Orders.filter((value) => {
    const id = amazonOrderId(value);
    return id === undefined || itemsByOrder.has(id);
  }).map((value) => readOneOrder(value, (order) => withItems(parseDocument(amazonOrder, order, 'Amazon order'), itemsByOrder), amazonOrderId));
}

function withItems(order: z.infer<typeof amazonOrder>, itemsByOrder: Map<string, ItemsOrProblem>): ChannelOrderDraft {
  const items = itemsByOrder.get(order.AmazonOrderId) ?? [];
  if (items instanceof CrossdockError) throw items;
  return toDraft(order, items);
}

type AmazonOrderItem = z.infer<typeof amazonOrderItem>;
/** An order's items so far, or why one of its getOrderItems answers cannot be read. */
type ItemsOrProblem = AmazonOrderItem[] | CrossdockError;

function withItemsOf(sofar: ItemsOrProblem, part: DocumentPart): ItemsOrProblem {
  if (sofar instanceof CrossdockError) return sofar;
  try {
    return [...sofar, ...parseDocument(amazonOrderItemsPageSchema, readChannelJson(part.body), 'getOrderItems answer').payload.OrderItems];
  } catch (error) {
    if (!(error instanceof CrossdockError) || error.status >= 500) throw error;
    return error;
  }
}

const orderKey = z.object({ AmazonOrderId: idText });

/** The AmazonOrderId of an order that may not be readable otherwise. */
export function amazonOrderId(order: unknown): string | undefined {
  const key = orderKey.safeParse(order);
  return key.success ? key.data.AmazonOrderId : undefined;
}

function toDraft(order: z.infer<typeof amazonOrder>, items: AmazonOrderItem[]): ChannelOrderDraft {
  const address = order.ShippingAddress;
  const buyer = order.BuyerInfo;
  return {
    channel: 'amazon',
    sourceOrderId: order.AmazonOrderId,
    purchaseOrderNumber: buyer?.PurchaseOrderNumber,
    currency: order.OrderTotal?.CurrencyCode ?? items.find((item) => item.ItemPrice?.CurrencyCode)?.ItemPrice?.CurrencyCode,
    orderedOn: dateOf(order.PurchaseDate),
    buyer: { ids: [], address: { contactName: buyer?.BuyerName, contactEmail: buyer?.BuyerEmail } },
    shipTo: {
      ids: [],
      address: {
        name: address?.Name,
        line1: address?.AddressLine1,
        line2: [address?.AddressLine2, address?.AddressLine3].filter(Boolean).join(', ') || undefined,
        city: address?.City,
        region: address?.StateOrRegion,
        postalCode: address?.PostalCode,
        country: address?.CountryCode,
        contactName: address?.Name,
        contactPhone: address?.Phone,
        contactEmail: buyer?.BuyerEmail,
      },
    },
    // Items with nothing ordered (cancelled before shipping) are no line to pick.
    lines: items.filter((item) => !/^0+(\.0+)?$/.test(item.QuantityOrdered)).map(toLine),
  };
}

// ItemPrice is the price of the whole line (the unit price times the quantity ordered).
function toLine(item: z.infer<typeof amazonOrderItem>): ChannelOrderLineDraft {
  return {
    sourceLineId: item.OrderItemId,
    productIds: [...(item.SellerSKU ? [{ qualifier: 'SellerSKU', id: item.SellerSKU }] : []), ...(item.ASIN ? [{ qualifier: 'ASIN', id: item.ASIN }] : [])],
    quantity: item.QuantityOrdered,
    unitPrice: item.ItemPrice ? unitPriceFrom(item.ItemPrice.Amount, item.QuantityOrdered) : undefined,
    description: item.Title,
  };
}
