/**
 * Test support for odoo-test-server.ts: the Odoo models it serves, with the fields (by their real
 * Odoo names and kinds) that Crossdock reads, and how Odoo reads each kind back. Records are held
 * raw (a many2one as the id or `false`); `readField` turns them into what Odoo's `read` answers.
 */

export type TestRecord = { id: number } & Record<string, unknown>;

/** Every table of the test database, by model name. */
export type OdooTables = Record<string, TestRecord[]>;

export interface FieldSpec {
  type: 'char' | 'bool' | 'int' | 'float' | 'datetime' | 'selection' | 'many2one' | 'one2many';
  /** The model a many2one or one2many points to. */
  relation?: string;
  /** The many2one on `relation` a one2many is the inverse of. */
  inverse?: string;
  /** A computed or related field: Odoo computes it, nobody writes it. */
  compute?: (record: TestRecord, tables: OdooTables) => unknown;
  required?: boolean;
}

export interface ModelSpec {
  fields: Record<string, FieldSpec>;
  /** The many2one to the parent record, for `child_of`. */
  parent?: string;
  displayName?: (record: TestRecord, tables: OdooTables) => string;
}

const char: FieldSpec = { type: 'char' };
const bool: FieldSpec = { type: 'bool' };
const int: FieldSpec = { type: 'int' };
const float: FieldSpec = { type: 'float' };
const datetime: FieldSpec = { type: 'datetime' };
const selection: FieldSpec = { type: 'selection' };
const m2o = (relation: string, required = false): FieldSpec => ({ type: 'many2one', relation, required });
const o2m = (relation: string, inverse: string): FieldSpec => ({ type: 'one2many', relation, inverse });
const stamps = { create_date: datetime, write_date: datetime };

export function findRecord(tables: OdooTables, model: string, id: unknown): TestRecord | undefined {
  return typeof id === 'number' ? tables[model]?.find((record) => record.id === id) : undefined;
}

const roundCents = (amount: number) => Math.round(amount * 100) / 100;
const lineSubtotal = (line: TestRecord) => roundCents(Number(line.product_uom_qty) * Number(line.price_unit));

