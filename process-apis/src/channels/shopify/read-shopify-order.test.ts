import { describe, expect, it } from 'vitest';
import { channelFixture } from '../channel-fixtures';
import { readChannelJson } from '../read-channel-json';
import { readShopifyDocument, readShopifyOrder } from './read-shopify-order';

describe('reading a Shopify order', () => {
  it('reads the sample order: three lines, quantities, prices and ids exactly as written', () => {
    const draft = readShopifyOrder(readChannelJson(channelFixture('shopify-order_python-api-fixture_order.json')));
    expect(draft).toMatchObject({
      channel: 'shopify',
      sourceOrderId: '450789469',
      purchaseOrderNumber: '#1001',
      currency: 'USD',
      orderedOn: '2008-01-10',
    });
    expect(draft.lines.map((line) => [line.sourceLineId, line.productIds[0], line.quantity, line.unitPrice])).toEqual([
      ['466157049', { qualifier: 'sku', id: 'IPOD2008GREEN' }, '1', '199.00'],
      ['518995019', { qualifier: 'sku', id: 'IPOD2008RED' }, '1', '199.00'],
      ['703073504', { qualifier: 'sku', id: 'IPOD2008BLACK' }, '1', '199.00'],
    ]);
    expect(draft.lines[0]!.productIds).toEqual([
      { qualifier: 'sku', id: 'IPOD2008GREEN' },
      { qualifier: 'variant_id', id: '39072856' },
      { qualifier: 'product_id', id: '632910392' },
    ]);
    expect(draft.shipTo?.address).toMatchObject({
      name: 'Bob Norman',
      line1: 'Chestnut Street 92',
      city: 'Louisville',
      region: 'KY',
      postalCode: '40202',
      country: 'US',
    });
  });

  it('keeps an order id above 2^53 exactly, digit for digit', () => {
    const body = Buffer.from(
      '{"id": 9007199254740993123, "line_items": [{"id": 18014398509481985, "variant_id": 9007199254740993, "quantity": 2, "price": "5.10"}]}',
    );
    const draft = readShopifyOrder(readChannelJson(body));
    expect(draft.sourceOrderId).toBe('9007199254740993123');
    expect(draft.lines[0]).toMatchObject({
      sourceLineId: '18014398509481985',
      productIds: [{ qualifier: 'variant_id', id: '9007199254740993' }],
      quantity: '2',
      unitPrice: '5.10',
    });
    // What JSON.parse would have made of it: another order.
    expect(String(JSON.parse(body.toString()).id)).not.toBe('9007199254740993123');
  });

  it('refuses an order without line items, naming the field', () => {
    expect(() => readShopifyOrder(readChannelJson(Buffer.from('{"id": 1, "line_items": []}')))).toThrow(
      expect.objectContaining({ status: 400, fieldErrors: [expect.objectContaining({ field: 'line_items' })] }),
    );
  });

  it('refuses a body that is not JSON, or gives a key twice', () => {
    expect(() => readChannelJson(Buffer.from('{"id": 1, "line_items": ['))).toThrow(
      expect.objectContaining({ status: 400, type: 'urn:crossdock:problem:malformed-body' }),
    );
    expect(() => readChannelJson(Buffer.from('{"id": 1, "id": 2}'))).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => readChannelJson(Buffer.from([0x7b, 0xff, 0x7d]))).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('marks a line that requires no shipping (a digital product) as shipping nothing', () => {
    const body = Buffer.from(`{"id": 7001, "line_items": [
      {"id": 1, "sku": "HX-2201", "quantity": 2, "price": "5.00", "requires_shipping": true},
      {"id": 2, "sku": "EBOOK-1", "quantity": 1, "price": "9.00", "requires_shipping": false},
      {"id": 3, "sku": "HX-2202", "quantity": 1, "price": "4.00"}]}`);
    const draft = readShopifyOrder(readChannelJson(body));
    expect(draft.lines.map((line) => [line.sourceLineId, line.shipsNothing ?? false])).toEqual([
      ['1', false],
      ['2', true],
      ['3', false],
    ]);
  });

  it('reads an order with cancelled_at (the orders/cancelled webhook) as the cancellation of that order, with its reason', () => {
    const sample = channelFixture('shopify-order_python-api-fixture_order.json').toString();
    const cancelled = sample
      .replace('"cancel_reason": null', '"cancel_reason": "customer"')
      .replace('"cancelled_at": null', '"cancelled_at": "2008-01-10T11:00:00-05:00"');
    expect(readShopifyDocument(readChannelJson(Buffer.from(cancelled)))).toEqual({
      sourceOrderId: '450789469',
      cancellation: { reason: 'customer' },
      problem: expect.objectContaining({ type: 'urn:crossdock:problem:order-cancelled-by-channel' }),
    });
    // The same order not cancelled (cancelled_at null) is the order itself.
    expect(readShopifyDocument(readChannelJson(Buffer.from(sample)))).toMatchObject({ sourceOrderId: '450789469' });
    expect(readShopifyDocument(readChannelJson(Buffer.from(sample)))).not.toHaveProperty('cancellation');
  });
});
