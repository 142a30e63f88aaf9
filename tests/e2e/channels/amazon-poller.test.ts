import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { startAmazonTestServer, type AmazonListing, type ChannelTestServer } from '../../support/channel-test-servers';
import { channelsApi, sample, SAMPLES } from '../../support/channels';

const ACCESS_TOKEN = 'Atza|IwEBIExampleLwaAccessToken';
const ORDER_ID = '902-3159896-1390916';
// The samples' NextTokens lead to these last pages (no NextToken: the listing is complete).
const LISTING: AmazonListing = {
  orderPages: [sample(SAMPLES.amazonOrders).toString('utf8'), '{"payload":{"Orders":[]}}'],
  orderItems: { [ORDER_ID]: [sample(SAMPLES.amazonOrderItems).toString('utf8'), `{"payload":{"AmazonOrderId":"${ORDER_ID}","OrderItems":[]}}`] },
};

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let amazon: ChannelTestServer;
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
  it('lists orders with CreatedAfter then NextToken, fetches each order’s items, and holds the sample UNKNOWN_ITEM with its lines as written', async () => {
    const report = await poll();
    expect(report).toMatchObject({ polled: true, documentIds: [expect.any(String)] });

    const document = await api.document(report.documentIds[0]!);
    expect(document).toMatchObject({ channel: 'amazon', kind: 'amazon-orders-page', status: 'processed' });
    expect(document.parts.map((part) => part.name)).toEqual(['/orders/v0/orders', `/orders/v0/orders/${ORDER_ID}/orderItems`, `/orders/v0/orders/${ORDER_ID}/orderItems`]);
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
      ],
    });
    const [order] = await api.settledOrdersOf(document.id);
    expect(order!.status).toBe('HELD');
    expect(order!.holds.map((hold) => hold.reasonCode)).toEqual(['UNKNOWN_ITEM', 'UNKNOWN_ITEM']);

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