export const MODELS: Record<string, ModelSpec> = {
  'res.users': { fields: { name: char, login: char } },
  'res.currency': { fields: { name: char } },
  'res.company': { fields: { name: char, currency_id: m2o('res.currency'), partner_id: m2o('res.partner') } },
  'res.country': { fields: { name: char, code: char } },
  'res.country.state': {
    fields: { name: char, code: char, country_id: m2o('res.country', true) },
    displayName: (state, tables) =>
      `${String(state.name)} (${String(findRecord(tables, 'res.country', state.country_id)?.code)})`,
  },
  'account.payment.term': { fields: { name: char, active: bool } },
  'product.pricelist': { fields: { name: char, active: bool, currency_id: m2o('res.currency') } },
  'uom.uom': { fields: { name: char, active: bool } },
  'res.partner': {
    parent: 'parent_id',
    fields: {
      name: { ...char, required: true },
      ref: char,
      active: bool,
      parent_id: m2o('res.partner'),
      // The company a contact belongs to, or the partner itself.
      commercial_partner_id: {
        ...m2o('res.partner'),
        compute: (partner, tables) => commercialPartner(partner, tables).id,
      },
      type: selection,
      is_company: bool,
      customer_rank: int,
      supplier_rank: int,
      street: char,
      street2: char,
      city: char,
      zip: char,
      state_id: m2o('res.country.state'),
      country_id: m2o('res.country'),
      // related='country_id.code' in Odoo
      country_code: {
        ...char,
        compute: (partner, tables) => findRecord(tables, 'res.country', partner.country_id)?.code ?? false,
      },
      phone: char,
      email: char,
      property_payment_term_id: m2o('account.payment.term'),
      property_product_pricelist: m2o('product.pricelist'),
      credit_limit: float,
      ...stamps,
    },
    // Odoo names a contact after its company: "Acme Hardware Inc., Store 112".
    displayName: (partner, tables) => {
      const parent = findRecord(tables, 'res.partner', partner.parent_id);
      return parent ? `${String(parent.name)}, ${String(partner.name)}` : String(partner.name);
    },
  },
  'product.product': {
    fields: {
      default_code: char,
      name: { ...char, required: true },
      active: bool,
      sale_ok: bool,
      type: selection,
      uom_id: m2o('uom.uom'),
      weight: float,
      barcode: char,
      ...stamps,
    },
    displayName: (product) =>
      product.default_code ? `[${String(product.default_code)}] ${String(product.name)}` : String(product.name),
  },
  'stock.location': {
    parent: 'location_id',
    fields: {
      name: char,
      active: bool,
      location_id: m2o('stock.location'),
      usage: selection,
      complete_name: { ...char, compute: (location, tables) => locationPath(location, tables) },
    },
    displayName: (location, tables) => locationPath(location, tables),
  },
  'stock.warehouse': {
    fields: {
      name: char,
      code: char,
      active: bool,
      lot_stock_id: m2o('stock.location'),
      partner_id: m2o('res.partner'),
    },
  },
  'stock.quant': {
    fields: {
      product_id: m2o('product.product', true),
      location_id: m2o('stock.location', true),
      quantity: float,
      reserved_quantity: float,
      ...stamps,
    },
  },
  'sale.order': {
    fields: {
      name: char,
      origin: char,
      client_order_ref: char,
      partner_id: m2o('res.partner', true),
      partner_shipping_id: m2o('res.partner'),
      state: selection,
      delivery_status: selection,
      locked: bool,
      currency_id: m2o('res.currency'),
      order_line: o2m('sale.order.line', 'order_id'),
      amount_untaxed: {
        ...float,
        compute: (order, tables) =>
          roundCents(
            (tables['sale.order.line'] ?? [])
              .filter((line) => line.order_id === order.id)
              .reduce((sum, line) => sum + lineSubtotal(line), 0),
          ),
      },
      ...stamps,
    },
  },
  'sale.order.line': {
    fields: {
      order_id: m2o('sale.order', true),
      sequence: int,
      name: char,
      display_type: selection,
      product_id: m2o('product.product'),
      product_uom_qty: float,
      price_unit: float,
      price_subtotal: { ...float, compute: lineSubtotal },
      qty_delivered: float,
    },
  },
};

function commercialPartner(partner: TestRecord, tables: OdooTables): TestRecord {
  const parent = findRecord(tables, 'res.partner', partner.parent_id);
  return partner.is_company === true || !parent ? partner : commercialPartner(parent, tables);
}

function locationPath(location: TestRecord, tables: OdooTables): string {
  const parent = findRecord(tables, 'stock.location', location.location_id);
  return parent ? `${locationPath(parent, tables)}/${String(location.name)}` : String(location.name);
}

export function displayName(tables: OdooTables, model: string, record: TestRecord): string {
  return MODELS[model]?.displayName?.(record, tables) ?? String(record.name ?? `${model},${record.id}`);
}

/** The raw value a domain compares: a many2one's id, a computed field's value, `false` when empty. */
export function rawField(tables: OdooTables, model: string, record: TestRecord, field: string): unknown {
  if (field === 'id') return record.id;
  const spec = MODELS[model]?.fields[field];
  if (!spec) throw new OdooValueError(`Invalid field '${field}' on model '${model}'`);
  if (spec.compute) return spec.compute(record, tables);
  if (spec.type === 'one2many')
    return (tables[spec.relation ?? ''] ?? [])
      .filter((child) => child[spec.inverse ?? ''] === record.id)
      .map((child) => child.id);
  const value = record[field];
  if (value !== undefined && value !== null) return value;
  return spec.type === 'int' || spec.type === 'float' ? 0 : false;
}

/** A field as Odoo's `read` answers it: a many2one as `[id, display name]`. */
export function readField(tables: OdooTables, model: string, record: TestRecord, field: string): unknown {
  if (field === 'display_name') return displayName(tables, model, record);
  const value = rawField(tables, model, record, field);
  const spec = MODELS[model]?.fields[field];
  if (spec?.type !== 'many2one' || value === false) return value;
  const target = findRecord(tables, spec.relation ?? '', value);
  return target ? [target.id, displayName(tables, spec.relation ?? '', target)] : false;
}

/** What Odoo raises for a bad field or domain: a plain Python ValueError, which answers 500. */
export class OdooValueError extends Error {}
