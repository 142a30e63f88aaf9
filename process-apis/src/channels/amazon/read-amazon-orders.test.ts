import { describe, expect, it } from 'vitest';
import { channelFixture } from '../channel-fixtures';
import type { ChannelOrderDraft } from '../../inbound-documents/channel-order-draft';
import { orderItemsPartName, readAmazonOrders, restrictedPartNames } from './read-amazon-orders';

const ORDER_ID = '902-3159896-1390916';
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const part = (name: string, body: Buffer) => ({ name, contentType: 'application/json', body });
const ordersPage = () => part('/orders/v0/orders', channelFixture('amazon-spapi_getOrders_v0_doc-example.json'));

/** A getOrderItems answer as the Orders API v0 reference describes it (OrderItemsList: AmazonOrderId, OrderItems, NextToken). */
function itemsAnswer(
  amazonOrderId: string,
  items: { id: string; sku: string; quantity: number; price: string }[],
  nextToken?: string,
): Buffer {
  return json({
    payload: {
      AmazonOrderId: amazonOrderId,
      ...(nextToken ? { NextToken: nextToken } : {}),
      OrderItems: items.map((item) => ({
        OrderItemId: item.id,
        SellerSKU: item.sku,
        ASIN: `B0${item.id}`,
        Title: `Item ${item.sku}`,
        QuantityOrdered: item.quantity,
        ItemPrice: { CurrencyCode: 'JPY', Amount: item.price },
      })),
    },
  });
}

const FIRST_PAGE = [
  { id: '11111111111111', sku: 'HX-2201', quantity: 1, price: '25.99' },
  { id: '22222222222222', sku: 'HX-2202', quantity: 2, price: '17.95' },
];

