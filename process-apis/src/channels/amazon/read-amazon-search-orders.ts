import { z } from 'zod';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { readOneOrder, type ChannelOrderDraft, type ReadOrder } from '../../inbound-documents/channel-order-draft';
import { dateOf, idText, optionalText, quantityText } from '../channel-values';
import { parseDocument, readChannelJson } from '../read-channel-json';

/** searchOrders of the Orders API v2026-01-01. */
export const SEARCH_ORDERS_PATH = '/orders/2026-01-01/orders';

/** A searchOrders answer: a page of orders and, while more follow, the token for the next page. */
export const searchOrdersPageSchema = z.object({
  orders: z.array(z.unknown()),
  pagination: z.object({ nextToken: optionalText }).nullish(),
});

/** What a poller needs of an order it has not read yet: its id and when it was placed. */
export const searchOrderKey = z.object({ orderId: idText, createdTime: optionalText });

const deliveryAddress = z
  .object({
    name: optionalText,
    addressLine1: optionalText,
    addressLine2: optionalText,
    addressLine3: optionalText,
    city: optionalText,
    stateOrRegion: optionalText,
    postalCode: optionalText,
    countryCode: optionalText,
    phone: optionalText,
  })
  .nullish();

const searchOrderItem = z.object({
  orderItemId: idText,
  quantityOrdered: quantityText,
  product: z.object({ asin: optionalText, sellerSku: optionalText, title: optionalText }).nullish(),
});

/**
 * The part of a v2026-01-01 order that an order needs. Only fields whose names and places are
 * certain are read; prices are left to the ERP (the mapping's `prices: keep` finds none here).
 */
const searchOrder = z.object({
  orderId: idText,
  createdTime: optionalText,
  buyer: z
    .object({ buyerName: optionalText, buyerEmail: optionalText, buyerPurchaseOrderNumber: optionalText })
    .nullish(),
  recipient: z.object({ deliveryAddress }).nullish(),
  orderItems: z.array(searchOrderItem).min(1, 'An order needs at least one item'),
});

/** Every order of a kept searchOrders page, each read on its own: one that cannot be read is reported. */
export function readAmazonSearchOrders(parts: DocumentPart[]): ReadOrder[] {
  const [pagePart] = parts;
  if (!pagePart) return [];
  const page = parseDocument(searchOrdersPageSchema, readChannelJson(pagePart.body), 'searchOrders answer');
  return page.orders.map((value) =>
    readOneOrder(value, readSearchOrder, (order) => searchOrderKey.safeParse(order).data?.orderId),
  );
}

function readSearchOrder(value: unknown): ChannelOrderDraft {
  const order = parseDocument(searchOrder, value, 'Amazon order (searchOrders)');
  const address = order.recipient?.deliveryAddress;
  const buyer = order.buyer;
  // An item with nothing ordered (cancelled before shipping) is no line to pick; an item listed twice is one line.
  const items = [...new Map(order.orderItems.map((item) => [item.orderItemId, item])).values()].filter(
    (item) => !/^0+(\.0+)?$/.test(item.quantityOrdered),
  );
  return {
    channel: 'amazon',
    sourceOrderId: order.orderId,
    purchaseOrderNumber: buyer?.buyerPurchaseOrderNumber,
    orderedOn: dateOf(order.createdTime),
    buyer: { ids: [], address: { contactName: buyer?.buyerName, contactEmail: buyer?.buyerEmail } },
    shipTo: {
      ids: [],
      address: {
        name: address?.name,
        line1: address?.addressLine1,
        line2: [address?.addressLine2, address?.addressLine3].filter(Boolean).join(', ') || undefined,
        city: address?.city,
        region: address?.stateOrRegion,
        postalCode: address?.postalCode,
        country: address?.countryCode,
        contactName: address?.name,
        contactPhone: address?.phone,
        contactEmail: buyer?.buyerEmail,
      },
    },
    lines: items.map((item) => ({
      sourceLineId: item.orderItemId,
      productIds: [
        ...(item.product?.sellerSku ? [{ qualifier: 'SellerSKU', id: item.product.sellerSku }] : []),
        ...(item.product?.asin ? [{ qualifier: 'ASIN', id: item.product.asin }] : []),
      ],
      quantity: item.quantityOrdered,
      description: item.product?.title,
    })),
  };
}
