/**
 * A buyer cancels on the shop or marketplace after the order reached Crossdock: each channel's own
 * cancellation, delivered as the channel documents it, cancels the order taken in through the process
 * API's cancel (ERP order cancelled, stock given back, timeline, order.cancelled), once; one too late
 * is refused for a person; one for an order not taken in cancels nothing and refuses the order later.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { channelsApi, sign, type OutcomeView } from '../../support/channels';
import { serve, startAmazonTestServer, startMagentoTestServer } from '../../support/channel-test-servers';
import type { AmazonListing, ChannelTestServer, MagentoOrderText } from '../../support/channel-test-servers';
import { shipOrderThroughProcess } from '../../support/fulfilment';
import { waitUntil } from '../../support/wait-until';

const SECRET = 'shop-cancellations-secret-0123456789';
const SHOP = `cancels-${randomUUID().slice(0, 8)}.myshopify.com`;
const SITE = `woo-${randomUUID().slice(0, 8)}.example`;
const STORE = `s${randomUUID().slice(0, 8)}`;
const DALLAS = { address1: '2400 Elm St', city: 'Dallas', zip: '75226', country_code: 'US', province_code: 'TX' };

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let customerId: string;
let bigcommerce: ChannelTestServer;
const storeOrders = new Map<string, { status_id: number; sku: string }>();

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  customerId = await api.openCustomer({ allowBackorders: false });
  bigcommerce = await serve('/stores', (request) => {
    const [, orderId, list] = request.path.match(/^\/\w+\/v2\/orders\/(\d+)(\/products|\/shipping_addresses)?$/) ?? [];
    const order = storeOrders.get(orderId ?? '');
    if (!order) return { status: 404, body: '[{"status":404,"message":"The requested resource was not found."}]' };
    if (request.query.get('page') === '2') return { status: 204, body: '' };
    const address = `"first_name": "Ann", "last_name": "Lee", "street_1": "2400 Elm St", "city": "Dallas", "state": "Texas",
      "zip": "75226", "country_iso2": "US", "email": "ann@example.com"`;
    if (list === '/products')
      return {
        status: 200,
        body: `[{"id": 1, "order_id": ${orderId}, "product_id": 100, "order_address_id": 7, "sku": "${order.sku}",
          "type": "physical", "price_ex_tax": "5.0000", "quantity": 2}]`,
      };
    if (list) return { status: 200, body: `[{"id": 7, "order_id": ${orderId}, "company": "Acme", ${address}}]` };
    return {
      status: 200,
      body: `{"id": ${orderId}, "customer_id": 0, "date_created": "Tue, 01 Dec 2026 15:00:00 +0000",
        "status_id": ${order.status_id}, "default_currency_code": "USD", "billing_address": {${address}}}`,
    };
  });
  for (const [channel, identifiers, extra] of [
    ['shopify', { shopDomain: SHOP }, {}],
    ['woocommerce', { shopDomain: SITE }, {}],
    [
      'bigcommerce',
      { shopDomain: `store-${STORE}.mybigcommerce.com` },
      { connection: { baseUrl: `${bigcommerce.baseUrl}/${STORE}`, accessToken: 'bc-token' } },
    ],
  ] as const)
    await api.createPartner({ channel, customerId, identifiers, webhookSecrets: [SECRET], ...extra });
});
afterAll(async () => {
  await crossdock.close();
  await bigcommerce.close();
});

/** A web shop's order in Shopify's Order resource: two of `sku` at 5.00, to Dallas; cancelled when `reason` is given. */
const shopifyOrder = (id: string, sku: string, reason?: string) =>
  JSON.stringify({
    id: Number(id),
    name: `#${id}`,
    currency: 'USD',
    shipping_address: { company: 'Acme', ...DALLAS },
    line_items: [{ id: 1, sku, quantity: 2, price: '5.00', requires_shipping: true }],
    ...(reason ? { cancelled_at: '2026-12-08T09:30:00-05:00', cancel_reason: reason } : {}),
  });

function shopify(topic: 'orders/create' | 'orders/cancelled', body: string, webhookId = randomUUID()) {
  return crossdock.http
    .post('/process/v1/inbound/shopify/orders')
    .set({ 'Content-Type': 'application/json', 'X-Shopify-Topic': topic, 'X-Shopify-Shop-Domain': SHOP })
    .set({ 'X-Shopify-Webhook-Id': webhookId, 'X-Shopify-Hmac-Sha256': sign(body, SECRET) })
    .send(body);
}

