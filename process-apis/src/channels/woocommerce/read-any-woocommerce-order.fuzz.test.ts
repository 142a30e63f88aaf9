/**
 * The WooCommerce reader, as the order.created webhook reaches it, against a thousand mutated copies
 * of a valid order (see json-mutations): it answers a draft or a typed 400, never anything else;
 * money stays decimal text, quantities are decimal text and ids are text.
 */
import { describe, expect, it } from 'vitest';
import { jsonPart, mutatedDocuments, rawNumber, readEveryCopy } from '../json-mutations';
import { woocommerceChannel } from './woocommerce-channel';

// An order.created body in the shape of the WooCommerce REST API v3 Order (what is read, and a little more).
const VALID = {
  id: 727,
  number: '727',
  status: 'processing',
  currency: 'EUR',
  date_created: '2026-12-01T10:15:00',
  date_created_gmt: '2026-12-01T09:15:00',
  customer_id: 0,
  total: '46.50',
  billing: {
    first_name: 'Jan',
    last_name: 'de Vries',
    company: '',
    address_1: 'Kade 4',
    address_2: '',
    city: 'Utrecht',
    state: 'UT',
    postcode: '3511 AB',
    country: 'NL',
    email: 'jan@example.com',
    phone: '+31 30 000 0000',
  },
  shipping: {
    first_name: 'Jan',
    last_name: 'de Vries',
    address_1: 'Kade 4',
    city: 'Utrecht',
    postcode: '3511 AB',
    country: 'NL',
  },
  line_items: [
    {
      id: 315,
      name: 'Hex bolt M8',
      product_id: 93,
      variation_id: 0,
      quantity: 3,
      subtotal: rawNumber('35.85'),
      sku: 'HX-2201',
      price: 11.95,
      meta_data: [],
    },
    {
      id: 316,
      name: 'Manual (PDF)',
      product_id: 94,
      variation_id: 0,
      quantity: 1,
      subtotal: '10.65',
      sku: '',
      meta_data: [{ id: 1, key: '_downloadable', value: 'yes' }],
    },
  ],
};

describe('any WooCommerce order.created body', () => {
  it('is read into a draft or refused with a 400, and a draft keeps money, quantities and ids exact', () => {
    const copies = mutatedDocuments({ body: VALID }, 1000, 20261208);
    const outcomes = readEveryCopy(copies, woocommerceChannel.readers['woocommerce-order']!);
    expect(outcomes.faults).toEqual([]);
    // The mutations reach both outcomes, so the check is not passing on one kind of input only.
    expect(outcomes.drafts).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(100);
  });

  // A crasher the fuzz found: a subtotal of more digits than money holds threw a plain Error (a 500).
  it('reads a subtotal too large for money without crashing, leaving the refusal to the canonical order', () => {
    const huge = { ...VALID, line_items: [{ ...VALID.line_items[0], subtotal: rawNumber('12345678901234567890123') }] };
    const [draft] = woocommerceChannel.readers['woocommerce-order']!([jsonPart('body', huge)]);
    expect(draft).toMatchObject({ lines: [{ quantity: '3', unitPrice: '4115226300411522630041.00' }] });
  });
});
