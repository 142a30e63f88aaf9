import { describe, expect, it } from 'vitest';
import { channelFixture } from '../channel-fixtures';
import { orderItemsPartName, readAmazonOrders } from './read-amazon-orders';

describe('reading polled Amazon orders', () => {
  it('joins the getOrders page with the items fetched for each order: unit price is ItemPrice over quantity', () => {
    const drafts = readAmazonOrders([
      { name: '/orders/v0/orders', contentType: 'application/json', body: channelFixture('amazon-spapi_getOrders_v0_doc-example.json') },
      { name: orderItemsPartName('902-3159896-1390916'), contentType: 'application/json', body: channelFixture('amazon-spapi_getOrderItems_v0_doc-example.json') },
    ]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ channel: 'amazon', sourceOrderId: '902-3159896-1390916', purchaseOrderNumber: '1234567890123', currency: 'JPY', orderedOn: '2017-01-20' });
    expect(drafts[0]!.lines).toEqual([
      { sourceLineId: '68828574383266', productIds: [{ qualifier: 'SellerSKU', id: 'CBA_OTF_1' }, { qualifier: 'ASIN', id: 'BT0093TELA' }], quantity: '1', unitPrice: '25.99', description: 'Example item name' },
      { sourceLineId: '79039765272157', productIds: [{ qualifier: 'SellerSKU', id: 'CBA_OTF_5' }, { qualifier: 'ASIN', id: 'BCTU1104UEFB' }], quantity: '2', unitPrice: '8.975', description: 'Example item name' },
    ]);
    expect(drafts[0]!.shipTo?.address).toMatchObject({ name: 'Michigan address', line1: '1 Cross St.', city: 'Canton', region: 'MI', postalCode: '48817', country: 'US' });
  });

  it('leaves out an order whose items were not fetched with the page (it was taken in before)', () => {
    expect(readAmazonOrders([{ name: '/orders/v0/orders', contentType: 'application/json', body: channelFixture('amazon-spapi_getOrders_v0_doc-example.json') }])).toEqual([]);
  });
});
