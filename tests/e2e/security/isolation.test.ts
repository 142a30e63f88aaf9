/**
 * Each caller sees only what is theirs: a customer its own orders, prices, shipments, invoices and
 * returns; a sales rep their own customers; a partner its own orders and allocation. Someone
 * else's resource answers 404 exactly as one that does not exist, so no id is ever confirmed.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shipOrderThroughProcess } from '../../support/fulfilment';
import type { TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';
import { partnerConsumer, startSecurityPlatform, withConsumers } from './security-setup';

let crossdock: TestPlatform;
let acme: string;
let brightline: string;
let operations: string;
// Acme's documents, made once for every test below.
const acmes = { orderId: '', orderNumber: '', shipmentId: '', invoiceId: '', returnId: '' };

beforeAll(async () => {
  crossdock = await startSecurityPlatform({
    gateway: withConsumers(partnerConsumer('southwind-market')),
    apiKeysFor: ['northwind-market', 'southwind-market'],
  });
  acme = `Bearer ${crossdock.token({ subject: 'buyer@acme.example', scopes: ['portal:read', 'portal:write'], customerId: 'C-1001' })}`;
  brightline = `Bearer ${crossdock.token({ subject: 'buyer@brightline.example', scopes: ['portal:read', 'portal:write'], customerId: 'C-1002' })}`;
  operations = `Bearer ${crossdock.token({ subject: 'integration-team', scopes: ['system:read', 'process:read'] })}`;

  const placed = await crossdock.http
    .post('/experience/portal/v1/orders')
    .set('Authorization', acme)
    .set('Idempotency-Key', randomUUID())
    .send({ lines: [{ sku: 'HXB-004', quantity: 600 }] })
    .expect(201);
  acmes.orderId = placed.body.orderId;
  acmes.orderNumber = placed.body.orderNumber;
  await shipOrderThroughProcess(crossdock, acmes.orderId, { invoice: true });
  const detail = await crossdock.http
    .get(`/experience/portal/v1/orders/${acmes.orderId}`)
    .set('Authorization', acme)
    .expect(200);
  acmes.shipmentId = detail.body.shipments[0].shipmentId;
  acmes.invoiceId = detail.body.invoices[0].invoiceId;
  const returned = await crossdock.http
    .post('/experience/portal/v1/returns')
    .set('Authorization', acme)
    .send({ orderId: acmes.orderId, reason: 'DAMAGED', lines: [{ sku: 'HXB-004', quantity: 10 }] })
    .expect(201);
  acmes.returnId = returned.body.returnId;
});
afterAll(() => crossdock.close());

/** A 404 not-found problem whose words are those a missing resource gets: nothing is confirmed. */
function expectNotFound(answer: Response, missing: Response): void {
  expect({ status: answer.status, type: answer.body.type }).toEqual({
    status: 404,
    type: 'urn:crossdock:problem:not-found',
  });
  expect(missing.status).toBe(404);
  const words = (response: Response) =>
    String(response.body.detail).replace(
      /\S*(?:walk-0001|[0-9a-f-]{36}|RMA-\d+|INV-\d+|SH-\d+|SO-\d+|NW-[\w-]+|C-\d+)\S*/g,
      '<id>',
    );
  expect(words(answer)).toBe(words(missing));
}

const portal = (authorization: string) => ({
  get: (path: string) => crossdock.http.get(`/experience/portal/v1${path}`).set('Authorization', authorization),
  post: (path: string, body: object) =>
    crossdock.http
      .post(`/experience/portal/v1${path}`)
      .set('Authorization', authorization)
      .set('Idempotency-Key', randomUUID())
      .send(body),
});

