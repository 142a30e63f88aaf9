import { z } from 'zod';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import {
  cancellationOf,
  readOneOrder,
  type ChannelOrderDraft,
  type ChannelOrderLineDraft,
  type ReadOrder,
} from '../../inbound-documents/channel-order-draft';
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
  BuyerInfo: z
    .object({ BuyerEmail: optionalText, BuyerName: optionalText, PurchaseOrderNumber: optionalText })
    .nullish(),
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

/** A getOrderItems answer: a page of one order's items, the order they belong to, and the token for the next page. */
export const amazonOrderItemsPageSchema = z.object({
  payload: z.object({ AmazonOrderId: idText, OrderItems: z.array(amazonOrderItem), NextToken: optionalText }),
});

const amazonAddress = amazonOrder.shape.ShippingAddress;

/** A getOrderAddress answer (a restricted operation: fetched with a Restricted Data Token). */
const amazonOrderAddressSchema = z.object({
  payload: z.object({ AmazonOrderId: idText, ShippingAddress: amazonAddress }),
});

/** A getOrderBuyerInfo answer (restricted, as getOrderAddress). */
const amazonBuyerInfoSchema = z.object({
  payload: z.object({
    AmazonOrderId: idText,
    BuyerEmail: optionalText,
    BuyerName: optionalText,
    PurchaseOrderNumber: optionalText,
  }),
});

/** What each kind of per-order part is, by the last step of the path it was fetched at. */
const ORDER_PART_PATH = /\/orders\/v0\/orders\/([^/?]+)\/(orderItems|address|buyerInfo)$/;

/** The part name a poller gives the getOrderItems answer(s) for an order. */
export function orderItemsPartName(amazonOrderId: string): string {
  return `/orders/v0/orders/${encodeURIComponent(amazonOrderId)}/orderItems`;
}

/** The part names (and request paths) of an order's restricted answers: its shipping address and its buyer. */
export function restrictedPartNames(amazonOrderId: string): { address: string; buyerInfo: string } {
  const order = `/orders/v0/orders/${encodeURIComponent(amazonOrderId)}`;
  return { address: `${order}/address`, buyerInfo: `${order}/buyerInfo` };
}

/** What the parts fetched for one order say, or why one of them cannot be taken. */
interface OrderParts {
  items: AmazonOrderItem[];
  address?: z.infer<typeof amazonOrderAddressSchema>['payload']['ShippingAddress'];
  buyer?: z.infer<typeof amazonBuyerInfoSchema>['payload'];
  problem?: CrossdockError;
}

/**
 * Reads a polled Amazon document: part 0 is a getOrders page as received, the other parts are what
 * was fetched for its orders, each named by the path it came from: getOrderItems pages, and, when
 * the partner is set up for buyer data, getOrderAddress and getOrderBuyerInfo. Each answer must be
 * about the order it was asked for (its payload's AmazonOrderId): an answer about another order is
 * that order's problem, never its lines. A page fetched twice adds no line twice (items are told
 * apart by OrderItemId). Each order is read on its own: one that cannot be read is reported.
 */
export function readAmazonOrders(parts: DocumentPart[]): ReadOrder[] {
  const [pagePart, ...orderParts] = parts;
  if (!pagePart) return [];
  const page = parseDocument(amazonOrdersPageSchema, readChannelJson(pagePart.body), 'getOrders answer');
  const byOrder = new Map<string, OrderParts>();
  for (const part of orderParts) {
    const match = part.name.match(ORDER_PART_PATH);
    if (!match) continue;
    const orderId = decodeURIComponent(match[1]!);
    const sofar = byOrder.get(orderId) ?? { items: [] };
    if (!sofar.problem) takePart(sofar, orderId, match[2] as PartKind, part);
    byOrder.set(orderId, sofar);
  }
  // Orders of the page whose items were not fetched with it were taken in before: not this document's,
  // unless Amazon says they are cancelled (OrderStatus Canceled): that cancels the order taken in.
  return page.payload.Orders.filter((value) => {
    const id = amazonOrderId(value);
    return id === undefined || byOrder.has(id) || cancelledOrderId(value) !== undefined;
  }).map((value) => {
    const cancelled = cancelledOrderId(value);
    if (cancelled) return cancellationOf(cancelled);
    return readOneOrder(
      value,
      (order) => withParts(parseDocument(amazonOrder, order, 'Amazon order'), byOrder),
      amazonOrderId,
    );
  });
}

