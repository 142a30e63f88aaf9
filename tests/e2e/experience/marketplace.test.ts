/**
 * The marketplace experience API through the gateway, as the demo partner Northwind Market uses it
 * with its API key: orders in its own SKUs, followed by its own order id to shipment, and an
 * inventory feed that offers only its allocation of the stock.
 */
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shipOrder } from '../../support/fulfilment';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let crossdock: TestPlatform;
let apiKey: string;
let operations: string;

beforeAll(async () => {
  crossdock = await startTestPlatform({ apiKeysFor: ['northwind-market'] });
  apiKey = crossdock.apiKeys['northwind-market']!;
  operations = `Bearer ${crossdock.token({ subject: 'integration-team', scopes: ['system:read', 'process:read'] })}`;
});
afterAll(() => crossdock.close());

const get = (path: string) => crossdock.http.get(`/experience/marketplace/v1${path}`).set('X-API-Key', apiKey);
const submit = (body: object) =>
  crossdock.http.post('/experience/marketplace/v1/orders').set('X-API-Key', apiKey).send(body);

const SHIP_TO = {
  name: 'Jordan Lee',
  line1: '77 Alamo Plaza',
  city: 'San Antonio',
  region: 'TX',
  postalCode: '78205',
  country: 'US',
};
// Northwind's cross-reference (marketplace-partners.yaml): NWM-100234 is our HXB-004, NWM-100412 our LAD-001.
const PARTNER_ITEMS: Record<string, string> = {
  'NWM-100234': 'HXB-004',
  'NWM-100240': 'GLV-002',
  'NWM-100311': 'TAP-001',
  'NWM-100412': 'LAD-001',
  'NWM-100518': 'PVC-003',
  'NWM-100622': 'WSH-002',
};

async function availableNow(sku: string): Promise<number> {
  const answer = await crossdock.http
    .get('/system/v1/inventory')
    .query({ sku })
    .set('Authorization', operations)
    .expect(200);
  return answer.body.items.reduce(
    (sum: number, position: { available: number }) => sum + Math.max(0, position.available),
    0,
  );
}

async function settled(partnerOrderId: string, status: string) {
  return waitUntil(
    () => get(`/orders/${partnerOrderId}`),
    (answer) => answer.body.status === status,
    { what: `order ${partnerOrderId} to be ${status}` },
  );
}

describe('the inventory feed', () => {
  it('offers each item the partner carries, in its SKUs, at its allocation of the stock less its safety stock', async () => {
    const feed = await get('/inventory').expect(200);

    expect(feed.body.items.map((item: { partnerSku: string }) => item.partnerSku)).toEqual(Object.keys(PARTNER_ITEMS));
    for (const item of feed.body.items) {
      const sku = PARTNER_ITEMS[item.partnerSku]!;
      // 50 % of what is available, less 10 units (2 for the ladders).
      const held = sku === 'LAD-001' ? 2 : 10;
      expect(item.availableToSell, item.partnerSku).toBe(Math.max(0, Math.floor((await availableNow(sku)) / 2) - held));
    }
    expect(JSON.stringify(feed.body)).not.toMatch(/HXB-|GLV-|WH-/);
  });

  it('answers 304 while nothing changed', async () => {
    const feed = await get('/inventory').expect(200);

    await get('/inventory')
      .set('If-None-Match', feed.headers.etag as string)
      .expect(304);
  });
});

