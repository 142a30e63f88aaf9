import type { OdooTables } from './odoo-test-models';

/**
 * Test support: a small distributor's Odoo database for odoo-test-server.ts. Ids follow Odoo's
 * habits (the US is res.country 233); every table is fresh per call, so tests can change theirs.
 */

const STAMP = { create_date: '2026-10-01 08:00:00', write_date: '2026-11-02 09:15:00' };

/** Records the tests name. */
export const ODOO_SEED = {
  company: 1,
  acme: 7,
  northwind: 8,
  archivedCustomer: 9,
  acmeContact: 10,
  vendor: 11,
  stockedSku: 'HX-2201',
  weighedSku: 'WR-0410',
  discontinuedSku: 'HX-9001',
  archivedSku: 'HX-2202',
  dallas: 'DAL1',
  chicago: 'CHI1',
  orderKeyedInOdoo: 'S00001',
} as const;

export function createOdooSeed(): OdooTables {
  const address = (street: string, city: string, zip: string, state: number | false, country: number) => ({ street, city, zip, state_id: state, country_id: country });
  return {
    'res.users': [{ id: 2, name: 'Crossdock Bot', login: 'crossdock' }],
    'res.currency': [
      { id: 1, name: 'USD' },
      { id: 3, name: 'CAD' },
    ],
    'res.company': [{ id: 1, name: 'Crossdock Demo Distribution', currency_id: 1, partner_id: 1 }],
    'res.country': [
      { id: 233, code: 'US', name: 'United States' },
      { id: 38, code: 'CA', name: 'Canada' },
    ],
    'res.country.state': [
      { id: 52, code: 'TX', name: 'Texas', country_id: 233 },
      { id: 24, code: 'IL', name: 'Illinois', country_id: 233 },
      { id: 535, code: 'ON', name: 'Ontario', country_id: 38 },
    ],
    'account.payment.term': [
      { id: 1, name: 'Immediate Payment', active: true },
      { id: 4, name: '30 Days', active: true },
    ],
    'product.pricelist': [
      { id: 1, name: 'Default', active: true, currency_id: 1 },
      { id: 2, name: 'Canada', active: true, currency_id: 3 },
    ],
    'uom.uom': [
      { id: 1, name: 'Units', active: true },
      { id: 12, name: 'kg', active: true },
    ],
    'res.partner': [
      { id: 1, name: 'Crossdock Demo Distribution', active: true, is_company: true, customer_rank: 0, ...address('1 Distribution Way', 'Dallas', '75201', 52, 233), ...STAMP },
      {
        id: 7,
        name: 'Acme Hardware Inc.',
        ref: 'C-10042',
        active: true,
        is_company: true,
        customer_rank: 3,
        ...address('1200 Commerce St', 'Dallas', '75202', 52, 233),
        property_payment_term_id: 4,
        property_product_pricelist: 1,
        credit_limit: 25000.0,
        ...STAMP,
      },
      { id: 8, name: 'Northwind Supply Ltd', active: true, is_company: true, customer_rank: 1, ...address('88 Front St W', 'Toronto', 'M5J 1E6', 535, 38), property_product_pricelist: 2, credit_limit: 12000.5, ...STAMP },
      { id: 9, name: 'Gulf Coast Fasteners', active: false, is_company: true, customer_rank: 2, ...address('500 Main St', 'Houston', '77002', 52, 233), credit_limit: 5000, ...STAMP },
      { id: 10, name: 'Dana Ortiz', active: true, parent_id: 7, type: 'contact', customer_rank: 0, ...address('1200 Commerce St', 'Dallas', '75202', 52, 233), ...STAMP },
      { id: 11, name: 'Bolt Mills Co.', active: true, is_company: true, customer_rank: 0, supplier_rank: 1, ...address('9 Mill Rd', 'Pittsburgh', '15201', false, 233), ...STAMP },
      { id: 12, name: 'Lone Star Builders', active: true, is_company: true, customer_rank: 1, ...address('301 Congress Ave', 'Austin', '78701', 52, 233), ...STAMP },
      { id: 21, name: 'Chicago DC', active: true, parent_id: 1, type: 'other', customer_rank: 0, ...address('2200 S Halsted St', 'Chicago', '60608', 24, 233), ...STAMP },
    ],
    'product.product': [
      { id: 31, default_code: 'HX-2201', name: 'Hex bolt M8 x 40, zinc', active: true, sale_ok: true, type: 'consu', uom_id: 1, weight: 0.012, barcode: '00012345678905', ...STAMP },
      { id: 32, default_code: 'WR-0410', name: 'Tie wire 16 ga', active: true, sale_ok: true, type: 'consu', uom_id: 12, weight: 1, ...STAMP },
      { id: 33, default_code: 'HX-9001', name: 'Hex bolt M12 (old pattern)', active: true, sale_ok: false, type: 'consu', uom_id: 1, ...STAMP },
      { id: 34, default_code: false, name: 'Freight', active: true, sale_ok: true, type: 'service', uom_id: 1, ...STAMP },
      { id: 35, default_code: 'HX-2202', name: 'Hex bolt M8 x 50, zinc', active: false, sale_ok: true, type: 'consu', uom_id: 1, ...STAMP },
    ],
    'stock.location': [
      { id: 1, name: 'Physical Locations', active: true, usage: 'view' },
      { id: 5, name: 'Customers', active: true, usage: 'customer' },
      { id: 7, name: 'DAL1', active: true, location_id: 1, usage: 'view' },
      { id: 8, name: 'Stock', active: true, location_id: 7, usage: 'internal' },
      { id: 9, name: 'Shelf 1', active: true, location_id: 8, usage: 'internal' },
      { id: 20, name: 'CHI1', active: true, location_id: 1, usage: 'view' },
      { id: 21, name: 'Stock', active: true, location_id: 20, usage: 'internal' },
    ],
    'stock.warehouse': [
      { id: 1, name: 'Dallas distribution centre', code: 'DAL1', active: true, lot_stock_id: 8, partner_id: 1 },
      { id: 2, name: 'Chicago distribution centre', code: 'CHI1', active: true, lot_stock_id: 21, partner_id: 21 },
    ],
    // HX-2201 sits in two bins in Dallas (summed into one position) and in Chicago; what was
    // delivered to customers is a quant too, and is not stock.
    'stock.quant': [
      { id: 101, product_id: 31, location_id: 8, quantity: 120, reserved_quantity: 20, ...STAMP },
      { id: 102, product_id: 31, location_id: 9, quantity: 30, reserved_quantity: 0, ...STAMP },
      { id: 103, product_id: 31, location_id: 21, quantity: 40, reserved_quantity: 5, ...STAMP },
      { id: 104, product_id: 32, location_id: 21, quantity: 88.5, reserved_quantity: 0, ...STAMP },
      { id: 105, product_id: 31, location_id: 5, quantity: 75, reserved_quantity: 0, ...STAMP },
    ],
    // An order keyed by hand in Odoo: for Acme's contact person, with a section line, delivered.
    'sale.order': [
      { id: 1, name: 'S00001', origin: false, client_order_ref: 'PO-7781', partner_id: 10, partner_shipping_id: 7, state: 'sale', delivery_status: 'full', locked: false, currency_id: 1, ...STAMP },
    ],
    'sale.order.line': [
      { id: 1, order_id: 1, sequence: 10, display_type: 'line_section', name: 'Fasteners', product_uom_qty: 0, price_unit: 0 },
      { id: 2, order_id: 1, sequence: 10, display_type: false, name: 'Hex bolt', product_id: 31, product_uom_qty: 24, price_unit: 0.35, qty_delivered: 24 },
      { id: 3, order_id: 1, sequence: 10, display_type: false, name: 'Tie wire', product_id: 32, product_uom_qty: 2.5, price_unit: 4.1, qty_delivered: 2.5 },
    ],
  };
}
