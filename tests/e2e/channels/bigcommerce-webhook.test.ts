import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { channelsApi, type DocumentView } from '../../support/channels';
import { waitUntil } from '../../support/wait-until';

const STORE_HASH = `s${randomUUID().slice(0, 8)}`;
// A second store whose webhook was created with a custom header instead of being verified by signature.
const HEADER_STORE_HASH = `h${randomUUID().slice(0, 8)}`;
const HOOK_HEADER = { 'X-Crossdock-Hook-Key': 'hook-key-0123456789abcdef' };
const CLIENT_SECRET = 'bc-app-client-secret-0123456789abcdef';
const ACCESS_TOKEN = 'bc-store-api-account-token-0123';
const PROBLEM = /^application\/problem\+json/;

/** What the BigCommerce stand-in answers for an order: its Orders V2 JSON as BigCommerce writes it. */
interface StoreOrder {
  order: string;
  products: string;
  /** '' answers 204, as BigCommerce does for an empty list. */
  addresses: string;
}

/** BigCommerce's Orders V2 API under /stores/{hash}/v2, over real HTTP, answering only its store's token. */
async function startBigCommerce(orders: Map<string, StoreOrder>) {
  const seen: { path: string; token?: string; authorization?: string }[] = [];
  let down = 0;
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bigcommerce');
    const token = request.headers['x-auth-token'] as string | undefined;
    seen.push({ path: url.pathname, token, authorization: request.headers.authorization });
    const answer = (status: number, body = '') =>
      void response.writeHead(status, body ? { 'content-type': 'application/json' } : {}).end(body);
    if (down > 0) return void (down--, answer(503, '{"status":503,"title":"Service Unavailable"}'));
    if (token !== ACCESS_TOKEN) return answer(401, '{"status":401,"title":"Unauthorized"}');
    const match = url.pathname.match(/^\/stores\/(\w+)\/v2\/orders\/(\d+)(\/products|\/shipping_addresses)?$/);
    const order = match && [STORE_HASH, HEADER_STORE_HASH].includes(match[1]!) ? orders.get(match[2]!) : undefined;
    if (!order) return answer(404, '[{"status":404,"message":"The requested resource was not found."}]');
    const body = { '/products': order.products, '/shipping_addresses': order.addresses }[match![3]!] ?? order.order;
    // One page of each list: a second page is empty.
    answer(body && url.searchParams.get('page') !== '2' ? 200 : 204, url.searchParams.get('page') === '2' ? '' : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrlOf: (hash: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/stores/${hash}`,
    seen,
    goDown: (answers: number) => void (down = answers),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An order of the store in the Orders V2 shapes: ids as numbers, amounts as four-place decimal strings. */
function storeOrder(id: string, lines: { sku: string; quantity: number; price: string }[]): StoreOrder {
  const texas = `"street_1": "2400 Elm St", "street_2": "", "city": "Dallas", "state": "Texas", "zip": "75226",
    "country": "United States", "country_iso2": "US", "phone": "", "email": "ann@example.com"`;
  return {
    order: `{"id": ${id}, "customer_id": 0, "date_created": "Tue, 01 Dec 2026 15:00:00 +0000", "status_id": 11,
      "status": "Awaiting Fulfillment", "currency_code": "USD", "default_currency_code": "USD",
      "billing_address": {"first_name": "Ann", "last_name": "Lee", "company": "", ${texas}}}`,
    products: `[${lines
      .map(
        (line, index) => `{"id": ${index + 1}, "order_id": ${id}, "product_id": ${100 + index}, "order_address_id": 7,
          "name": "${line.sku}", "sku": "${line.sku}", "type": "physical", "price_ex_tax": "${line.price}",
          "quantity": ${line.quantity}, "applied_discounts": [], "product_options": []}`,
      )
      .join(',')}]`,
    addresses: `[{"id": 7, "order_id": ${id}, "first_name": "Ann", "last_name": "Lee", "company": "Acme Hardware", ${texas}}]`,
  };
}

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let store: Awaited<ReturnType<typeof startBigCommerce>>;
const orders = new Map<string, StoreOrder>();
let bolts: string;
let headerPartnerId: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  const customerId = await api.openCustomer({ allowBackorders: false });
  bolts = await api.stockedItem({ 'WH-DAL': 50 }, { price: '5.00' });
  store = await startBigCommerce(orders);
  await api.createPartner({
    channel: 'bigcommerce',
    customerId,
    identifiers: { shopDomain: `store-${STORE_HASH}.mybigcommerce.com` },
    webhookSecrets: [CLIENT_SECRET],
    connection: { baseUrl: store.baseUrlOf(STORE_HASH), accessToken: ACCESS_TOKEN },
  });
  headerPartnerId = await api.createPartner({
    channel: 'bigcommerce',
    customerId,
    identifiers: { shopDomain: `store-${HEADER_STORE_HASH}.mybigcommerce.com` },
    connection: { baseUrl: store.baseUrlOf(HEADER_STORE_HASH), accessToken: ACCESS_TOKEN, webhookHeaders: HOOK_HEADER },
  });
});
afterAll(async () => {
  await crossdock.close();
  await store.close();
});

const callback = (orderId: string, scope = 'store/order/created', hash = randomUUID().replaceAll('-', '')) =>
  `{"created_at": ${Math.floor(Date.now() / 1000)}, "store_id": "1001197568", "producer": "stores/${STORE_HASH}",
    "scope": "${scope}", "hash": "${hash}", "data": {"type": "order", "id": ${orderId}}}`;

/** POSTs a callback as BigCommerce does, signed as Standard Webhooks says with the app's client secret. */
function deliver(body: string, options: { secret?: string; signedAt?: number; signature?: null } = {}) {
  const id = `msg_${randomUUID()}`;
  const timestamp = String(options.signedAt ?? Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', options.secret ?? CLIENT_SECRET)
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64');
  const request = crossdock.http
    .post('/process/v1/inbound/bigcommerce/orders')
    .set('Content-Type', 'application/json')
    .set('webhook-id', id)
    .set('webhook-timestamp', timestamp);
  if (options.signature !== null) request.set('webhook-signature', `v1,${signature}`);
  return request.send(body);
}

const keptDocuments = async () =>
  (await api.get('/process/v1/inbound-documents?channel=bigcommerce&limit=200').expect(200)).body.items.length;
/** The events published about a document or order, once one of `type` is among them. */
const eventsAbout = (subject: string, type: string) =>
  waitUntil(
    async () =>
      (await api.get(`/process/v1/events?subject=${encodeURIComponent(subject)}`).expect(200)).body as {
        type: string;
        data: Record<string, unknown>;
      }[],
    (events) => events.some((event) => event.type === type),
    { what: `${type} about ${subject}` },
  );
const ordersOf = async (sourceOrderId: string) =>
  (await api.get(`/process/v1/orders?channel=bigcommerce&sourceOrderId=${sourceOrderId}`).expect(200)).body.items;

describe('the BigCommerce store/order/created webhook', () => {
  it('fetches the order with the store’s token, keeps it with the callback, and places it in the reference ERP', async () => {
    orders.set('250', storeOrder('250', [{ sku: bolts, quantity: 4, price: '5.0000' }]));
    const answer = await deliver(callback('250')).expect(202);
    expect(answer.body).toMatchObject({
      status: 'processed',
      outcomes: [{ sourceOrderId: '250', orderId: expect.any(String) }],
    });

    const document: DocumentView = await api.document(answer.body.documentId);
    expect(document.parts.map((part) => part.name)).toEqual([
      'callback',
      '/v2/orders/250',
      '/v2/orders/250/products?page=1&limit=250',
      '/v2/orders/250/shipping_addresses?page=1&limit=250',
    ]);
    expect(document.orders[0]!.canonicalOrder).toMatchObject({
      channel: 'bigcommerce',
      sourceOrderId: '250',
      purchaseOrderNumber: '250',
      shipTo: { name: 'Acme Hardware', line1: '2400 Elm St', city: 'Dallas', region: 'TX', postalCode: '75226' },
      lines: [{ sku: bolts, quantity: 4, unitPrice: '5.0000' }],
    });
    const [order] = await api.settledOrdersOf(document.id);
    expect(order).toMatchObject({ status: 'SUBMITTED', holds: [], erpOrderId: expect.any(String) });
    const [erpOrder] = await api.erpOrdersWithKey(order!.id);
    expect(erpOrder!.lines.map((line) => [line.sku, line.quantity])).toEqual([[bolts, 4]]);
    // The store's own token went to BigCommerce; no Crossdock credential ever did.
    expect(store.seen.every((request) => request.token === ACCESS_TOKEN && !request.authorization)).toBe(true);
  });

  it('answers the same callback again with 200 and what it became, without asking BigCommerce; a status update of the order makes no second order', async () => {
    orders.set('251', storeOrder('251', [{ sku: bolts, quantity: 1, price: '5.0000' }]));
    const body = callback('251');
    const first = await deliver(body).expect(202);
    const asked = store.seen.length;
    const again = await deliver(body).expect(200);
    expect(again.body).toMatchObject({
      documentId: first.body.documentId,
      duplicate: true,
      outcomes: first.body.outcomes,
    });
    expect(store.seen).toHaveLength(asked);

    const update = await deliver(callback('251', 'store/order/statusUpdated')).expect(202);
    expect(update.body.outcomes).toEqual([
      { sourceOrderId: '251', orderId: first.body.outcomes[0].orderId, duplicate: true },
    ]);
    expect(await ordersOf('251')).toHaveLength(1);
  });

  it.each([
    ['unsigned', { signature: null }],
    ['signed with another secret', { secret: 'not-the-apps-client-secret' }],
    ['signed ten minutes ago (a replay)', { signedAt: Math.floor(Date.now() / 1000) - 600 }],
  ] as const)('refuses a callback %s with 401 problem+json, and keeps nothing', async (_what, options) => {
    orders.set('252', storeOrder('252', [{ sku: bolts, quantity: 1, price: '5.0000' }]));
    const before = await keptDocuments();
    const answer = await deliver(callback('252'), options).expect(401);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(answer.body).toMatchObject({ type: 'urn:crossdock:problem:unauthenticated', status: 401 });
    expect(await keptDocuments()).toBe(before);
    expect(await ordersOf('252')).toEqual([]);
  });

  it('refuses a callback from a store that is no partner with the same 401', async () => {
    const answer = await deliver(callback('252').replace(`stores/${STORE_HASH}`, 'stores/stranger1')).expect(401);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
  });

  it('answers 503 and keeps nothing while BigCommerce is down, so BigCommerce delivers again; the delivery after places the order once', async () => {
    orders.set('253', storeOrder('253', [{ sku: bolts, quantity: 2, price: '5.0000' }]));
    const body = callback('253');
    const before = await keptDocuments();
    store.goDown(100);
    const answer = await deliver(body).expect(503);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(await keptDocuments()).toBe(before);
    store.goDown(0);
    expect((await deliver(body).expect(202)).body.status).toBe('processed');
    expect(await ordersOf('253')).toHaveLength(1);
  });

  it('keeps a malformed order as rejected and says why (202: BigCommerce would disable a failing hook), with no order half-made', async () => {
    orders.set('254', { ...storeOrder('254', []), products: '[{"id": 1, "sku": "X", "quantity": "many"}]' });
    const answer = await deliver(callback('254')).expect(202);
    expect(answer.body).toMatchObject({
      status: 'rejected',
      outcomes: [{ problem: { errors: [expect.objectContaining({ field: '0.quantity' })] } }],
    });
    expect((await api.document(answer.body.documentId)).status).toBe('rejected');
    expect(await ordersOf('254')).toEqual([]);
    // Told the way a web shop's integration follows a refusal: an event about the document.
    const events = await eventsAbout(answer.body.documentId, 'com.crossdock.inbound_order.rejected');
    expect(events.find((event) => event.type === 'com.crossdock.inbound_order.rejected')!.data).toMatchObject({
      channel: 'bigcommerce',
      reason: expect.any(String),
    });

    const gone = await deliver(callback('999')).expect(202);
    expect(gone.body).toMatchObject({
      status: 'rejected',
      outcomes: [{ problem: { detail: expect.stringContaining('404') } }],
    });
  });

  it('refuses another scope with 400, keeping nothing', async () => {
    const answer = await deliver(callback('250', 'store/product/updated')).expect(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'scope' })]);
  });

  it('takes a callback proven by the custom header its webhook was created with, refuses it without, and never shows the value', async () => {
    orders.set('255', storeOrder('255', [{ sku: bolts, quantity: 1, price: '5.0000' }]));
    const body = callback('255').replace(`stores/${STORE_HASH}`, `stores/${HEADER_STORE_HASH}`);
    const unsigned = { signature: null } as const;
    const refused = await deliver(body, unsigned).expect(401);
    expect(refused.body.detail).toContain('X-Crossdock-Hook-Key');
    const answer = await deliver(body, unsigned).set(HOOK_HEADER).expect(202);
    expect(answer.body.outcomes).toEqual([{ sourceOrderId: '255', orderId: expect.any(String) }]);
    const partner = (await api.get(`/process/v1/partners/${headerPartnerId}`).expect(200)).body;
    expect(partner.connection).toMatchObject({ accessTokenSet: true, webhookHeaderNames: ['X-Crossdock-Hook-Key'] });
    expect(JSON.stringify(partner)).not.toContain(HOOK_HEADER['X-Crossdock-Hook-Key']);
  });

  it('does not take an order whose checkout is incomplete, saying why, and takes it when its status update says it is placed', async () => {
    const placed = storeOrder('256', [{ sku: bolts, quantity: 1, price: '5.0000' }]);
    orders.set('256', { ...placed, order: placed.order.replace('"status_id": 11', '"status_id": 0') });
    const incomplete = await deliver(callback('256')).expect(202);
    expect(incomplete.body).toMatchObject({
      status: 'rejected',
      outcomes: [{ sourceOrderId: '256', problem: { title: 'The order is not placed' } }],
    });
    expect(await ordersOf('256')).toEqual([]);
    orders.set('256', placed);
    const update = await deliver(callback('256', 'store/order/statusUpdated')).expect(202);
    expect(update.body.outcomes).toEqual([{ sourceOrderId: '256', orderId: expect.any(String) }]);
    expect(await ordersOf('256')).toHaveLength(1);
  });

  it('ships a pickup order (no shipping address) to the customer’s default delivery address, and holds one whose ZIP is blank ADDRESS_INCOMPLETE', async () => {
    orders.set('257', { ...storeOrder('257', [{ sku: bolts, quantity: 1, price: '5.0000' }]), addresses: '' });
    const pickup = await deliver(callback('257')).expect(202);
    const [shipped] = await api.settledOrdersOf(pickup.body.documentId);
    expect(shipped).toMatchObject({ status: 'SUBMITTED', shipTo: { line1: '2400 Elm St', city: 'Dallas' } });

    const noZip = storeOrder('258', [{ sku: bolts, quantity: 1, price: '5.0000' }]);
    orders.set('258', { ...noZip, addresses: noZip.addresses.replace('"zip": "75226"', '"zip": ""') });
    const held = await deliver(callback('258')).expect(202);
    const [order] = await api.settledOrdersOf(held.body.documentId);
    expect(order!.status).toBe('HELD');
    expect(order!.holds).toContainEqual(
      expect.objectContaining({ reasonCode: 'ADDRESS_INCOMPLETE', detail: expect.stringContaining('postalCode') }),
    );
  });
});