describe('reading polled Amazon orders', () => {
  it('joins the getOrders page with the items fetched for each order: unit price is ItemPrice over quantity', () => {
    const drafts = readAmazonOrders([
      ordersPage(),
      part(orderItemsPartName(ORDER_ID), itemsAnswer(ORDER_ID, FIRST_PAGE)),
    ]);
    expect(drafts).toHaveLength(1);
    const draft = drafts[0] as ChannelOrderDraft;
    expect(draft).toMatchObject({
      channel: 'amazon',
      sourceOrderId: ORDER_ID,
      purchaseOrderNumber: '1234567890123',
      currency: 'JPY',
      orderedOn: '2017-01-20',
    });
    expect(draft.lines).toEqual([
      {
        sourceLineId: '11111111111111',
        productIds: [
          { qualifier: 'SellerSKU', id: 'HX-2201' },
          { qualifier: 'ASIN', id: 'B011111111111111' },
        ],
        quantity: '1',
        unitPrice: '25.99',
        description: 'Item HX-2201',
      },
      {
        sourceLineId: '22222222222222',
        productIds: [
          { qualifier: 'SellerSKU', id: 'HX-2202' },
          { qualifier: 'ASIN', id: 'B022222222222222' },
        ],
        quantity: '2',
        unitPrice: '8.975',
        description: 'Item HX-2202',
      },
    ]);
    expect(draft.shipTo?.address).toMatchObject({
      name: 'Michigan address',
      line1: '1 Cross St.',
      city: 'Canton',
      region: 'MI',
      postalCode: '48817',
      country: 'US',
    });
  });

  it('reports an order whose getOrderItems answer is about another order, instead of giving it that order’s lines', () => {
    // Amazon's own documentation example answers getOrderItems for 903-1671087-0812628.
    const [read] = readAmazonOrders([
      ordersPage(),
      part(orderItemsPartName(ORDER_ID), channelFixture('amazon-spapi_getOrderItems_v0_doc-example.json')),
    ]);
    expect(read).toEqual({
      sourceOrderId: ORDER_ID,
      problem: expect.objectContaining({
        status: 400,
        fieldErrors: [{ field: 'payload.AmazonOrderId', message: `expected ${ORDER_ID}` }],
      }),
    });
    expect((read as { problem: Error }).problem.message).toContain('903-1671087-0812628');
  });

  it('adds no line twice when a NextToken page comes back again', () => {
    const second = itemsAnswer(ORDER_ID, [{ id: '33333333333333', sku: 'HX-2203', quantity: 1, price: '5.00' }]);
    const [read] = readAmazonOrders([
      ordersPage(),
      part(orderItemsPartName(ORDER_ID), itemsAnswer(ORDER_ID, FIRST_PAGE, 'page-2')),
      part(orderItemsPartName(ORDER_ID), itemsAnswer(ORDER_ID, FIRST_PAGE, 'page-2')),
      part(orderItemsPartName(ORDER_ID), second),
    ]);
    expect((read as ChannelOrderDraft).lines.map((line) => [line.sourceLineId, line.quantity])).toEqual([
      ['11111111111111', '1'],
      ['22222222222222', '2'],
      ['33333333333333', '1'],
    ]);
  });

  it('takes the ship-to and buyer from the restricted getOrderAddress and getOrderBuyerInfo answers when they were fetched', () => {
    const names = restrictedPartNames(ORDER_ID);
    const address = {
      Name: 'Ann Lee',
      AddressLine1: '2400 Elm St',
      City: 'Dallas',
      StateOrRegion: 'TX',
      PostalCode: '75226',
      CountryCode: 'US',
      Phone: '+1 214 555 0100',
    };
    const [read] = readAmazonOrders([
      ordersPage(),
      part(orderItemsPartName(ORDER_ID), itemsAnswer(ORDER_ID, FIRST_PAGE)),
      part(names.address, json({ payload: { AmazonOrderId: ORDER_ID, ShippingAddress: address } })),
      part(
        names.buyerInfo,
        json({
          payload: {
            AmazonOrderId: ORDER_ID,
            BuyerEmail: 'ann@marketplace.amazon.com',
            BuyerName: 'Ann Lee',
            PurchaseOrderNumber: 'PO-77',
          },
        }),
      ),
    ]);
    expect(read).toMatchObject({
      purchaseOrderNumber: 'PO-77',
      buyer: { address: { contactName: 'Ann Lee', contactEmail: 'ann@marketplace.amazon.com' } },
      shipTo: {
        address: {
          name: 'Ann Lee',
          line1: '2400 Elm St',
          city: 'Dallas',
          region: 'TX',
          postalCode: '75226',
          country: 'US',
          contactPhone: '+1 214 555 0100',
        },
      },
    });
  });

  it('reports an order whose restricted address answer is about another order', () => {
    const [read] = readAmazonOrders([
      ordersPage(),
      part(orderItemsPartName(ORDER_ID), itemsAnswer(ORDER_ID, FIRST_PAGE)),
      part(
        restrictedPartNames(ORDER_ID).address,
        json({ payload: { AmazonOrderId: '111-0000000-0000000', ShippingAddress: { Name: 'Someone else' } } }),
      ),
    ]);
    expect(read).toMatchObject({ sourceOrderId: ORDER_ID, problem: expect.objectContaining({ status: 400 }) });
  });

  it('leaves out an order whose items were not fetched with the page (it was taken in before)', () => {
    expect(readAmazonOrders([ordersPage()])).toEqual([]);
  });

  it('reads each order on its own: one with an unreadable total or unreadable items is reported, the others are read', () => {
    const page = JSON.parse(channelFixture('amazon-spapi_getOrders_v0_doc-example.json').toString());
    const good = page.payload.Orders[0];
    page.payload.Orders = [
      good,
      { ...good, AmazonOrderId: 'BAD-ORDER', OrderTotal: { CurrencyCode: 'JPY', Amount: 'lots' } },
      { ...good, AmazonOrderId: 'BAD-ITEMS' },
    ];
    const read = readAmazonOrders([
      part('/orders/v0/orders', json(page)),
      part(orderItemsPartName(good.AmazonOrderId), itemsAnswer(good.AmazonOrderId, FIRST_PAGE)),
      part(orderItemsPartName('BAD-ORDER'), itemsAnswer('BAD-ORDER', FIRST_PAGE)),
      part(orderItemsPartName('BAD-ITEMS'), json({ payload: { AmazonOrderId: 'BAD-ITEMS', OrderItems: 'none' } })),
    ]);
    expect(read).toEqual([
      expect.objectContaining({ sourceOrderId: good.AmazonOrderId, lines: expect.any(Array) }),
      {
        sourceOrderId: 'BAD-ORDER',
        problem: expect.objectContaining({
          status: 400,
          fieldErrors: [expect.objectContaining({ field: 'OrderTotal.Amount' })],
        }),
      },
      {
        sourceOrderId: 'BAD-ITEMS',
        problem: expect.objectContaining({
          status: 400,
          fieldErrors: [expect.objectContaining({ field: 'payload.OrderItems' })],
        }),
      },
    ]);
  });

  it('reads an order listed as Canceled as its cancellation, with no items fetched for it (it may have been taken in before)', () => {
    const page = JSON.parse(channelFixture('amazon-spapi_getOrders_v0_doc-example.json').toString());
    page.payload.Orders[0].OrderStatus = 'Canceled';
    expect(readAmazonOrders([part('/orders/v0/orders', json(page))])).toEqual([
      expect.objectContaining({ sourceOrderId: ORDER_ID, cancellation: {} }),
    ]);
  });
});