describe('an order from the partner', () => {
  const order = {
    partnerOrderId: 'NW-2026-0001',
    lines: [
      { lineNumber: 10, partnerSku: 'NWM-100234', quantity: 200 },
      { lineNumber: 20, partnerSku: 'NWM-100412', quantity: 1 },
    ],
    shipTo: SHIP_TO,
  };

  it('is taken at once in the partner’s SKUs and line numbers, and followed by its own id', async () => {
    const taken = await submit(order).expect(202);

    expect(taken.headers.location).toBe('/experience/marketplace/v1/orders/NW-2026-0001');
    expect(taken.body).toMatchObject({
      partnerOrderId: 'NW-2026-0001',
      lines: [
        { lineNumber: 10, partnerSku: 'NWM-100234', quantity: 200 },
        { lineNumber: 20, partnerSku: 'NWM-100412', quantity: 1 },
      ],
    });
    const confirmed = await settled('NW-2026-0001', 'confirmed');
    expect(confirmed.body).toMatchObject({
      orderNumber: expect.stringMatching(/^SO-/),
      currency: 'USD',
      lines: [
        { lineNumber: 10, partnerSku: 'NWM-100234', unitPrice: '0.2400', lineTotal: '48.00' },
        { lineNumber: 20, partnerSku: 'NWM-100412' },
      ],
    });
  });

  it('goes on the partner’s customer account through the process API, as a marketplace order', async () => {
    const inside = await crossdock.http
      .get('/process/v1/orders')
      .query({ channel: 'marketplace', sourceOrderId: 'northwind-market:NW-2026-0001' })
      .set('Authorization', operations)
      .expect(200);

    expect(inside.body.items).toEqual([
      expect.objectContaining({
        customerId: 'C-1007',
        purchaseOrderNumber: 'NW-2026-0001',
        lines: [
          expect.objectContaining({ sku: 'HXB-004', quantity: 200 }),
          expect.objectContaining({ sku: 'LAD-001', quantity: 1 }),
        ],
      }),
    ]);
  });

  it('is taken once: the same order again is answered with it, another order under its id is refused', async () => {
    const again = await submit(order).expect(200);
    expect(again.body.partnerOrderId).toBe('NW-2026-0001');

    const other = await submit({ ...order, lines: [{ lineNumber: 10, partnerSku: 'NWM-100234', quantity: 201 }] });
    expect(other.status).toBe(409);
  });

  it('shows the shipments in the partner’s line numbers and SKUs, with tracking, once shipped', async () => {
    const confirmed = await get('/orders/NW-2026-0001').expect(200);
    await shipOrder(crossdock, confirmed.body.orderNumber, { carrier: 'FEDEX', trackingNumber: '794698765432' });

    const shipments = await get('/orders/NW-2026-0001/shipments').expect(200);

    const lines = shipments.body.flatMap((shipment: { lines: unknown[] }) => shipment.lines);
    expect(lines).toEqual(
      expect.arrayContaining([
        { lineNumber: 10, partnerSku: 'NWM-100234', quantity: 200 },
        { lineNumber: 20, partnerSku: 'NWM-100412', quantity: 1 },
      ]),
    );
    expect(shipments.body[0]).toMatchObject({
      status: 'shipped',
      carrier: 'FEDEX',
      trackingNumber: '794698765432',
      trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr=794698765432',
    });
    expect((await get('/orders/NW-2026-0001').expect(200)).body.status).toBe('shipped');
  });

  it('is refused at once with the lines at fault when a SKU is not in the partner’s cross-reference', async () => {
    const answer = await submit({
      partnerOrderId: 'NW-2026-0002',
      lines: [
        { lineNumber: 1, partnerSku: 'NWM-100234', quantity: 1 },
        { lineNumber: 2, partnerSku: 'HXB-004', quantity: 1 },
      ],
      shipTo: SHIP_TO,
    }).expect(400);

    expect(answer.body.errors).toEqual([{ field: 'lines.1.partnerSku', message: 'HXB-004 is not cross-referenced' }]);
  });

  it('is held for review when the partner sold at another price than the contract', async () => {
    await submit({
      partnerOrderId: 'NW-2026-0003',
      lines: [{ lineNumber: 1, partnerSku: 'NWM-100234', quantity: 5, unitPrice: '0.1000' }],
      shipTo: SHIP_TO,
    }).expect(202);

    await settled('NW-2026-0003', 'needs-attention');
  });

  it('answers 404 for an order id the partner never sent', async () => {
    await get('/orders/NW-NEVER-SENT').expect(404);
    await get('/orders/NW-NEVER-SENT/shipments').expect(404);
  });
});

describe('the partner’s API key', () => {
  it('is taken as a bearer token too', async () => {
    await crossdock.http
      .get('/experience/marketplace/v1/inventory')
      .set('Authorization', `Bearer ${apiKey}`)
      .expect(200);
  });

  it('is known to the gateway only: the tier refuses it, and it is in no log line', async () => {
    await supertest(crossdock.platform.tiers.experience)
      .get('/experience/marketplace/v1/inventory')
      .set('X-API-Key', apiKey)
      .expect(401);
    await supertest(crossdock.platform.tiers.experience)
      .get('/experience/marketplace/v1/inventory')
      .set('Authorization', `Bearer ${apiKey}`)
      .expect(401);

    expect(crossdock.logs.raw.some((line) => line.includes(apiKey.slice('cdk_'.length + 12 + 1)))).toBe(false);
  });
});
