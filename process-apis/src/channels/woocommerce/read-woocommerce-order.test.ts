import { describe, expect, it } from 'vitest';
import { channelFixture } from '../channel-fixtures';
import { readChannelJson } from '../read-channel-json';
import { readWooCommerceOrder } from './read-woocommerce-order';

describe('reading a WooCommerce order', () => {
  it('reads the sample order: two lines, unit prices from the line subtotals, a guest without customer id', () => {
    const draft = readWooCommerceOrder(readChannelJson(channelFixture('woocommerce-rest-v3_retrieve-order_doc-example.json')));
    expect(draft).toMatchObject({ channel: 'woocommerce', sourceOrderId: '727', purchaseOrderNumber: '727', currency: 'USD', orderedOn: '2017-03-22' });
    expect(draft.buyer?.ids).toEqual([]);
    expect(draft.lines).toEqual([
      { sourceLineId: '315', productIds: [{ qualifier: 'product_id', id: '93' }], quantity: '2', unitPrice: '3.00', description: 'Woo Single #1' },
      {
        sourceLineId: '316',
        productIds: [{ qualifier: 'sku', id: 'Bar3' }, { qualifier: 'variation_id', id: '23' }, { qualifier: 'product_id', id: '22' }],
        quantity: '1',
        unitPrice: '12.00',
        description: 'Ship Your Idea &ndash; Color: Black, Size: M Test',
      },
    ]);
    expect(draft.shipTo?.address).toMatchObject({ name: 'John Doe', line1: '969 Market', city: 'San Francisco', region: 'CA', postalCode: '94103', country: 'US' });
  });
});