const orderStatus = z.object({ AmazonOrderId: idText, OrderStatus: optionalText });

/** The AmazonOrderId of an order Amazon lists as Canceled (by the buyer or the seller, before it shipped). */
export function cancelledOrderId(order: unknown): string | undefined {
  const status = orderStatus.safeParse(order);
  return status.success && status.data.OrderStatus === 'Canceled' ? status.data.AmazonOrderId : undefined;
}

type PartKind = 'orderItems' | 'address' | 'buyerInfo';

function takePart(sofar: OrderParts, orderId: string, kind: PartKind, part: DocumentPart): void {
  try {
    const json = readChannelJson(part.body);
    if (kind === 'orderItems') {
      const payload = parseDocument(amazonOrderItemsPageSchema, json, 'getOrderItems answer').payload;
      aboutTheOrder(payload.AmazonOrderId, orderId, 'getOrderItems');
      const known = new Set(sofar.items.map((item) => item.OrderItemId));
      sofar.items.push(
        ...payload.OrderItems.filter((item) => !known.has(item.OrderItemId) && known.add(item.OrderItemId)),
      );
    } else if (kind === 'address') {
      const payload = parseDocument(amazonOrderAddressSchema, json, 'getOrderAddress answer').payload;
      aboutTheOrder(payload.AmazonOrderId, orderId, 'getOrderAddress');
      sofar.address = payload.ShippingAddress;
    } else {
      const payload = parseDocument(amazonBuyerInfoSchema, json, 'getOrderBuyerInfo answer').payload;
      aboutTheOrder(payload.AmazonOrderId, orderId, 'getOrderBuyerInfo');
      sofar.buyer = payload;
    }
  } catch (error) {
    if (!(error instanceof CrossdockError) || error.status >= 500) throw error;
    sofar.problem = error;
  }
}

function aboutTheOrder(answered: string, asked: string, operation: string): void {
  if (answered !== asked) {
    throw new ValidationError(
      `The ${operation} answer fetched for order ${asked} is about order ${answered}; its data is not taken for ${asked}.`,
      [{ field: 'payload.AmazonOrderId', message: `expected ${asked}` }],
    );
  }
}

function withParts(order: z.infer<typeof amazonOrder>, byOrder: Map<string, OrderParts>): ChannelOrderDraft {
  const parts = byOrder.get(order.AmazonOrderId) ?? { items: [] };
  if (parts.problem) throw parts.problem;
  // The restricted answers carry what getOrders leaves out of the order without a Restricted Data Token.
  const known = order.BuyerInfo;
  const buyer = parts.buyer
    ? {
        BuyerEmail: parts.buyer.BuyerEmail ?? known?.BuyerEmail,
        BuyerName: parts.buyer.BuyerName ?? known?.BuyerName,
        PurchaseOrderNumber: parts.buyer.PurchaseOrderNumber ?? known?.PurchaseOrderNumber,
      }
    : known;
  return toDraft({ ...order, ShippingAddress: parts.address ?? order.ShippingAddress, BuyerInfo: buyer }, parts.items);
}

type AmazonOrderItem = z.infer<typeof amazonOrderItem>;

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
    currency:
      order.OrderTotal?.CurrencyCode ?? items.find((item) => item.ItemPrice?.CurrencyCode)?.ItemPrice?.CurrencyCode,
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
    productIds: [
      ...(item.SellerSKU ? [{ qualifier: 'SellerSKU', id: item.SellerSKU }] : []),
      ...(item.ASIN ? [{ qualifier: 'ASIN', id: item.ASIN }] : []),
    ],
    quantity: item.QuantityOrdered,
    unitPrice: item.ItemPrice ? unitPriceFrom(item.ItemPrice.Amount, item.QuantityOrdered) : undefined,
    description: item.Title,
  };
}
