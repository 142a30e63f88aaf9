import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { channelsApi, sample, SAMPLES, sign } from '../../support/channels';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
const SECRET = 'wc-webhook-secret-0123456789';
const SITE = 'https://hardware-shop.example/';

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  await api.createPartner(
    { channel: 'woocommerce', identifiers: { shopDomain: 'hardware-shop.example' }, webhookSecrets: [SECRET] },
    {
      productIds: [
        { qualifier: 'sku', lookup: 'as-sku' },
        { qualifier: 'product_id', lookup: 'as-sku' },
      ],
      customer: { from: 'partner' },
      prices: 'keep',
    },
  );
});
afterAll(() => crossdock.close());

let deliveries = 0;
/** POSTs a webhook as WooCommerce does (API version 3). */
function deliver(body: string, options: { signature?: string | null; deliveryId?: string } = {}) {
  const request = crossdock.http
    .post('/process/v1/inbound/woocommerce/orders')
    .set('Content-Type', 'application/json')
    .set('X-WC-Webhook-Source', SITE)
    .set('X-WC-Webhook-Topic', 'order.created')
    .set('X-WC-Webhook-Resource', 'order')
    .set('X-WC-Webhook-Event', 'created')
    .set('X-WC-Webhook-ID', '31')
    .set('X-WC-Webhook-Delivery-ID', options.deliveryId ?? String(1000 + ++deliveries));
  const signature = options.signature === undefined ? sign(body, SECRET) : options.signature;
  if (signature !== null) request.set('X-WC-Webhook-Signature', signature);
  return request.send(body);
}

describe('the WooCommerce order.created webhook', () => {
  it('takes in the sample order: two lines as written (unit prices from the line subtotals), held UNKNOWN_ITEM', async () => {
    const answer = await deliver(sample(SAMPLES.wooCommerceOrder).toString()).expect(202);
    expect(answer.body.outcomes).toEqual([{ sourceOrderId: '727', orderId: expect.any(String) }]);
    const document = await api.document(answer.body.documentId);
    expect(document.orders[0]!.canonicalOrder).toMatchObject({
      channel: 'woocommerce',
      sourceOrderId: '727',
      purchaseOrderNumber: '727',
      shipTo: {
        name: 'John Doe',
        line1: '969 Market',
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94103',
        country: 'US',
      },
      lines: [
        { lineNumber: 1, sku: '93', quantity: 2, unitPrice: '3.00' },
        { lineNumber: 2, sku: 'Bar3', quantity: 1, unitPrice: '12.00' },
      ],
    });
    const [order] = await api.settledOrdersOf(document.id);
    expect(order!.status).toBe('HELD');
    expect(order!.holds.map((hold) => hold.reasonCode)).toEqual(['UNKNOWN_ITEM', 'UNKNOWN_ITEM']);
  });

  it('answers a repeated X-WC-Webhook-Delivery-ID with the first delivery’s outcome', async () => {
    const body = sample(SAMPLES.wooCommerceOrder).toString().replace('"id": 727', '"id": 728');
    const first = await deliver(body, { deliveryId: 'wc-repeat' }).expect(202);
    const again = await deliver(body, { deliveryId: 'wc-repeat' }).expect(200);
    expect(again.body).toMatchObject({ documentId: first.body.documentId, duplicate: true });
  });

  it('refuses an unsigned or wrongly signed order with 401 problem+json', async () => {
    const body = sample(SAMPLES.wooCommerceOrder).toString();
    for (const signature of [null, sign(body, 'another-secret-entirely')]) {
      const answer = await deliver(body, { signature }).expect(401);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers WooCommerce’s unsigned ping with 200 and keeps nothing', async () => {
    const before = (await api.get('/process/v1/inbound-documents?channel=woocommerce').expect(200)).body.items.length;
    const answer = await crossdock.http
      .post('/process/v1/inbound/woocommerce/orders')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('webhook_id=31')
      .expect(200);
    expect(answer.body).toEqual({ ping: true });
    expect((await api.get('/process/v1/inbound-documents?channel=woocommerce').expect(200)).body.items).toHaveLength(
      before,
    );
  });

  // WooCommerce disables a webhook after repeated failed deliveries: a body kept is answered 2xx, always.
  it('answers a signed document that is not an order with 202 and a rejected receipt naming the fields, and 200 when delivered again', async () => {
    const answer = await deliver('{"id": 729, "line_items": "none"}', { deliveryId: 'not-an-order' }).expect(202);
    expect(answer.body).toMatchObject({
      status: 'rejected',
      outcomes: [{ problem: { errors: [expect.objectContaining({ field: 'line_items' })] } }],
    });
    expect((await api.document(answer.body.documentId)).status).toBe('rejected');
    expect(
      (await deliver('{"id": 729, "line_items": "none"}', { deliveryId: 'not-an-order' }).expect(200)).body,
    ).toMatchObject({ duplicate: true, status: 'rejected' });
  });
});
