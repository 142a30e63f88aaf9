/**
 * The BigCommerce reader, on a kept callback with the Orders V2 answers fetched for it, against a
 * thousand copies with one part mutated (see json-mutations): each order is a draft or not taken with
 * a 4xx, or the document is refused with a 400, never anything else; money and ids stay text.
 */
import { describe, expect, it } from 'vitest';
import { mutatedDocuments, readEveryCopy } from '../json-mutations';
import { BIGCOMMERCE_DOCUMENT_KIND } from './bigcommerce-shapes';
import { bigcommerceChannel } from './bigcommerce-channel';

const address = (id: number, street: string) => ({
  id,
  order_id: 218,
  first_name: 'Trish',
  last_name: 'Smith',
  company: 'Acme Pty Ltd',
  street_1: street,
  street_2: '',
  city: 'Austin',
  state: 'Texas',
  zip: '78751',
  country: 'United States',
  country_iso2: 'US',
  email: 'elsie@example.com',
  phone: '',
});

// GET /v2/orders/{id}, its /products and /shipping_addresses, in the shapes BigCommerce documents.
const VALID = {
  callback: { scope: 'store/order/created', producer: 'stores/abcde', data: { type: 'order', id: 218 } },
  '/v2/orders/218': {
    id: 218,
    customer_id: 11,
    date_created: 'Tue, 05 Mar 2019 21:40:11 +0000',
    status_id: 11,
    status: 'Awaiting Fulfillment',
    currency_code: 'EUR',
    default_currency_code: 'USD',
    billing_address: {
      first_name: 'Jane',
      last_name: 'Doe',
      street_1: '555 East Street',
      city: 'Austin',
      state: 'Texas',
      zip: '78108',
      country_iso2: 'US',
      email: 'janedoe@example.com',
    },
  },
  '/v2/orders/218/products?page=1&limit=250': [
    {
      id: 65,
      product_id: 77,
      variant_id: 120,
      order_address_id: 51,
      name: 'Towel',
      sku: 'S-ORAN',
      upc: '1234567891112',
      type: 'physical',
      price_ex_tax: '55.9900',
      quantity: 2,
      parent_order_product_id: null,
      is_bundled_product: false,
      product_options: [{ display_name: 'Size', display_value: 'S' }],
    },
    {
      id: 66,
      product_id: 86,
      order_address_id: 52,
      name: 'Able Brewing System',
      sku: 'ABS',
      type: 'physical',
      price_ex_tax: '0.0000',
      quantity: 1,
      parent_order_product_id: 65,
      is_bundled_product: true,
    },
    {
      id: 67,
      product_id: 0,
      order_address_id: 0,
      name: 'Care guide (PDF)',
      sku: '',
      type: 'digital',
      price_ex_tax: '4.5000',
      quantity: 1,
    },
  ],
  '/v2/orders/218/shipping_addresses?page=1&limit=250': [address(51, '666 Sussex St'), address(52, '1 Dock Rd')],
};

describe('any kept BigCommerce order document', () => {
  it('has each order read into a draft or not taken, or is refused with a 400, and keeps money and ids exact', () => {
    const copies = mutatedDocuments(VALID, 1000, 20261212);
    const outcomes = readEveryCopy(copies, bigcommerceChannel.readers[BIGCOMMERCE_DOCUMENT_KIND]!);
    expect(outcomes.faults).toEqual([]);
    // The mutations reach both drafts and refusals, so the check is not passing on one kind of input only.
    expect(outcomes.drafts).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(50);
  });
});
