/**
 * A changed resend — an order whose id a JSON channel sent before, now with other content — is refused
 * and told (a 2xx with the refusal in the outcome, and com.crossdock.inbound_order.rejected naming the
 * order taken first), and the order taken first stays as it was. One case per JSON channel, one platform.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  serve,
  startAmazonTestServer,
  startMagentoTestServer,
  type ChannelTestServer,
} from '../../support/channel-test-servers';
import {
  aShopDomain,
  AS_SENT_RULES,
  channelsApi,
  sample,
  SAMPLES,
  shopifyWebhookBody,
  sign,
} from '../../support/channels';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

const CONFLICT = 'This order arrived before with different content';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
const servers: ChannelTestServer[] = [];

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
});
afterAll(async () => {
  await crossdock.close();
  await Promise.all(servers.map((server) => server.close()));
});

interface RejectionEvent {
  type: string;
  data: { channel: string; sourceOrderId?: string; reason: string; orderTakenFirst?: unknown };
}

/** The refusal told about the changed copy's document (the event reader hands it out once older transactions end). */
const refusalAbout = async (documentId: string) =>
  (
    await waitUntil(
      async () =>
        (await api.get(`/process/v1/events?subject=${encodeURIComponent(documentId)}`).expect(200))
          .body as RejectionEvent[],
      (events) => events.some((event) => event.type === 'com.crossdock.inbound_order.rejected'),
      { what: `the refusal of ${documentId}` },
    )
  ).find((event) => event.type === 'com.crossdock.inbound_order.rejected')!;

/**
 * What a user checks after a changed resend: the copy's document says why it was not taken, the event names
 * the order taken first, and that order is the only one under the id, with the lines and status it had.
 */
async function expectRefusedAndFirstUnchanged(channel: string, firstDocumentId: string, changedDocumentId: string) {
  const [first] = await api.settledOrdersOf(firstDocumentId);
  const sourceOrderId = first!.sourceOrderId;
  const changed = await api.document(changedDocumentId);
  expect(changed).toMatchObject({ status: 'rejected', orders: [] });
  expect(changed.outcomes).toContainEqual(
    expect.objectContaining({ sourceOrderId, problem: expect.objectContaining({ title: CONFLICT }) }),
  );
  const refusal = await refusalAbout(changedDocumentId);
  expect(refusal.data).toMatchObject({
    channel,
    sourceOrderId,
    reason: CONFLICT,
    orderTakenFirst: { orderId: first!.id, sourceOrderId },
  });
  const after = await api.receivedOrder(first!.id);
  expect({ status: after.status, lines: after.lines }).toEqual({ status: first!.status, lines: first!.lines });
  const underTheId = await api
    .get(`/process/v1/orders?channel=${channel}&sourceOrderId=${encodeURIComponent(sourceOrderId)}`)
    .expect(200);
  expect(underTheId.body.items).toHaveLength(1);
}

