import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aShopDomain, channelsApi, shopifyWebhookBody, sign, type DocumentView } from '../../support/channels';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let shop: string;
const SECRET = 'shpss_0123456789abcdef0123456789abcdef';
const PROBLEM = /^application\/problem\+json/;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  shop = aShopDomain('iPod-store');
  await api.createPartner({ channel: 'shopify', identifiers: { shopDomain: shop }, webhookSecrets: [SECRET] });
});
afterAll(() => crossdock.close());

let deliveries = 0;
/** POSTs a webhook as Shopify does: raw JSON body, its signature, the shop, the topic and a webhook id. */
function deliver(
  body: Buffer,
  options: { secret?: string; shopDomain?: string; webhookId?: string; signature?: string | null } = {},
) {
  const request = crossdock.http
    .post('/process/v1/inbound/shopify/orders')
    .set('Content-Type', 'application/json')
    .set('X-Shopify-Topic', 'orders/create')
    .set('X-Shopify-Shop-Domain', options.shopDomain ?? shop)
    .set('X-Shopify-Webhook-Id', options.webhookId ?? `b54557e4-${++deliveries}-${Date.now()}`)
    .set('X-Shopify-API-Version', '2025-10');
  const signature = options.signature === undefined ? sign(body, options.secret ?? SECRET) : options.signature;
  if (signature !== null) request.set('X-Shopify-Hmac-Sha256', signature);
  // As text: supertest would turn a Buffer sent as application/json into JSON of its bytes.
  return request.send(body.toString('utf8'));
}

