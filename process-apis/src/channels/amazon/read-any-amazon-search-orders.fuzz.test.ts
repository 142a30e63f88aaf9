/**
 * The Amazon seller reader for searchOrders (Orders API v2026-01-01), against a thousand mutated
 * copies of a valid page (see json-mutations): each order is a draft or not taken with a 4xx, or the
 * page is refused with a 400, never anything else; quantities stay decimal text and ids text.
 */
import { describe, expect, it } from 'vitest';
import { mutatedDocuments, readEveryCopy } from '../json-mutations';
import { amazonChannel } from './amazon-channel';
import { SEARCH_ORDERS_PATH } from './read-amazon-search-orders';

const VALID = {
  [SEARCH_ORDERS_PATH]: {
    orders: [
      {
        orderId: '113-9234567-1234567',
        createdTime: '2026-12-01T19:49:35Z',
        buyer: { buyerName: 'Ann Lee', buyerEmail: 'ann@marketplace.amazon.com', buyerPurchaseOrderNumber: 'PO-9' },
        recipient: {
          deliveryAddress: {
            name: 'Ann Lee',
            addressLine1: '1 Cross St.',
            city: 'Canton',
            stateOrRegion: 'MI',
            postalCode: '48817',
            countryCode: 'US',
          },
        },
        orderItems: [
          {
            orderItemId: '68828574383266',
            quantityOrdered: 2,
            product: { asin: 'BT0093TELA', sellerSku: 'HX-2201', title: 'Hex bolt M8' },
          },
          { orderItemId: '68828574383267', quantityOrdered: 0, product: { asin: 'B00551Q3CS' } },
        ],
      },
      {
        orderId: '113-9234567-7654321',
        createdTime: '2026-12-01T20:00:00Z',
        orderItems: [{ orderItemId: '1', quantityOrdered: 1, product: { sellerSku: 'NUT-8' } }],
      },
    ],
    pagination: { nextToken: 'next-page' },
  },
};

describe('any searchOrders page', () => {
  it('has each order read into a draft or not taken, or is refused with a 400, and keeps ids exact', () => {
    const copies = mutatedDocuments(VALID, 1000, 20261211);
    const outcomes = readEveryCopy(copies, amazonChannel.readers['amazon-search-orders-page']!);
    expect(outcomes.faults).toEqual([]);
    // The mutations reach every outcome, so the check is not passing on one kind of input only.
    expect(outcomes.drafts).toBeGreaterThan(100);
    expect(outcomes.notTaken).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(50);
  });
});