/** Takes an order in through its channel and waits for the pipeline to settle it. */
async function takenIn(delivery: { body: { documentId: string } }) {
  const [order] = await api.settledOrdersOf(delivery.body.documentId);
  return order!;
}

const eventTypes = async (subject: string, expected: string) =>
  (
    await waitUntil(
      async () => (await api.get(`/process/v1/events?subject=${subject}`).expect(200)).body as { type: string }[],
      (events) => events.some((event) => event.type === expected),
      { what: `${expected} about ${subject}` },
    )
  ).map((event) => event.type);

describe('Shopify orders/cancelled', () => {
  it('cancels the order taken in: the ERP order cancelled, its stock given back, a timeline entry with the correlation id, order.cancelled once', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '5.00' });
    const order = await takenIn(await shopify('orders/create', shopifyOrder('7001', sku)).expect(202));
    expect(order).toMatchObject({ status: 'SUBMITTED', erpOrderId: expect.any(String) });
    expect(await api.allocated(sku)).toBe(2);

    const correlationId = `shop-cancel-${randomUUID()}`;
    const webhookId = randomUUID();
    const cancelled = await shopify('orders/cancelled', shopifyOrder('7001', sku, 'customer'), webhookId)
      .set('X-Correlation-Id', correlationId)
      .expect(202);
    expect(cancelled.body).toMatchObject({
      status: 'processed',
      outcomes: [{ sourceOrderId: '7001', orderId: order.id, cancellation: 'cancelled' }],
    });
    const after = await api.order(order.id);
    expect(after.status).toBe('CANCELLED');
    expect(after.timeline).toContainEqual(
      expect.objectContaining({
        step: 'cancel',
        outcome: 'succeeded',
        correlationId,
        actor: expect.stringMatching(/^partner:/),
      }),
    );
    const [erpOrder] = await api.erpOrdersWithKey(order.id);
    expect(erpOrder).toMatchObject({ status: 'cancelled' });
    expect(await api.allocated(sku)).toBe(0);

    // The same delivery again, and the same cancellation in another delivery: one cancellation.
    await shopify('orders/cancelled', shopifyOrder('7001', sku, 'customer'), webhookId).expect(200);
    const again = await shopify('orders/cancelled', shopifyOrder('7001', sku, 'customer')).expect(202);
    expect(again.body.outcomes).toEqual([
      { sourceOrderId: '7001', orderId: order.id, cancellation: 'already-cancelled', duplicate: true },
    ]);
    const types = await eventTypes(order.id, 'com.crossdock.order.cancelled');
    expect(types.filter((type) => type === 'com.crossdock.order.cancelled')).toHaveLength(1);
  });

  it('refuses a cancellation after the goods left: the order stays shipped, its timeline and an inbound_order.rejected say so', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '5.00' });
    const order = await takenIn(await shopify('orders/create', shopifyOrder('7002', sku)).expect(202));
    await shipOrderThroughProcess(crossdock, order.id);
    await waitUntil(
      () => api.order(order.id),
      (view) => view.status === 'SHIPPED',
      { what: 'the order shipped' },
    );

    const late = await shopify('orders/cancelled', shopifyOrder('7002', sku, 'customer')).expect(202);
    const [outcome] = late.body.outcomes as (OutcomeView & { cancellation?: string })[];
    expect(late.body.status).toBe('rejected');
    expect(outcome).toMatchObject({ sourceOrderId: '7002', cancellation: 'too-late' });
    expect(outcome!.problem!.detail).toContain('SHIPPED');
    const after = await api.order(order.id);
    expect(after.status).toBe('SHIPPED');
    expect(after.timeline.at(-1)).toMatchObject({ step: 'cancel', outcome: 'failed' });
    await eventTypes(late.body.documentId, 'com.crossdock.inbound_order.rejected');
  });

  it('keeps a cancellation that came before its order: nothing is cancelled, and the order is refused when it arrives', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '5.00' });
    const early = await shopify('orders/cancelled', shopifyOrder('7003', sku, 'fraud')).expect(202);
    expect(early.body).toMatchObject({
      status: 'processed',
      outcomes: [{ sourceOrderId: '7003', cancellation: 'nothing-to-cancel' }],
    });
    const late = await shopify('orders/create', shopifyOrder('7003', sku)).expect(202);
    expect(late.body).toMatchObject({
      status: 'rejected',
      outcomes: [{ sourceOrderId: '7003', problem: { title: 'The order was cancelled before it arrived' } }],
    });
    await eventTypes(late.body.documentId, 'com.crossdock.inbound_order.rejected');
    expect((await api.get('/process/v1/orders?channel=shopify&sourceOrderId=7003').expect(200)).body.items).toEqual([]);
  });
});

