import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { startAmazonTestServer, type AmazonListing, type AmazonTestServer } from '../../support/channel-test-servers';
import { channelsApi, sample, SAMPLES } from '../../support/channels';

const ACCESS_TOKEN = 'Atza|IwEBIExampleLwaAccessToken';
const ORDER_ID = '902-3159896-1390916';

/** A getOrderItems answer as the Orders API v0 reference describes it (OrderItemsList). */
function itemsPage(amazonOrderId: string, items: { id: string; sku: string; quantity: number; amount: string }[], nextToken?: string): string {
  const orderItems = items.map((item) => ({ OrderItemId: item.id, SellerSKU: item.sku, ASIN: `B0${item.id.slice(0, 8)}`, QuantityOrdered: item.quantity, ItemPrice: { CurrencyCode: 'JPY', Amount: item.amount } }));
  return JSON.stringify({ payload: { AmazonOrderId: amazonOrderId, OrderItems: orderItems, ...(nextToken ? { NextToken: nextToken } : {}) } });
}

const FIRST_ITEMS = [
  { id: '68828574383266', sku: 'CBA_OTF_1', quantity: 1, amount: '25.99' },
  { id: '79039765272157', sku: 'CBA_OTF_5', quantity: 2, amount: '17.95' },
];
// The sample's NextToken leads to an empty last page. The items come in three pages, the second
// handing out the first one's items again (a page repeated): each item is one line all the same.
const LISTING: AmazonListing = {
  orderPages: [sample(SAMPLES.amazonOrders).toString('utf8'), '{"payload":{"Orders":[]}}'],
  orderItems: {
    [ORDER_ID]: [itemsPage(ORDER_ID, FIRST_ITEMS, 'items-2'), itemsPage(ORDER_ID, FIRST_ITEMS, 'items-3'), itemsPage(ORDER_ID, [{ id: '90000000000001', sku: 'CBA_OTF_9', quantity: 1, amount: '5.00' }])],
  },
};

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let amazon: AmazonTestServer;
let partnerId: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  amazon = await startAmazonTestServer({ accessToken: ACCESS_TOKEN, listing: LISTING });
  partnerId = await api.createPartner(
    { channel: 'amazon', identifiers: { sellerId: 'A2EXAMPLE1SELLER' }, connection: { baseUrl: amazon.baseUrl, accessToken: ACCESS_TOKEN, marketplaceIds: ['ATVPDKIKX0DER'], startFrom: '2017-01-01T00:00:00Z' } },
    { productIds: [{ qualifier: 'SellerSKU', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' },
  );
});
afterAll(async () => {
  await crossdock.close();
  await amazon.close();
});

const poll = async () => (await api.post(`/process/v1/partners/${partnerId}/poll`).expect(200)).body as { polled: boolean; documentIds: string[]; error?: string };

describe('polling Amazon’s Selling Partner API for orders', () => {
  it('lists orders with CreatedAfter then NextToken, fetches each order’s items page by page, and holds the sample UNKNOWN_ITEM with each item once', async () => {
    const report = await poll();
    expect(report).toMatchObject({ polled: true, documentIds: [expect.any(String)] });

    const document = await api.document(report.documentIds[0]!);
    expect(document).toMatchObject({ channel: 'amazon', kind: 'amazon-orders-page', status: 'processed' });
    expect(document.parts.map((part) => part.name)).toEqual(['/orders/v0/orders', ...Array(3).fill(`/orders/v0/orders/${ORDER_ID}/orderItems`)]);
    const [link] = document.orders;
    expect(link!.canonicalOrder).toMatchObject({
      channel: 'amazon',
      sourceOrderId: ORDER_ID,
      purchaseOrderNumber: '1234567890123',
      currency: 'JPY',
      shipTo: { name: 'Michigan address', line1: '1 Cross St.', city: 'Canton', region: 'MI', postalCode: '48817', country: 'US' },
      lines: [
        { lineNumber: 1, sku: 'CBA_OTF_1', quantity: 1, unitPrice: '25.99' },
        { lineNumber: 2, sku: 'CBA_OTF_5', quantity: 2, unitPrice: '8.975' },
        { lineNumber: 3, sku: 'CBA_OTF_9', quantity: 1, unitPrice: '5.00' },
      ],
    });
    expect(link!.canonicalOrder.lines).toHaveLength(3);
    const [order] = await api.settledOrdersOf(document.id);
    expect(order!.status).toBe('HELD');
    expect(order!.holds.map((hold) => hold.reasonCode)).toEqual(['UNKNOWN_ITEM', 'UNKNOWN_ITEM', 'UNKNOWN_ITEM']);

    const listings = amazon.requests.filter((request) => request.path === '/orders/v0/orders');
    expect(listings.map((request) => [request.query.get('CreatedAfter'), request.query.get('NextToken'), request.query.get('MarketplaceIds')])).toEqual([
      ['2017-01-01T00:00:00Z', null, 'ATVPDKIKX0DER'],
      [null, '2YgYW55IGNhcm5hbCBwbGVhc3VyZS4', 'ATVPDKIKX0DER'],
    ]);
  });

  it('authenticates with x-amz-access-token and sends no Authorization header at all', () => {
    expect(amazon.requests.every((request) => request.headers['x-amz-access-token'] === ACCESS_TOKEN && request.headers.authorization === undefined)).toBe(true);
  });

  it('remembers the newest purchase date and does not take an order in twice when CreatedAfter lists it again', async () => {
    const partner = (await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body;
    expect(partner.poller.cursor).toEqual({ createdAfter: '2017-01-20T19:49:35Z' });
    const before = amazon.requests.length;
    const report = await poll();
    expect(report.documentIds).toEqual([]);
    const asked = amazon.requests.slice(before);
    expect(asked.map((request) => request.path)).toEqual(['/orders/v0/orders', '/orders/v0/orders']);
    expect(asked[0]!.query.get('CreatedAfter')).toBe('2017-01-20T19:49:35Z');
  });

  it('backs off on 429 from the API and still completes the poll', async () => {
    amazon.rateLimit(2);
    const report = await poll();
    expect(report.error).toBeUndefined();
    expect(amazon.requests.slice(-4).filter((request) => request.path === '/orders/v0/orders')).toHaveLength(4);
  });
});