describe('one customer and another’s documents', () => {
  it.each([
    ['order', () => `/orders/${acmes.orderId}`, '/orders/00000000-0000-4000-8000-000000000000'],
    ['shipment', () => `/shipments/${acmes.shipmentId}`, '/shipments/SH-999999'],
    ['invoice', () => `/invoices/${acmes.invoiceId}`, '/invoices/INV-999999'],
    ['return', () => `/returns/${acmes.returnId}`, '/returns/RMA-999999'],
  ])('reading another customer’s %s answers 404, as one that does not exist', async (_what, path, missingPath) => {
    expectNotFound(await portal(brightline).get(path()), await portal(brightline).get(missingPath));
    await portal(acme).get(path()).expect(200);
  });

  it('lists show none of another customer’s documents', async () => {
    for (const [list, key, id] of [
      ['/orders', 'orderId', acmes.orderId],
      ['/shipments', 'shipmentId', acmes.shipmentId],
      ['/invoices', 'invoiceId', acmes.invoiceId],
      ['/returns', 'returnId', acmes.returnId],
    ] as const) {
      const theirs = await portal(brightline).get(list).expect(200);
      expect(
        theirs.body.items.map((item: Record<string, string>) => item[key]),
        list,
      ).not.toContain(id);
      const own = await portal(acme).get(list).expect(200);
      expect(
        own.body.items.map((item: Record<string, string>) => item[key]),
        list,
      ).toContain(id);
    }
  });

  it('reordering or returning another customer’s order answers 404 and writes nothing', async () => {
    const returnsBefore = (await portal(brightline).get('/returns').expect(200)).body.items.length;
    const ordersBefore = (await portal(brightline).get('/orders').expect(200)).body.items.length;

    expectNotFound(
      await portal(brightline).post(`/orders/${acmes.orderId}/reorder`, {}),
      await portal(brightline).post('/orders/00000000-0000-4000-8000-000000000000/reorder', {}),
    );
    expectNotFound(
      await portal(brightline).post('/returns', {
        orderId: acmes.orderId,
        reason: 'OTHER',
        lines: [{ sku: 'HXB-004', quantity: 1 }],
      }),
      await portal(brightline).post('/returns', {
        orderId: '00000000-0000-4000-8000-000000000000',
        reason: 'OTHER',
        lines: [{ sku: 'HXB-004', quantity: 1 }],
      }),
    );

    expect((await portal(brightline).get('/returns').expect(200)).body.items).toHaveLength(returnsBefore);
    expect((await portal(brightline).get('/orders').expect(200)).body.items).toHaveLength(ordersBefore);
  });

  it('prices are always the caller’s own: Brightline never sees Acme’s contract price', async () => {
    const theirs = await portal(brightline).get('/catalogue/HXB-004').query({ quantity: 600 }).expect(200);
    const acmesPrice = await portal(acme).get('/catalogue/HXB-004').query({ quantity: 600 }).expect(200);

    expect(acmesPrice.body.price).toMatchObject({ priceListId: 'PL-ACME-2026', unitPrice: '0.1900' });
    expect(theirs.body.price).toMatchObject({ priceListId: 'PL-STANDARD', unitPrice: '0.2400' });
    const quick = await portal(brightline).get('/quick-order').query({ lines: 'HXB-004:600' }).expect(200);
    expect(quick.body.lines[0].priceRule).not.toContain('ACME');
  });

  it('a portal token cannot reach the process or system APIs to read another customer’s data', async () => {
    await crossdock.http.get(`/process/v1/orders/${acmes.orderId}`).set('Authorization', brightline).expect(403);
    await crossdock.http.get(`/system/v1/invoices/${acmes.invoiceId}`).set('Authorization', brightline).expect(403);
  });
});

describe('one sales rep and another’s customers', () => {
  const repOf = (customerIds: string[]) =>
    `Bearer ${crossdock.token({ subject: `rep-${customerIds.join('-')}`, scopes: ['mobile:read', 'mobile:write'], customerIds })}`;

  it('prices, snapshot and orders of a customer not on the rep’s list answer 404, as a customer that does not exist', async () => {
    const acmesRep = repOf(['C-1001']);
    const get = (path: string) => crossdock.http.get(`/experience/mobile/v1${path}`).set('Authorization', acmesRep);
    const order = (customerId: string) =>
      crossdock.http
        .post(`/experience/mobile/v1/customers/${customerId}/orders`)
        .set('Authorization', acmesRep)
        .set('Idempotency-Key', randomUUID())
        .send({ lines: [{ sku: 'HXB-004', quantity: 1 }] });
    const brightlineOrdersBefore = await crossdock.http
      .get('/process/v1/orders')
      .query({ customerId: 'C-1002' })
      .set('Authorization', operations)
      .expect(200);

    expectNotFound(
      await get('/customers/C-1002/price-check').query({ items: 'HXB-004' }),
      await get('/customers/C-9999/price-check').query({ items: 'HXB-004' }),
    );
    expectNotFound(await get('/customers/C-1002/snapshot'), await get('/customers/C-9999/snapshot'));
    expectNotFound(await order('C-1002'), await order('C-9999'));

    const brightlineOrdersAfter = await crossdock.http
      .get('/process/v1/orders')
      .query({ customerId: 'C-1002' })
      .set('Authorization', operations)
      .expect(200);
    expect(brightlineOrdersAfter.body.items).toHaveLength(brightlineOrdersBefore.body.items.length);
    expect(
      (await get('/customers').expect(200)).body.map((customer: { customerId: string }) => customer.customerId),
    ).toEqual(['C-1001']);
  });

  it('the order a rep takes is confined to that customer all the way down', async () => {
    const placed = await crossdock.http
      .post('/experience/mobile/v1/customers/C-1001/orders')
      .set('Authorization', repOf(['C-1001', 'C-1002']))
      .set('Idempotency-Key', randomUUID())
      .send({ lines: [{ sku: 'HXB-004', quantity: 1 }] })
      .expect(201);

    expect(placed.body.customerId).toBe('C-1001');
  });
});

