/**
 * The Shopify reader, as the orders/create webhook reaches it, against a thousand mutated copies of a
 * valid order (see json-mutations): it answers a draft or a typed 400, never anything else; money stays
 * decimal text, quantities are positive counts and ids are text.
 */
import { describe, expect, it } from 'vitest';
import { mutatedDocuments, rawNumber, readEveryCopy } from '../json-mutations';
import { shopifyChannel } from './shopify-channel';

// An orders/create body as Shopify's REST Admin API documents the Order resource (only what is read, and a little more).
const VALID = {
  id: rawNumber('5123456789012345678'),
  name: '#1042',
  email: 'buyer@example.com',
  currency: 'EUR',
  created_at: '2026-12-01T10:15:00-05:00',
  total_price: '41.97',
  customer: { id: 207119551 },
  shipping_address: {
    first_name: 'Ana',
    last_name: 'Ruiz',
    company: 'Ruiz Supplies',
    address1: '12 Harbour St',
    address2: null,
    city: 'Valencia',
    province_code: 'V',
    zip: '46001',
    country_code: 'ES',
    phone: '+34 600 000 000',
  },
  billing_address: { name: 'Ana Ruiz', address1: '12 Harbour St', city: 'Valencia', zip: '46001', country_code: 'ES' },
  line_items: [
    {
      id: 866550311,
      sku: 'HX-2201',
      variant_id: 39072856,
      product_id: 632910392,
      quantity: 2,
      price: '12.99',
      name: 'Hex bolt M8',
      requires_shipping: true,
    },
    {
      id: 141249953,
      sku: null,
      variant_id: null,
      product_id: 921728736,
      quantity: 1,
      price: '15.99',
      title: 'Gift card',
      requires_shipping: false,
    },
  ],
};

describe('any Shopify orders/create body', () => {
  it('is read into a draft or refused with a 400, and a draft keeps money, quantities and ids exact', () => {
    const outcomes = readEveryCopy(
      mutatedDocuments({ body: VALID }, 1000, 20261207),
      shopifyChannel.readers['shopify-order']!,
    );
    expect(outcomes.faults).toEqual([]);
    // The mutations reach both outcomes, so the check is not passing on one kind of input only.
    expect(outcomes.drafts).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(100);
  });
});
