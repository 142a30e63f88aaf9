import type { ErpSalesOrder, ErpSalesOrderLine } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { readAddresses } from './odoo-addresses';
import { customerIdOf } from './odoo-customers';
import type { OdooJson2 } from './odoo-json2';
import {
  decimalFromOdoo,
  isoFromOdoo,
  many2oneId,
  many2oneName,
  quantityFromOdoo,
  text,
  unitFromOdoo,
  type DomainTerm,
  type OdooRecord,
} from './odoo-values';

/**
 * The sale.order fields an order is made of. The Crossdock order key is kept in `origin` (Odoo's
 * "Source Document"), the customer's PO number in `client_order_ref` ("Customer Reference"), which
 * Odoo prints on the invoice as the customer's reference, where a PO number belongs.
 */
export const ORDER_FIELDS = [
  'name',
  'origin',
  'client_order_ref',
  'partner_id',
  'partner_shipping_id',
  'state',
  'delivery_status',
  'currency_id',
  'amount_untaxed',
  'create_date',
  'write_date',
];

const LINE_FIELDS = [
  'order_id',
  'sequence',
  'product_id',
  'product_uom_qty',
  'price_unit',
  'price_subtotal',
  'qty_delivered',
  'display_type',
];

/** Odoo keeps no price rule; every line answers this one, meaning "the price the order was sent with". */
export const ODOO_PRICE_RULE = 'odoo:price_unit';

export function readOrderRecords(odoo: OdooJson2, domain: DomainTerm[], limit?: number): Promise<OdooRecord[]> {
  return odoo.call<OdooRecord[]>({
    model: 'sale.order',
    method: 'search_read',
    params: { domain, fields: ORDER_FIELDS, order: 'id asc', ...(limit ? { limit } : {}) },
    readOnly: true,
  });
}

/**
 * sale.order records as Crossdock orders: their lines, the lines' products (for SKU and unit) and
 * the ship-to contacts, each read once for the whole batch.
 */
export async function toSalesOrders(odoo: OdooJson2, orders: OdooRecord[]): Promise<ErpSalesOrder[]> {
  if (orders.length === 0) return [];
  const lines = await odoo.call<OdooRecord[]>({
    model: 'sale.order.line',
    method: 'search_read',
    // Section and note lines (display_type set) carry no product: they are layout, not goods.
    params: {
      domain: [
        ['order_id', 'in', orders.map((order) => order.id)],
        ['display_type', '=', false],
      ],
      fields: LINE_FIELDS,
      order: 'sequence asc, id asc',
    },
    readOnly: true,
  });
  const productIds = [
    ...new Set(lines.map((line) => many2oneId(line.product_id)).filter((id): id is number => id !== undefined)),
  ];
  const partnerIds = [
    ...new Set(orders.map((order) => many2oneId(order.partner_id)).filter((id): id is number => id !== undefined)),
  ];
  const [products, addresses, partners] = await Promise.all([
    productIds.length === 0
      ? Promise.resolve([])
      : odoo.call<OdooRecord[]>({
          model: 'product.product',
          method: 'search_read',
          params: { domain: [['id', 'in', productIds]], fields: ['default_code', 'uom_id'] },
          context: { active_test: false },
          readOnly: true,
        }),
    readAddresses(
      odoo,
      orders.map((order) => many2oneId(order.partner_shipping_id)).filter((id): id is number => id !== undefined),
    ),
    // An order keyed in Odoo may name a contact person; the customer is the company behind it.
    odoo.call<OdooRecord[]>({
      model: 'res.partner',
      method: 'search_read',
      params: { domain: [['id', 'in', partnerIds]], fields: ['commercial_partner_id'] },
      context: { active_test: false },
      readOnly: true,
    }),
  ]);
  const productsById = new Map(products.map((product) => [product.id, product]));
  const customerOf = new Map(
    partners.map((partner) => [partner.id, many2oneId(partner.commercial_partner_id) ?? partner.id]),
  );
  return orders.map((order) => {
    const orderLines = lines.filter((line) => many2oneId(line.order_id) === order.id);
    const shipTo = addresses.get(many2oneId(order.partner_shipping_id) ?? 0) ?? {
      name: '',
      line1: '',
      city: '',
      postalCode: '',
      country: '',
    };
    const purchaseOrderNumber = text(order.client_order_ref);
    return {
      id: String(order.name),
      orderKey: text(order.origin) ?? '',
      customerId: customerIdOf(customerOf.get(many2oneId(order.partner_id) ?? 0) ?? many2oneId(order.partner_id) ?? 0),
      ...(purchaseOrderNumber ? { purchaseOrderNumber } : {}),
      status: statusOf(order),
      currency: many2oneName(order.currency_id) ?? '',
      shipTo,
      lines: toLines(orderLines, productsById),
      subtotal: decimalFromOdoo(order.amount_untaxed, 2),
      createdAt: isoFromOdoo(order.create_date),
      updatedAt: isoFromOdoo(order.write_date),
    };
  });
}

/**
 * open | shipped | cancelled. Quotations (draft, sent) and confirmed orders are open until Odoo's
 * `delivery_status` (from the sale_stock app) says everything was delivered.
 */
export function statusOf(order: OdooRecord): string {
  if (order.state === 'cancel') return 'cancelled';
  return order.delivery_status === 'full' ? 'shipped' : 'open';
}

/** The sale.order domain for a Crossdock order status. */
export function statusDomain(status: string): DomainTerm[] {
  switch (status) {
    case 'cancelled':
      return [['state', '=', 'cancel']];
    case 'shipped':
      return [
        ['state', '!=', 'cancel'],
        ['delivery_status', '=', 'full'],
      ];
    case 'open':
      return [
        ['state', '!=', 'cancel'],
        ['delivery_status', '!=', 'full'],
      ];
    default:
      return [['id', '=', 0]];
  }
}

/**
 * Line numbers are the lines' `sequence`, which this adapter sets to the Crossdock line number;
 * for an order keyed in Odoo, whose sequences repeat (Odoo starts every line at 10), they are the
 * lines' positions instead. Lines are in the order's base unit, so quantity and base quantity agree.
 */
function toLines(lines: OdooRecord[], products: Map<number, OdooRecord>): ErpSalesOrderLine[] {
  const sequences = lines.map((line) => Number(line.sequence));
  const sequencesAreNumbers =
    new Set(sequences).size === sequences.length && sequences.every((sequence) => sequence > 0);
  return lines.map((line, index) => {
    const productId = many2oneId(line.product_id);
    const product = productId === undefined ? undefined : products.get(productId);
    const quantity = quantityFromOdoo(line.product_uom_qty);
    return {
      lineNumber: sequencesAreNumbers ? (sequences[index] as number) : index + 1,
      sku: text(product?.default_code) ?? `ODOO-PRODUCT-${productId ?? 0}`,
      quantity,
      uom: unitFromOdoo(product?.uom_id).code,
      baseQuantity: quantity,
      unitPrice: decimalFromOdoo(line.price_unit, 4),
      lineTotal: decimalFromOdoo(line.price_subtotal, 2),
      priceRule: ODOO_PRICE_RULE,
      // Odoo reserves on its pickings, by its own rules; they are not read back per line.
      reservations: [],
      shippedQuantity: quantityFromOdoo(line.qty_delivered),
    };
  });
}
