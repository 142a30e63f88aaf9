import { describe, expect, it } from 'vitest';
import { channelFixture } from '../channel-fixtures';
import { readChannelJson } from '../read-channel-json';
import { readWooCommerceDocument, readWooCommerceOrder } from './read-woocommerce-order';

describe('reading a WooCommerce order', () => {
  it('reads the sample order: two lines, unit prices from the line subtotals, a guest without customer id', () => {
    const draft = readWooCommerceOrder(
      readChannelJson(channelFixture('woocommerce-rest-v3_retrieve-order_doc-example.json')),
    );
    expect(draft).toMatchObject({
      channel: 'woocommerce',
      sourceOrderId: '727',
      purchaseOrderNumber: '727',
      currency: 'USD',
      orderedOn: '2017-03-22',
    });
    expect(draft.buyer?.ids).toEqual([]);
    expect(draft.lines).toEqual([
      {
        sourceLineId: '315',
        productIds: [{ qualifier: 'product_id', id: '93' }],
        quantity: '2',
        unitPrice: '3.00',
        description: 'Woo Single #1',
      },
      {
        sourceLineId: '316',
        productIds: [
          { qualifier: 'sku', id: 'Bar3' },
          { qualifier: 'variation_id', id: '23' },
          { qualifier: 'product_id', id: '22' },
        ],
        quantity: '1',
        unitPrice: '12.00',
        description: 'Ship Your Idea &ndash; Color: Black, Size: M Test',
      },
    ]);
    expect(draft.shipTo?.address).toMatchObject({
      name: 'John Doe',
      line1: '969 Market',
      city: 'San Francisco',
      region: 'CA',
      postalCode: '94103',
      country: 'US',
    });
  });

  it('marks a line whose product meta say virtual or downloadable as shipping nothing; without them a line ships', () => {
    const body = Buffer.from(`{"id": 727, "line_items": [
      {"id": 1, "sku": "HX-2201", "product_id": 93, "quantity": 2, "subtotal": "10.00", "meta_data": []},
      {"id": 2, "sku": "MANUAL-PDF", "product_id": 94, "quantity": 1, "subtotal": "9.00", "meta_data": [{"id": 5, "key": "_downloadable", "value": "yes"}]},
      {"id": 3, "sku": "SETUP", "product_id": 95, "quantity": 1, "subtotal": "50.00", "meta_data": [{"id": 6, "key": "_virtual", "value": "yes"}]},
      {"id": 4, "sku": "HX-2202", "product_id": 96, "quantity": 1, "subtotal": "4.00", "meta_data": [{"id": 7, "key": "_virtual", "value": "no"}]}]}`);
    const draft = readWooCommerceOrder(readChannelJson(body));
    expect(draft.lines.map((line) => [line.sourceLineId, line.shipsNothing ?? false])).toEqual([
      ['1', false],
      ['2', true],
      ['3', true],
      ['4', false],
    ]);
  });

  it('reads an order whose status is cancelled (order.updated) as its cancellation; any other status is the order', () => {
    const sample = channelFixture('woocommerce-rest-v3_retrieve-order_doc-example.json').toString();
    const cancelled = sample.replace('"status": "processing"', '"status": "cancelled"');
    expect(readWooCommerceDocument(readChannelJson(Buffer.from(cancelled)))).toMatchObject({
      sourceOrderId: '727',
      cancellation: {},
    });
    const completed = sample.replace('"status": "processing"', '"status": "completed"');
    expect(readWooCommerceDocument(readChannelJson(Buffer.from(completed)))).toMatchObject({
      channel: 'woocommerce',
      sourceOrderId: '727',
    });
  });
});