describe('the Shopify orders/create webhook', () => {
  it('takes in the sample order: kept as received, three lines as written, held UNKNOWN_ITEM (its SKUs are not the ERP’s)', async () => {
    const body = shopifyWebhookBody();
    const answer = await deliver(body).expect(202);
    expect(answer.body).toMatchObject({
      duplicate: false,
      status: 'processed',
      outcomes: [{ sourceOrderId: '450789469', orderId: expect.any(String) }],
    });

    const document: DocumentView = await api.document(answer.body.documentId);
    expect(document).toMatchObject({
      channel: 'shopify',
      kind: 'shopify-order',
      status: 'processed',
      parts: [{ seq: 0, contentType: 'application/json', sizeBytes: body.length }],
    });
    const stored = await api
      .get(`/process/v1/inbound-documents/${document.id}/parts/0`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(Buffer.compare(stored.body as Buffer, body)).toBe(0);

    const [link] = document.orders;
    expect(link!.canonicalOrder).toMatchObject({
      channel: 'shopify',
      sourceOrderId: '450789469',
      customerId: 'C-1001',
      purchaseOrderNumber: '#1001',
      currency: 'USD',
    });
    expect(link!.canonicalOrder.lines).toEqual([
      { lineNumber: 1, sku: 'IPOD2008GREEN', quantity: 1, unitPrice: '199.00' },
      { lineNumber: 2, sku: 'IPOD2008RED', quantity: 1, unitPrice: '199.00' },
      { lineNumber: 3, sku: 'IPOD2008BLACK', quantity: 1, unitPrice: '199.00' },
    ]);
    expect(link!.mapping.version).toBe(1);

    const [order] = await api.settledOrdersOf(document.id);
    expect(order).toMatchObject({ status: 'HELD', channel: 'shopify', sourceOrderId: '450789469' });
    expect(order!.holds.map((hold) => hold.reasonCode)).toEqual(['UNKNOWN_ITEM', 'UNKNOWN_ITEM', 'UNKNOWN_ITEM']);
  });

  it('keeps an order id above 2^53 exactly as Shopify wrote it', async () => {
    const body = Buffer.from(shopifyWebhookBody().toString().replace('"id": 450789469', '"id": 9007199254740993123'));
    const answer = await deliver(body).expect(202);
    const [order] = await api.settledOrdersOf(answer.body.documentId);
    expect(order!.sourceOrderId).toBe('9007199254740993123');
    const listed = await api.get('/process/v1/orders?channel=shopify&sourceOrderId=9007199254740993123').expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([order!.id]);
  });

  it('does nothing twice for a repeated X-Shopify-Webhook-Id: 200 with what the first delivery became', async () => {
    const body = Buffer.from(shopifyWebhookBody().toString().replace('"id": 450789469', '"id": 820982911946154508'));
    const first = await deliver(body, { webhookId: 'repeat-me-1' }).expect(202);
    const again = await deliver(body, { webhookId: 'repeat-me-1' }).expect(200);
    expect(again.body).toMatchObject({
      documentId: first.body.documentId,
      duplicate: true,
      outcomes: first.body.outcomes,
    });
    const documents = await api.get(`/process/v1/inbound-documents?channel=shopify`).expect(200);
    expect(documents.body.items.filter((document: DocumentView) => document.id === first.body.documentId)).toHaveLength(
      1,
    );
    const orders = await api.get('/process/v1/orders?channel=shopify&sourceOrderId=820982911946154508').expect(200);
    expect(orders.body.items).toHaveLength(1);
  });

  it.each([
    ['without a signature', { signature: null }],
    ['signed with another secret', { secret: 'not-the-shops-secret-at-all' }],
    ['with a signature of another body', { signature: sign('{"id": 1}', SECRET) }],
    ['from a shop that is no partner', { shopDomain: 'stranger.myshopify.com' }],
  ])('refuses a webhook %s with 401 problem+json, and keeps nothing', async (_what, options) => {
    const before = (await api.get('/process/v1/inbound-documents?channel=shopify&limit=200').expect(200)).body.items
      .length;
    const answer = await deliver(shopifyWebhookBody(), options).expect(401);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(answer.body).toMatchObject({ type: 'urn:crossdock:problem:unauthenticated', status: 401 });
    expect(
      (await api.get('/process/v1/inbound-documents?channel=shopify&limit=200').expect(200)).body.items,
    ).toHaveLength(before);
  });

  it('refuses an unsigned webhook sent straight to the process tier too, around the gateway', async () => {
    const answer = await supertest(crossdock.platform.tiers.process)
      .post('/process/v1/inbound/shopify/orders')
      .set('Content-Type', 'application/json')
      .set('X-Shopify-Shop-Domain', shop)
      .send(shopifyWebhookBody().toString())
      .expect(401);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
  });

  it('still asks for a token on every other process path, also one that only begins like the webhook’s', async () => {
    for (const path of ['/process/v1/inbound/shopify-orders', '/process/v1/partners', '/process/v1/inbound/x12']) {
      const answer = await crossdock.http.post(path).set('Content-Type', 'application/json').send('{}').expect(401);
      expect(answer.body.detail, path).toBe('Send a bearer token, or an API key in X-API-Key.');
    }
  });

  // Shopify disables a webhook whose deliveries keep failing: a body kept is answered 2xx, always.
  it('answers a signed body that is not JSON with 202 and a rejected receipt saying why, kept as rejected, and 200 when delivered again', async () => {
    const body = Buffer.from('{"id": 1, "line_items": [');
    const answer = await deliver(body, { webhookId: 'not-json-delivery' }).expect(202);
    expect(answer.body).toMatchObject({
      documentId: expect.any(String),
      duplicate: false,
      status: 'rejected',
      outcomes: [{ problem: { title: 'The request body cannot be read' } }],
    });
    expect((await api.document(answer.body.documentId)).status).toBe('rejected');
    const again = await deliver(body, { webhookId: 'not-json-delivery' }).expect(200);
    expect(again.body).toMatchObject({ documentId: answer.body.documentId, duplicate: true, status: 'rejected' });
  });

  it('takes a signed order without a ship-to street (202) and holds it ADDRESS_INCOMPLETE for a person, instead of dropping it; 200 when delivered again', async () => {
    const body = Buffer.from(
      shopifyWebhookBody()
        .toString()
        .replace('"id": 450789469', '"id": 450789470')
        .replaceAll('"address1": "Chestnut Street 92"', '"address1": ""'),
    );
    const answer = await deliver(body, { webhookId: 'no-street-delivery' }).expect(202);
    expect(answer.body).toMatchObject({
      status: 'processed',
      outcomes: [{ sourceOrderId: '450789470', orderId: expect.any(String) }],
    });
    const [order] = await api.settledOrdersOf(answer.body.documentId);
    expect(order!.holds).toContainEqual(
      expect.objectContaining({ reasonCode: 'ADDRESS_INCOMPLETE', detail: expect.stringContaining('line1: missing') }),
    );
    expect((await deliver(body, { webhookId: 'no-street-delivery' }).expect(200)).body).toMatchObject({
      duplicate: true,
      status: 'processed',
    });
  });

  it('refuses a 10 MB document with 413 at the gateway, and goes on taking orders', async () => {
    const huge = Buffer.alloc(10 * 1024 * 1024, 0x20);
    const answer = await deliver(huge).expect(413);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    await deliver(Buffer.from(shopifyWebhookBody().toString().replace('"id": 450789469', '"id": 450789471'))).expect(
      202,
    );
  });

  it('refuses a 10 MB document with 413 at the process tier reached directly', async () => {
    const huge = Buffer.alloc(10 * 1024 * 1024, 0x20);
    const answer = await supertest(crossdock.platform.tiers.process)
      .post('/process/v1/inbound/shopify/orders')
      .set('Content-Type', 'application/json')
      .set('X-Shopify-Shop-Domain', shop)
      .set('X-Shopify-Hmac-Sha256', sign(huge, SECRET))
      .send(huge.toString());
    expect(answer.status).toBe(413);
  });

  it('refuses another topic on this endpoint with 400', async () => {
    const answer = await deliver(shopifyWebhookBody()).set('X-Shopify-Topic', 'orders/updated').expect(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'X-Shopify-Topic' })]);
  });
});
