import { describe, expect, it } from 'vitest';
import { channelFixture } from '../channel-fixtures';
import type { ChannelOrderDraft } from '../channel-order-draft';
import { orderItemsPartName, readAmazonOrders } from './read-amazon-orders';

describe('reading polled Amazon orders', () => {
  it('joins the getOrders page with the items fetched for each order: unit price is ItemPrice over quantity', () => {
    const drafts = readAmazonOrders([
      { name: '/orders/v0/orders', contentType: 'application/json', body: channelFixture('amazon-spapi_getOrders_v0_doc-example.json') },
      { name: orderItemsPartName('902-3159896-1390916'), contentType: 'application/json', body: channelFixture('amazon-spapi_getOrderItems_v0_doc-example.json') },
    ]);
    expect(drafts).toHaveLength(1);
    const draft = drafts[0] as ChannelOrderDraft;
    expect(draft).toMatchObject({ channel: 'amazon', sourceOrderId: '902-3159896-1390916', purchaseOrderNumber: '1234567890123', currency: 'JPY', orderedOn: '2017-01-20' });
    expect(draft.lines).toEqual([
      { sourceLineId: '68828574383266', productIds: [{ qualifier: 'SellerSKU', id: 'CBA_OTF_1' }, { qualifier: 'ASIN', id: 'BT0093TELA' }], quantity: '1', unitPrice: '25.99', description: 'Example item name' },
      { sourceLineId: '79039765272157', productIds: [{ qualifier: 'SellerSKU', id: 'CBA_OTF_5' }, { qualifier: 'ASIN', id: 'BCTU1104UEFB' }], quantity: '2', unitPrice: '8.975', description: 'Example item name' },
    ]);
    expect(draft.shipTo?.address).toMatchObject({ name: 'Michigan address', line1: '1 Cross St.', city: 'Canton', region: 'MI', postalCode: '48817', country: 'US' });
  });

  it('leaves out an order whose items were not fetched with the page (it was taken in before)', () => {
    expect(readAmazonOrders([{ name: '/orders/v0/orders', contentType: 'application/json', body: channelFixture('amazon-spapi_getOrders_v0_doc-example.json') }])).toEqual([]);
  });

  it('reads each order on its own: one with an unreadable total or unreadable items is reported, the others are read', () => {
    const page = JSON.parse(channelFixture('amazon-spapi_getOrders_v0_doc-example.json').toString());
    const good = page.payload.Orders[0];
    page.payload.Orders = [
      good,
      { ...good, AmazonOrderId: 'BAD-ORDER', OrderTotal: { CurrencyCode: 'JPY', Amount: 'lots' } },
      { ...good, AmazonOrderId: 'BAD-ITEMS' },
    ];
    const items = channelFixture('amazon-spapi_getOrderItems_v0_doc-example.json');
    const read = readAmazonOrders([
      { name: '/orders/v0/orders', contentType: 'application/json', body: Buffer.from(JSON.stringify(page)) },
      { name: orderItemsPartName(good.AmazonOrderId), contentType: 'application/json', body: items },
      { name: orderItemsPartName('BAD-ORDER'), contentType: 'application/json', body: items },
      { name: orderItemsPartName('BAD-ITEMS'), contentType: 'application/json', body: Buffer.from('{"payload": {"OrderItems": "none"}}') },
    ]);
    expect(read).toEqual([
      expect.objectContaining({ sourceOrderId: good.AmazonOrderId, lines: expect.any(Array) }),
      { sourceOrderId: 'BAD-ORDER', problem: expect.objectContaining({ status: 400, fieldErrors: [expect.objectContaining({ field: 'OrderTotal.Amount' })] }) },
      { sourceOrderId: 'BAD-ITEMS', problem: expect.objectContaining({ status: 400, fieldErrors: [expect.objectContaining({ field: 'payload.OrderItems' })] }) },
    ]);
  });
});
