import { describe, expect, it } from 'vitest';
import { channelFixture } from '../channel-fixtures';
import { readChannelJson } from '../read-channel-json';
import { readMagentoOrder, readMagentoOrderPage } from './read-magento-orders';

describe('reading a Magento order', () => {
  it('makes the picked items the lines: the bundle’s four parts and the configurable’s child, at their prices', () => {
    const draft = readMagentoOrder(
      readChannelJson(channelFixture('magento2-rest_GET-V1-orders-3_adobedocs-full.json')),
    );
    expect(draft).toMatchObject({
      channel: 'magento',
      sourceOrderId: '000000003',
      currency: 'USD',
      orderedOn: '2017-08-21',
    });
    expect(
      draft.lines.map((line) => [line.sourceLineId, line.productIds[0]?.id, line.quantity, line.unitPrice]),
    ).toEqual([
      ['3', 'WS12-M-Orange', '1', '22'],
      ['4', '240-LV08', '1', '18'],
      ['6', '24-WG082-blue', '1', '27'],
      ['7', '24-WG084', '1', '5'],
      ['8', '24-WG086', '1', '17'],
      ['9', '24-WG088', '1', '19'],
      ['11', 'MH01-S-Gray', '1', '52'],
    ]);
    expect(draft.shipTo?.address).toMatchObject({
      name: 'Jane Doe',
      line1: '123 Oak Ave',
      city: 'Purchase',
      region: 'NY',
      postalCode: '10577',
      country: 'US',
    });
  });

  it('leaves a fixed-price bundle’s parts unpriced rather than priced at 0', () => {
    const order = {
      entity_id: 9,
      billing_address: null,
      items: [
        { item_id: 1, sku: 'KIT', product_type: 'bundle', qty_ordered: 2, price: 40 },
        { item_id: 2, parent_item_id: 1, sku: 'PART-A', product_type: 'simple', qty_ordered: 2, price: 0 },
      ],
    };
    const [line] = readMagentoOrder(
      JSON.parse(JSON.stringify(order), (_key, value) => (typeof value === 'number' ? String(value) : value)),
    ).lines;
    expect(line).toMatchObject({ productIds: [{ id: 'PART-A' }], quantity: '2', unitPrice: undefined });
  });

  it('reads every order of a search result page', () => {
    const page = Buffer.from(
      `{"items": [${channelFixture('magento2-rest_GET-V1-orders-3_adobedocs-full.json').toString()}], "search_criteria": {}, "total_count": 1}`,
    );
    expect(readMagentoOrderPage(readChannelJson(page)).map((draft) => draft.sourceOrderId)).toEqual(['000000003']);
  });

  it('reads each order of a page on its own: one without items is reported with why, the others are read', () => {
    const good = channelFixture('magento2-rest_GET-V1-orders-3_adobedocs-full.json').toString();
    const page = Buffer.from(
      `{"items": [{"entity_id": 7, "increment_id": "000000007", "items": []}, ${good}, {"increment_id": 8}], "total_count": 3}`,
    );
    expect(readMagentoOrderPage(readChannelJson(page))).toEqual([
      {
        sourceOrderId: '000000007',
        problem: expect.objectContaining({
          status: 400,
          fieldErrors: [expect.objectContaining({ field: 'items', message: 'An order needs at least one item' })],
        }),
      },
      expect.objectContaining({ sourceOrderId: '000000003', lines: expect.any(Array) }),
      { sourceOrderId: '8', problem: expect.objectContaining({ status: 400 }) },
    ]);
  });

  it('marks downloadable and virtual items as shipping nothing, and leaves simple ones to ship', () => {
    const item = (id: string, type: string, isVirtual: number) =>
      `{"item_id": ${id}, "sku": "SKU-${id}", "product_type": "${type}", "is_virtual": ${isVirtual}, "qty_ordered": 1, "price": 10}`;
    const body = `{"entity_id": 41, "increment_id": "000000041", "billing_address": {"firstname": "Ann", "street": ["1 Main St"], "city": "Austin", "region_code": "TX", "postcode": "78701", "country_id": "US"},
      "items": [${item('1', 'simple', 0)}, ${item('2', 'downloadable', 1)}, ${item('3', 'virtual', 1)}, ${item('4', 'giftcard', 1)}]}`;
    const draft = readMagentoOrder(readChannelJson(Buffer.from(body)));
    expect(draft.lines.map((line) => [line.sourceLineId, line.shipsNothing ?? false])).toEqual([
      ['1', false],
      ['2', true],
      ['3', true],
      ['4', true],
    ]);
  });

  it('reads an order of a page whose state is canceled as its cancellation, beside the others', () => {
    const sample = channelFixture('magento2-rest_GET-V1-orders-3_adobedocs-full.json').toString();
    const cancelled = sample
      .replace('"state": "new"', '"state": "canceled"')
      .replace('"increment_id": "000000003"', '"increment_id": "000000009"');
    const read = readMagentoOrderPage(readChannelJson(Buffer.from(`{"items": [${sample}, ${cancelled}]}`)));
    expect(read.map((order) => [order.sourceOrderId, 'cancellation' in order])).toEqual([
      ['000000003', false],
      ['000000009', true],
    ]);
  });
});