describe('a changed resend from a web shop', () => {
  it('Shopify: the same order id with other quantities is refused with the event; the first order stands', async () => {
    const secret = 'shpss_changed_0123456789abcdef';
    const shop = aShopDomain('changed');
    await api.createPartner({ channel: 'shopify', identifiers: { shopDomain: shop }, webhookSecrets: [secret] });
    const orderId = String(Date.now() * 10 + 1);
    const first = shopifyWebhookBody().toString('utf8').replace('"id": 450789469', `"id": ${orderId}`);
    const changed = first.replaceAll('"quantity": 1,', '"quantity": 3,');
    const deliver = (body: string) =>
      crossdock.http
        .post('/process/v1/inbound/shopify/orders')
        .set('Content-Type', 'application/json')
        .set('X-Shopify-Topic', 'orders/create')
        .set('X-Shopify-Shop-Domain', shop)
        .set('X-Shopify-Webhook-Id', `changed-${randomUUID()}`)
        .set('X-Shopify-Hmac-Sha256', sign(body, secret))
        .send(body)
        .expect(202);
    const firstAnswer = await deliver(first);
    await api.settledOrdersOf(firstAnswer.body.documentId);
    const changedAnswer = await deliver(changed);
    await expectRefusedAndFirstUnchanged('shopify', firstAnswer.body.documentId, changedAnswer.body.documentId);

    // The identical resend is still the duplicate it is: answered with the first order, nothing refused.
    const again = await deliver(first);
    expect(again.body.outcomes).toEqual([
      { sourceOrderId: orderId, orderId: firstAnswer.body.outcomes[0].orderId, duplicate: true },
    ]);
  });

  it('WooCommerce: the same order id with other quantities is refused with the event; the first order stands', async () => {
    const secret = 'wc-changed-secret-0123456789';
    const domain = `changed-${randomUUID().slice(0, 8)}.example`;
    await api.createPartner(
      { channel: 'woocommerce', identifiers: { shopDomain: domain }, webhookSecrets: [secret] },
      AS_SENT_RULES('sku'),
    );
    const first = sample(SAMPLES.wooCommerceOrder)
      .toString('utf8')
      .replace('"id": 727', `"id": ${Date.now() * 10 + 2}`);
    const changed = first.replace('"quantity": 2,', '"quantity": 5,');
    const deliver = (body: string) =>
      crossdock.http
        .post('/process/v1/inbound/woocommerce/orders')
        .set('Content-Type', 'application/json')
        .set('X-WC-Webhook-Source', `https://${domain}/`)
        .set('X-WC-Webhook-Topic', 'order.created')
        .set('X-WC-Webhook-Resource', 'order')
        .set('X-WC-Webhook-Event', 'created')
        .set('X-WC-Webhook-ID', '31')
        .set('X-WC-Webhook-Delivery-ID', `changed-${randomUUID()}`)
        .set('X-WC-Webhook-Signature', sign(body, secret))
        .send(body)
        .expect(202);
    const firstAnswer = await deliver(first);
    await api.settledOrdersOf(firstAnswer.body.documentId);
    const changedAnswer = await deliver(changed);
    await expectRefusedAndFirstUnchanged('woocommerce', firstAnswer.body.documentId, changedAnswer.body.documentId);
  });

  it('BigCommerce: a statusUpdated callback whose order now has other products is refused with the event', async () => {
    const storeHash = `c${randomUUID().slice(0, 8)}`;
    const clientSecret = 'bc-changed-client-secret-0123456789';
    const token = 'bc-changed-store-token';
    const orderId = '4101';
    let quantity = 2;
    const store = await serve(`/stores/${storeHash}/v2/orders/${orderId}`, (request) => {
      if (request.headers['x-auth-token'] !== token) return { status: 401, body: '{"status":401}' };
      if (request.query.get('page') === '2') return { status: 204, body: '' };
      const address = {
        first_name: 'Ann',
        last_name: 'Lee',
        company: 'Acme Hardware',
        street_1: '2400 Elm St',
        city: 'Dallas',
        state: 'Texas',
        zip: '75226',
        country: 'United States',
        country_iso2: 'US',
      };
      const answers: Record<string, unknown> = {
        '': {
          id: Number(orderId),
          date_created: 'Tue, 01 Dec 2026 15:00:00 +0000',
          status: 'Awaiting Fulfillment',
          currency_code: 'USD',
          default_currency_code: 'USD',
          billing_address: address,
        },
        '/products': [
          { id: 1, order_id: 4101, product_id: 100, order_address_id: 7, name: 'Bolts', sku: 'HXB-004' },
        ].map((product) => ({ ...product, type: 'physical', price_ex_tax: '5.0000', quantity, product_options: [] })),
        '/shipping_addresses': [{ id: 7, order_id: 4101, ...address }],
      };
      return { status: 200, body: JSON.stringify(answers[request.path]) };
    });
    servers.push(store);
    await api.createPartner({
      channel: 'bigcommerce',
      identifiers: { shopDomain: `store-${storeHash}.mybigcommerce.com` },
      webhookSecrets: [clientSecret],
      connection: { baseUrl: store.baseUrl.replace(/\/v2\/orders\/\d+$/, ''), accessToken: token },
    });
    const deliver = (scope: string) => {
      const body = JSON.stringify({
        created_at: Math.floor(Date.now() / 1000),
        producer: `stores/${storeHash}`,
        scope,
        hash: randomUUID().replaceAll('-', ''),
        data: { type: 'order', id: Number(orderId) },
      });
      const [id, timestamp] = [`msg_${randomUUID()}`, String(Math.floor(Date.now() / 1000))];
      const signature = createHmac('sha256', clientSecret).update(`${id}.${timestamp}.${body}`).digest('base64');
      return crossdock.http
        .post('/process/v1/inbound/bigcommerce/orders')
        .set('Content-Type', 'application/json')
        .set('webhook-id', id)
        .set('webhook-timestamp', timestamp)
        .set('webhook-signature', `v1,${signature}`)
        .send(body)
        .expect(202);
    };
    const firstAnswer = await deliver('store/order/created');
    await api.settledOrdersOf(firstAnswer.body.documentId);
    quantity = 7;
    const changedAnswer = await deliver('store/order/statusUpdated');
    await expectRefusedAndFirstUnchanged('bigcommerce', firstAnswer.body.documentId, changedAnswer.body.documentId);
  });
});