describe('WooCommerce order.updated with status cancelled, BigCommerce statusUpdated to Cancelled', () => {
  it('cancels the WooCommerce order taken in', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '5.00' });
    const wooOrder = (status: string) =>
      JSON.stringify({
        id: 812,
        status,
        currency: 'USD',
        billing: { first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' },
        shipping: {
          company: 'Acme',
          address_1: '2400 Elm St',
          city: 'Dallas',
          state: 'TX',
          postcode: '75226',
          country: 'US',
        },
        line_items: [{ id: 1, sku, quantity: 2, subtotal: '10.00' }],
      });
    const woo = (topic: string, body: string) =>
      crossdock.http
        .post('/process/v1/inbound/woocommerce/orders')
        .set({
          'Content-Type': 'application/json',
          'X-WC-Webhook-Source': `https://${SITE}/`,
          'X-WC-Webhook-Topic': topic,
        })
        .set({ 'X-WC-Webhook-Delivery-ID': randomUUID(), 'X-WC-Webhook-Signature': sign(body, SECRET) })
        .send(body);
    const order = await takenIn(await woo('order.created', wooOrder('processing')).expect(202));
    const cancelled = await woo('order.updated', wooOrder('cancelled')).expect(202);
    expect(cancelled.body.outcomes).toEqual([{ sourceOrderId: '812', orderId: order.id, cancellation: 'cancelled' }]);
    expect((await api.order(order.id)).status).toBe('CANCELLED');
  });

  it('cancels the BigCommerce order taken in when its status becomes Cancelled (5), read from the order fetched', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '5.00' });
    const callback = (scope: string) => {
      const body = `{"created_at": ${Math.floor(Date.now() / 1000)}, "producer": "stores/${STORE}", "scope": "${scope}",
        "hash": "${randomUUID()}", "data": {"type": "order", "id": 330}}`;
      const id = `msg_${randomUUID()}`;
      const at = String(Math.floor(Date.now() / 1000));
      const signature = createHmac('sha256', SECRET).update(`${id}.${at}.${body}`).digest('base64');
      return crossdock.http
        .post('/process/v1/inbound/bigcommerce/orders')
        .set({ 'Content-Type': 'application/json', 'webhook-id': id, 'webhook-timestamp': at })
        .set('webhook-signature', `v1,${signature}`)
        .send(body);
    };
    storeOrders.set('330', { status_id: 11, sku });
    const order = await takenIn(await callback('store/order/created').expect(202));
    storeOrders.set('330', { status_id: 5, sku });
    const cancelled = await callback('store/order/statusUpdated').expect(202);
    expect(cancelled.body.outcomes).toEqual([{ sourceOrderId: '330', orderId: order.id, cancellation: 'cancelled' }]);
    expect((await api.order(order.id)).status).toBe('CANCELLED');
  });
});

