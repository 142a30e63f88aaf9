/**
 * The Amazon seller reader (Orders API v0), on a polled page with the answers fetched for its order,
 * against a thousand copies with one answer mutated (see json-mutations): each order is a draft or not
 * taken with a 4xx, or the page is refused with a 400, never anything else; money and ids stay text.
 */
import { describe, expect, it } from 'vitest';
import { mutatedDocuments, readEveryCopy } from '../json-mutations';
import { amazonChannel } from './amazon-channel';
import { orderItemsPartName, restrictedPartNames } from './read-amazon-orders';

const ORDER_ID = '902-3159896-1390916';
const parts = restrictedPartNames(ORDER_ID);
const shippingAddress = {
  Name: 'Michigan address',
  AddressLine1: '1 Cross St.',
  City: 'Canton',
  StateOrRegion: 'MI',
  PostalCode: '48817',
  CountryCode: 'US',
};

// getOrders, getOrderItems, getOrderAddress and getOrderBuyerInfo answers in the shapes the SP-API documents.
const VALID = {
  '/orders/v0/orders': {
    payload: {
      Orders: [
        {
          AmazonOrderId: ORDER_ID,
          PurchaseDate: '2026-12-01T19:49:35Z',
          OrderStatus: 'Unshipped',
          OrderTotal: { CurrencyCode: 'USD', Amount: '41.97' },
          NumberOfItemsShipped: 0,
          NumberOfItemsUnshipped: 3,
          ShippingAddress: { City: 'Canton', StateOrRegion: 'MI', PostalCode: '48817', CountryCode: 'US' },
          BuyerInfo: { BuyerEmail: 'buyer@marketplace.amazon.com' },
        },
      ],
      NextToken: null,
      CreatedBefore: '2026-12-02T00:00:00Z',
    },
  },
  [orderItemsPartName(ORDER_ID)]: {
    payload: {
      AmazonOrderId: ORDER_ID,
      OrderItems: [
        {
          OrderItemId: '68828574383266',
          ASIN: 'BT0093TELA',
          SellerSKU: 'HX-2201',
          Title: 'Hex bolt M8',
          QuantityOrdered: 2,
          ItemPrice: { CurrencyCode: 'USD', Amount: '25.98' },
        },
        {
          OrderItemId: '68828574383267',
          ASIN: 'B00551Q3CS',
          QuantityOrdered: 1,
          ItemPrice: { CurrencyCode: 'USD', Amount: '15.99' },
        },
      ],
    },
  },
  [parts.address]: { payload: { AmazonOrderId: ORDER_ID, ShippingAddress: shippingAddress } },
  [parts.buyerInfo]: { payload: { AmazonOrderId: ORDER_ID, BuyerName: 'Ann Lee', PurchaseOrderNumber: 'PO-1' } },
};

describe('any polled Amazon getOrders document', () => {
  it('has each order read into a draft or not taken, or is refused with a 400, and keeps money and ids exact', () => {
    const copies = mutatedDocuments(VALID, 1000, 20261210);
    const outcomes = readEveryCopy(copies, amazonChannel.readers['amazon-orders-page']!);
    expect(outcomes.faults).toEqual([]);
    // The mutations reach every outcome, so the check is not passing on one kind of input only.
    expect(outcomes.drafts).toBeGreaterThan(50);
    expect(outcomes.notTaken).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(50);
  });
});
