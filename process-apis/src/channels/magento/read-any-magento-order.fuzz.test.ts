/**
 * The Magento reader, on a polled page of orders, against a thousand mutated copies of a valid page
 * (see json-mutations): each order is a draft or not taken with a 4xx, or the page is refused with a
 * 400, never anything else; money stays decimal text, quantities are decimal text and ids are text.
 */
import { describe, expect, it } from 'vitest';
import { mutatedDocuments, readEveryCopy } from '../json-mutations';
import { magentoChannel } from './magento-channel';

const address = {
  firstname: 'Jane',
  lastname: 'Doe',
  company: 'Doe Hardware',
  street: ['6146 Honey Bluff Parkway', 'Unit 2'],
  city: 'Calder',
  region_code: 'MI',
  postcode: '49628-7978',
  country_id: 'US',
  telephone: '(555) 229-3326',
  email: 'jdoe@example.com',
};

// A GET /V1/orders answer in the shape Adobe documents: a configurable with its child, and a virtual item.
const VALID = {
  items: [
    {
      entity_id: 3,
      increment_id: '000000003',
      order_currency_code: 'USD',
      created_at: '2026-12-01 09:15:00',
      customer_id: 1,
      customer_email: 'jdoe@example.com',
      billing_address: address,
      items: [
        {
          item_id: 5,
          sku: 'MS09-M-Blue',
          product_id: 1,
          product_type: 'configurable',
          name: 'Tee',
          qty_ordered: 2,
          price: 32,
        },
        {
          item_id: 6,
          parent_item_id: 5,
          sku: 'MS09-M-Blue',
          product_id: 2,
          product_type: 'simple',
          name: 'Tee M Blue',
          qty_ordered: 2,
          price: 0,
        },
        {
          item_id: 7,
          sku: 'WARRANTY',
          product_id: 9,
          product_type: 'virtual',
          is_virtual: '1',
          name: 'Warranty',
          qty_ordered: '1.0000',
          price: '5.5000',
        },
      ],
      extension_attributes: { shipping_assignments: [{ shipping: { address } }] },
      payment: { po_number: 'PO-77' },
    },
  ],
  search_criteria: { filter_groups: [] },
  total_count: 1,
};

describe('any Magento order search answer', () => {
  it('has each order read into a draft or not taken, or is refused with a 400, and keeps money and ids exact', () => {
    const copies = mutatedDocuments({ '/V1/orders': VALID }, 1000, 20261209);
    const outcomes = readEveryCopy(copies, magentoChannel.readers['magento-orders-page']!);
    expect(outcomes.faults).toEqual([]);
    // The mutations reach every outcome, so the check is not passing on one kind of input only.
    expect(outcomes.drafts).toBeGreaterThan(100);
    expect(outcomes.notTaken).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(50);
  });
});