describe('polled channels: Magento state canceled, Amazon OrderStatus Canceled', () => {
  const pollOf = (partnerId: string) => async () =>
    (await api.post(`/process/v1/partners/${partnerId}/poll`).expect(200)).body as { documentIds: string[] };

  it('cancels the Magento order taken in once its state is canceled, and takes one canceled before it was polled as nothing to cancel', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '5.00' });
    const address = `{"firstname": "Ann", "lastname": "Lee", "company": "Acme", "street": ["2400 Elm St"], "city": "Dallas",
      "region_code": "TX", "postcode": "75226", "country_id": "US", "email": "ann@example.com"}`;
    const magentoOrder = (entityId: number, state: string, updatedAt: string): MagentoOrderText => ({
      entityId,
      text: `{"entity_id": ${entityId}, "increment_id": "0000000${entityId}", "state": "${state}", "updated_at": "${updatedAt}",
        "order_currency_code": "USD", "billing_address": ${address}, "items": [{"item_id": 1, "sku": "${sku}",
        "product_type": "simple", "qty_ordered": 2, "price": 5}], "extension_attributes": {"shipping_assignments":
        [{"shipping": {"address": ${address}}}]}}`,
    });
    const orders = [
      magentoOrder(41, 'canceled', '2026-12-01 10:00:00'),
      magentoOrder(52, 'new', '2026-12-01 10:00:00'),
    ];
    const magento = await startMagentoTestServer({ token: 'magento-token', orders });
    const poll = pollOf(
      await api.createPartner({
        channel: 'magento',
        customerId,
        connection: { baseUrl: magento.baseUrl, accessToken: 'magento-token' },
      }),
    );
    const [first] = (await poll()).documentIds;
    expect((await api.document(first!)).outcomes).toEqual([
      expect.objectContaining({ sourceOrderId: '000000041', cancellation: 'nothing-to-cancel' }),
      { sourceOrderId: '000000052', orderId: expect.any(String) },
    ]);
    const [order] = await api.settledOrdersOf(first!);

    // Cancelled on the shop after it was taken in: the next poll lists it by state and updated_at.
    orders[1] = magentoOrder(52, 'canceled', new Date().toISOString().slice(0, 19).replace('T', ' '));
    const [cancelling] = (await poll()).documentIds;
    expect((await api.document(cancelling!)).outcomes).toEqual([
      { sourceOrderId: '000000052', orderId: order!.id, cancellation: 'cancelled' },
    ]);
    expect((await api.order(order!.id)).status).toBe('CANCELLED');
    // Listed again at the bookmark's second: the same delivery, nothing done twice.
    expect((await poll()).documentIds).toEqual([cancelling]);
    await magento.close();
  });

  it('cancels the Amazon order taken in once a listing shows it Canceled, and a page listed again cancels nothing twice', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '5.00' });
    const amazonOrder = (status: string, updatedAt = '2026-12-01T10:00:00Z') =>
      JSON.stringify({
        payload: {
          Orders: [
            {
              AmazonOrderId: '902-0000000-0000001',
              PurchaseDate: '2026-12-01T10:00:00Z',
              LastUpdateDate: updatedAt,
              OrderStatus: status,
              OrderTotal: { CurrencyCode: 'USD', Amount: '10.00' },
              ShippingAddress: {
                Name: 'Acme',
                AddressLine1: '2400 Elm St',
                City: 'Dallas',
                StateOrRegion: 'TX',
                PostalCode: '75226',
                CountryCode: 'US',
              },
            },
          ],
        },
      });
    const listing: AmazonListing = {
      orderPages: [amazonOrder('Unshipped')],
      orderItems: {
        '902-0000000-0000001': [
          JSON.stringify({
            payload: {
              AmazonOrderId: '902-0000000-0000001',
              OrderItems: [
                {
                  OrderItemId: '1',
                  SellerSKU: sku,
                  QuantityOrdered: 2,
                  ItemPrice: { CurrencyCode: 'USD', Amount: '10.00' },
                },
              ],
            },
          }),
        ],
      },
    };
    const amazon = await startAmazonTestServer({ accessToken: 'Atza|cancels', listing });
    const poll = pollOf(
      await api.createAmazonPartner({
        baseUrl: amazon.baseUrl,
        accessToken: 'Atza|cancels',
        startFrom: '2026-11-30T00:00:00Z',
        customerId,
      }),
    );
    const [first] = (await poll()).documentIds;
    const order = await takenIn({ body: { documentId: first! } });

    listing.orderPages[0] = amazonOrder('Canceled', new Date().toISOString());
    const asked = amazon.requests.length;
    const [cancelling] = (await poll()).documentIds;
    expect(await api.document(cancelling!)).toMatchObject({
      status: 'processed',
      outcomes: [{ sourceOrderId: '902-0000000-0000001', orderId: order.id, cancellation: 'cancelled' }],
    });
    // The listing of new orders, then of cancelled ones: no items are fetched for a cancellation.
    expect(amazon.requests.slice(asked).map((request) => request.query.get('OrderStatuses'))).toEqual([
      null,
      'Canceled',
    ]);
    expect((await api.order(order.id)).status).toBe('CANCELLED');
    // Listed again at the bookmark's LastUpdateDate: the same delivery, nothing done twice.
    expect((await poll()).documentIds).toEqual([cancelling]);
    await amazon.close();
  });
});
