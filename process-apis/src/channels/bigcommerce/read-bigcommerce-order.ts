import { z } from 'zod';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import {
  cancellationOf,
  type ChannelOrderDraft,
  type ChannelOrderLineDraft,
  type DraftParty,
  type ReadOrder,
} from '../../inbound-documents/channel-order-draft';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { decimalFrom } from '../channel-values';
import { parseDocument, readChannelJson } from '../read-channel-json';
import {
  bigCommerceAddress,
  bigCommerceOrder,
  bigCommerceProduct,
  type BigCommerceAddress,
  type BigCommerceOrder,
  type BigCommerceProduct,
} from './bigcommerce-shapes';
import { regionCode } from './region-codes';

/** The part names a kept BigCommerce document has: the callback, then each answer by its request path. */
export const CALLBACK_PART = 'callback';
const ORDER_PATH = /^\/v2\/orders\/\d+$/;
const PRODUCTS_PATH = /^\/v2\/orders\/\d+\/products(\?.*)?$/;
const ADDRESSES_PATH = /^\/v2\/orders\/\d+\/shipping_addresses(\?.*)?$/;
const REFUSED_ANSWER = /^(.*) \(answered (\d{3})\)$/;

// Statuses of an order that is not (or no longer) placed: a checkout left at the payment page, or
// refused by the merchant. Its store/order/statusUpdated brings it when it is placed after all.
const NOT_PLACED: Readonly<Record<string, string>> = {
  '0': 'Incomplete',
  '1': 'Pending',
  '4': 'Refunded',
  '6': 'Declined',
};
// Cancelled: the order taken in (one per shipping address) is cancelled, and none is placed.
const CANCELLED = '5';

/**
 * Reads a kept BigCommerce document (the callback and the Orders V2 answers fetched for it) into
 * its orders. An order shipping to one address (or none) is one order, its id the BigCommerce order
 * id; one shipping to several addresses is an order per address, `{order id}-{address id}`, since a
 * canonical order ships to one place.
 * @throws ValidationError (400) when the order could not be fetched, or its answers are not an order's
 */
export function readBigCommerceDocument(parts: DocumentPart[]): ReadOrder[] {
  const refused = parts.map((part) => REFUSED_ANSWER.exec(part.name)).find(Boolean);
  if (refused)
    throw new ValidationError(`BigCommerce answered ${refused[2]} to GET ${refused[1]}: there is no order to read.`, [
      { field: refused[1]!, message: `answered ${refused[2]}` },
    ]);
  const answers = (pattern: RegExp) => parts.filter((part) => pattern.test(part.name));
  const [orderPart] = answers(ORDER_PATH);
  if (!orderPart)
    throw new ValidationError('The document holds no BigCommerce order.', [
      { field: '/v2/orders/{id}', message: 'missing' },
    ]);
  const order = parseDocument(bigCommerceOrder, readChannelJson(orderPart.body), 'BigCommerce order');
  const products = answers(PRODUCTS_PATH).flatMap((part) =>
    parseDocument(z.array(bigCommerceProduct), listOf(part), 'list of BigCommerce order products'),
  );
  const addresses = answers(ADDRESSES_PATH).flatMap((part) =>
    parseDocument(z.array(bigCommerceAddress), listOf(part), 'list of BigCommerce shipping addresses'),
  );
  return readBigCommerceOrder(order, products, addresses);
}

/** The drafts of one order from its three answers (see readBigCommerceDocument). */
export function readBigCommerceOrder(
  order: BigCommerceOrder,
  products: BigCommerceProduct[],
  addresses: BigCommerceAddress[],
): ReadOrder[] {
  if (order.status_id === CANCELLED)
    return addresses.length <= 1
      ? [cancellationOf(order.id)]
      : addresses.map((address) => cancellationOf(`${order.id}-${address.id}`));
  const notPlaced = order.status_id ? NOT_PLACED[order.status_id] : undefined;
  if (notPlaced)
    return [
      {
        sourceOrderId: order.id,
        problem: new CrossdockError({
          slug: 'order-not-placed',
          title: 'The order is not placed',
          status: 422,
          kind: 'client',
          detail: `BigCommerce order ${order.id} is ${order.status ?? notPlaced}: it is taken in once its status says it is placed.`,
        }),
      },
    ];
  if (products.length === 0)
    throw new ValidationError('The BigCommerce order has no products.', [
      { field: 'products', message: 'An order needs at least one product' },
    ]);
  if (addresses.length <= 1) return [draftOf(order, addresses[0], products, order.id)];
  // Products not tied to one of the addresses (a download) go with the first address's order.
  const first = addresses[0]!;
  return addresses.flatMap((address) => {
    const shipped = products.filter(
      (product) =>
        product.order_address_id === address.id ||
        (address === first && !addresses.some((each) => each.id === product.order_address_id)),
    );
    return shipped.length > 0 ? [draftOf(order, address, shipped, `${order.id}-${address.id}`)] : [];
  });
}