describe('a changed resend from a polled marketplace', () => {
  it('Magento: a later entity with the same order number and other quantities is refused with the event', async () => {
    const text = sample(SAMPLES.magentoOrder)
      .toString('utf8')
      .replace('"increment_id": "000000003"', '"increment_id": "000000701"');
    const changed = text
      .replace('"entity_id": 3,\n  "global_currency_code"', '"entity_id": 4,\n  "global_currency_code"')
      .replaceAll('"qty_ordered": 1,', '"qty_ordered": 2,');
    const orders = [{ entityId: 3, text }];
    const magento = await startMagentoTestServer({ token: 'changed-magento-token', orders });
    servers.push(magento);
    const partnerId = await api.createPartner(
      { channel: 'magento', connection: { baseUrl: magento.baseUrl, accessToken: 'changed-magento-token' } },
      AS_SENT_RULES('sku'),
    );
    const poll = async () =>
      ((await api.post(`/process/v1/partners/${partnerId}/poll`).expect(200)).body as { documentIds: string[] })
        .documentIds;
    const [firstDocumentId] = await poll();
    await api.settledOrdersOf(firstDocumentId!);
    // The same order number comes back under a new entity id (an order imported again), with other quantities.
    orders.push({ entityId: 4, text: changed });
    const [changedDocumentId] = await poll();
    await expectRefusedAndFirstUnchanged('magento', firstDocumentId!, changedDocumentId!);
  });

  it('Amazon: a page listing an order twice, the second time with another address, refuses the second with the event', async () => {
    const orderId = '902-3159896-1390917';
    const page = JSON.parse(sample(SAMPLES.amazonOrders).toString('utf8')) as {
      payload: { Orders: Record<string, unknown>[] };
    };
    const [order] = page.payload.Orders;
    const listed = { ...order!, AmazonOrderId: orderId };
    const moved = { ...listed, ShippingAddress: { ...(order!.ShippingAddress as object), PostalCode: '48188' } };
    page.payload.Orders = [listed, moved];
    const items = sample(SAMPLES.amazonOrderItems)
      .toString('utf8')
      .replace(/"AmazonOrderId":\s*"[^"]*"/, `"AmazonOrderId": "${orderId}"`);
    const amazon = await startAmazonTestServer({
      accessToken: 'changed-amazon-token',
      listing: {
        orderPages: [JSON.stringify(page)],
        // The sample's items answer names a next page: the last one is empty.
        orderItems: { [orderId]: [items, `{"payload":{"AmazonOrderId":"${orderId}","OrderItems":[]}}`] },
      },
    });
    servers.push(amazon);
    const partnerId = await api.createAmazonPartner({ baseUrl: amazon.baseUrl, accessToken: 'changed-amazon-token' });
    const report = (await api.post(`/process/v1/partners/${partnerId}/poll`).expect(200)).body as {
      documentIds: string[];
    };
    const [documentId] = report.documentIds;
    const [first] = await api.settledOrdersOf(documentId!);
    expect(first!.shipTo?.postalCode).toBe('48817');
    const document = await api.document(documentId!);
    expect(document.status).toBe('partially-processed');
    expect(document.outcomes[1]).toMatchObject({ sourceOrderId: orderId, problem: { title: CONFLICT } });
    const refusal = await refusalAbout(documentId!);
    expect(refusal.data).toMatchObject({
      channel: 'amazon',
      sourceOrderId: orderId,
      orderTakenFirst: { orderId: first!.id, sourceOrderId: orderId },
    });
  });
});