describe('one marketplace partner and another’s orders and stock', () => {
  const partner = (id: string) => ({
    get: (path: string) =>
      crossdock.http.get(`/experience/marketplace/v1${path}`).set('X-API-Key', crossdock.apiKeys[id]!),
    submit: (body: object) =>
      crossdock.http.post('/experience/marketplace/v1/orders').set('X-API-Key', crossdock.apiKeys[id]!).send(body),
  });
  const SHIP_TO = {
    name: 'Jordan Lee',
    line1: '77 Alamo Plaza',
    city: 'San Antonio',
    region: 'TX',
    postalCode: '78205',
    country: 'US',
  };

  it('an order of one partner is not found by the other, under the same id', async () => {
    await partner('northwind-market')
      .submit({
        partnerOrderId: 'NW-ISO-1',
        lines: [{ lineNumber: 1, partnerSku: 'NWM-100234', quantity: 5 }],
        shipTo: SHIP_TO,
      })
      .expect(202);
    await waitUntil(
      () => partner('northwind-market').get('/orders/NW-ISO-1'),
      (answer) => answer.body.status === 'confirmed',
    );

    expectNotFound(
      await partner('southwind-market').get('/orders/NW-ISO-1'),
      await partner('southwind-market').get('/orders/NW-NEVER'),
    );
    expectNotFound(
      await partner('southwind-market').get('/orders/NW-ISO-1/shipments'),
      await partner('southwind-market').get('/orders/NW-NEVER/shipments'),
    );
  });

  it('the other partner’s order under the same id is its own: taken (202), not a conflict with the first', async () => {
    const theirs = await partner('southwind-market')
      .submit({
        partnerOrderId: 'NW-ISO-1',
        lines: [{ lineNumber: 1, partnerSku: 'SW-BOLT-M8X40', quantity: 7 }],
        shipTo: SHIP_TO,
      })
      .expect(202);

    expect(theirs.body.lines).toEqual([expect.objectContaining({ partnerSku: 'SW-BOLT-M8X40', quantity: 7 })]);
    // Settled before the next tests read stock: its reservation must not land between two reads.
    await waitUntil(
      () => partner('southwind-market').get('/orders/NW-ISO-1'),
      (answer) => answer.body.status === 'confirmed',
    );
    const inside = await crossdock.http
      .get('/process/v1/orders')
      .query({ channel: 'marketplace' })
      .set('Authorization', operations)
      .expect(200);
    const sources = inside.body.items.map(
      (order: { sourceOrderId: string; customerId: string }) => `${order.customerId} ${order.sourceOrderId}`,
    );
    expect(sources).toEqual(
      expect.arrayContaining(['C-1007 northwind-market:NW-ISO-1', 'C-1006 southwind-market:NW-ISO-1']),
    );
  });

  it('a partner cannot order in another partner’s SKUs', async () => {
    const answer = await partner('southwind-market')
      .submit({
        partnerOrderId: 'SW-ISO-2',
        lines: [{ lineNumber: 1, partnerSku: 'NWM-100234', quantity: 1 }],
        shipTo: SHIP_TO,
      })
      .expect(400);

    expect(answer.body.errors).toEqual([
      { field: 'lines.0.partnerSku', message: 'NWM-100234 is not cross-referenced' },
    ]);
  });

  it('each partner’s feed holds only its own items, at its own allocation', async () => {
    const north = await partner('northwind-market').get('/inventory').expect(200);
    const south = await partner('southwind-market').get('/inventory').expect(200);

    expect(north.body.items.map((item: { partnerSku: string }) => item.partnerSku)).toEqual([
      'NWM-100234',
      'NWM-100412',
    ]);
    expect(south.body.items.map((item: { partnerSku: string }) => item.partnerSku)).toEqual(['SW-BOLT-M8X40']);
    // The same bolts: 50 % less 10 for Northwind, 20 % for Southwind.
    const available = (
      await crossdock.http
        .get('/system/v1/inventory')
        .query({ sku: 'HXB-004' })
        .set('Authorization', operations)
        .expect(200)
    ).body.items.reduce((sum: number, position: { available: number }) => sum + Math.max(0, position.available), 0);
    expect(north.body.items[0].availableToSell).toBe(Math.max(0, Math.floor(available / 2) - 10));
    expect(south.body.items[0].availableToSell).toBe(Math.floor(available / 5));
  });
});