function draftOf(
  order: BigCommerceOrder,
  shipTo: BigCommerceAddress | undefined,
  products: BigCommerceProduct[],
  sourceOrderId: string,
): ChannelOrderDraft {
  const billing = order.billing_address ?? undefined;
  const email = billing?.email;
  return {
    channel: 'bigcommerce',
    sourceOrderId,
    purchaseOrderNumber: order.id,
    // The default currency is the one the shopper pays in; currency_code is only what prices were shown in.
    currency: order.default_currency_code ?? order.currency_code,
    orderedOn: dateOf(order.date_created),
    // customer_id 0 is a guest checkout.
    buyer: {
      ids: order.customer_id && order.customer_id !== '0' ? [{ qualifier: 'customer_id', id: order.customer_id }] : [],
      address: { contactEmail: email },
    },
    // No shipping address (a pickup order): the pipeline's rule, the customer's default ship-to or a hold.
    shipTo: shipTo ? party(shipTo, email) : undefined,
    billTo: billing ? party(billing, email) : undefined,
    lines: products.map(lineOf),
  };
}

function lineOf(product: BigCommerceProduct): ChannelOrderLineDraft {
  const options = (product.product_options ?? [])
    .filter((option) => option.display_name && option.display_value)
    .map((option) => `${option.display_name}: ${option.display_value}`);
  // A product of a pick list comes at 0 inside its parent's price: unpriced, not priced at 0.
  const bundled = product.is_bundled_product === true || Boolean(product.parent_order_product_id);
  return {
    sourceLineId: product.id,
    productIds: [
      ...(product.sku ? [{ qualifier: 'sku', id: product.sku }] : []),
      ...(product.variant_id && product.variant_id !== '0'
        ? [{ qualifier: 'variant_id', id: product.variant_id }]
        : []),
      // product_id 0 is a custom product, not in the catalogue.
      ...(product.product_id && product.product_id !== '0'
        ? [{ qualifier: 'product_id', id: product.product_id }]
        : []),
      ...(product.upc ? [{ qualifier: 'upc', id: product.upc }] : []),
    ],
    quantity: product.quantity,
    // The unit price before the order's coupons and discounts, as for the other shops.
    unitPrice: !bundled && product.price_ex_tax ? decimalFrom(product.price_ex_tax) : undefined,
    description: options.length > 0 ? `${product.name ?? ''} (${options.join(', ')})`.trim() : product.name,
    ...(product.type === 'digital' || product.type === 'giftcertificate' ? { shipsNothing: true as const } : {}),
  };
}

function party(address: BigCommerceAddress, email: string | undefined): DraftParty {
  const personName = [address.first_name, address.last_name].filter(Boolean).join(' ') || undefined;
  const country = address.country_iso2;
  const fields: Partial<Address> = {
    name: address.company ?? personName,
    line1: address.street_1,
    line2: address.street_2,
    city: address.city,
    region: regionCode(address.state, country),
    postalCode: address.zip,
    country,
    contactName: personName,
    contactPhone: address.phone,
    contactEmail: address.email ?? email,
  };
  return { ids: [], address: fields };
}

// An empty collection is answered 204 with no body.
function listOf(part: DocumentPart): unknown {
  return part.body.byteLength === 0 ? [] : readChannelJson(part.body);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar date of an RFC 2822 date-time as BigCommerce writes it ("Tue, 05 Mar 2019 21:40:11 +0000"), as written. */
export function dateOf(dateTime: string | undefined): string | undefined {
  const match = dateTime?.match(/^(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) /);
  const month = match ? MONTHS.indexOf(match[2]!) + 1 : 0;
  if (!match || month === 0) return undefined;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}
