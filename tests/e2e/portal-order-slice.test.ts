import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let crossdock: TestPlatform;
let portalToken: string;
let systemToken: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  portalToken = crossdock.token({
    subject: 'buyer@acme.example',
    scopes: ['portal:read', 'portal:write'],
    customerId: 'C-1001',
  });
  systemToken = crossdock.token({ subject: 'integration-team', scopes: ['system:read'] });
});
afterAll(() => crossdock.close());

// Each order its own PO number: the same number again under a new key is a business duplicate.
const anAcmeOrder = (purchaseOrderNumber = `PO-${randomUUID().slice(0, 8)}`) => ({
  purchaseOrderNumber,
  lines: [
    { sku: 'HXB-004', quantity: 600 },
    { sku: 'GLV-002', quantity: 2, uom: 'CS' },
  ],
});

async function erpOrdersOf(customerId: string): Promise<{ id: string; orderKey: string }[]> {
  const answer = await crossdock.http
    .get('/system/v1/sales-orders')
    .query({ customerId })
    .set('Authorization', `Bearer ${systemToken}`)
    .expect(200);
  return answer.body.items;
}

describe('a portal user places an order through the gateway', () => {
  it('prices it from the contract list, creates it in the ERP, and reads it back', async () => {
    const placed = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', randomUUID())
      .send(anAcmeOrder('PO-7781'))
      .expect(201);

    expect(placed.body).toMatchObject({
      status: 'confirmed',
      purchaseOrderNumber: 'PO-7781',
      currency: 'USD',
      // 600 bolts reach Acme's 500 break (80 % of the 0.24 list price); gloves at Acme's case price.
      lines: [
        { sku: 'HXB-004', quantity: 600, uom: 'EA', unitPrice: '0.1900', lineTotal: '114.00' },
        { sku: 'GLV-002', quantity: 2, uom: 'CS', unitPrice: '33.0000', lineTotal: '66.00' },
      ],
      subtotal: '180.00',
      // Texas sales tax, 6.25 %, on the ship-to in Dallas.
      tax: '11.25',
      total: '191.25',
      shipTo: { name: 'Acme Hardware — Store 112', city: 'Dallas' },
    });
    expect(placed.body.orderNumber).toMatch(/^SO-\d{6}$/);
    expect(placed.headers.location).toBe(`/experience/portal/v1/orders/${placed.body.orderId}`);

    const readBack = await crossdock.http
      .get(`/experience/portal/v1/orders/${placed.body.orderId}`)
      .set('Authorization', `Bearer ${portalToken}`)
      .expect(200);
    expect(readBack.body).toEqual(placed.body);

    const erpOrder = await crossdock.http
      .get(`/system/v1/sales-orders/${placed.body.orderNumber}`)
      .set('Authorization', `Bearer ${systemToken}`)
      .expect(200);
    expect(erpOrder.body).toMatchObject({
      customerId: 'C-1001',
      purchaseOrderNumber: 'PO-7781',
      subtotal: '180.00',
      orderKey: placed.body.orderId,
    });
  });

  it('answers a repeated request with the same Idempotency-Key with the same order and creates nothing new', async () => {
    const key = randomUUID();
    const acmeOrder = anAcmeOrder();
    const first = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', key)
      .send(acmeOrder)
      .expect(201);
    const erpOrdersBefore = await erpOrdersOf('C-1001');

    const again = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', key)
      .send(acmeOrder)
      .expect(200);

    expect(again.body.orderId).toBe(first.body.orderId);
    expect(again.body.orderNumber).toBe(first.body.orderNumber);
    expect(await erpOrdersOf('C-1001')).toEqual(erpOrdersBefore);
    const list = await crossdock.http
      .get('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .expect(200);
    expect(list.body.items.filter((order: { orderId: string }) => order.orderId === first.body.orderId)).toHaveLength(
      1,
    );
  });

  it('refuses the same Idempotency-Key with a different order', async () => {
    const key = randomUUID();
    await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', key)
      .send(anAcmeOrder())
      .expect(201);
    const reused = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', key)
      .send({ lines: [{ sku: 'HXB-004', quantity: 601 }] })
      .expect(422);
    expect(reused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reused.body.type).toBe('urn:crossdock:problem:idempotency-key-reused');
  });

  it('puts an order for an unknown item on hold and tells the customer it is being reviewed', async () => {
    const placed = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', randomUUID())
      .send({ lines: [{ sku: 'NO-SUCH-SKU', quantity: 3 }] })
      .expect(201);
    expect(placed.body.status).toBe('needs-attention');
    expect(placed.body.orderNumber).toBeUndefined();

    const processToken = crossdock.token({ subject: 'ops', scopes: ['process:read'] });
    const inside = await crossdock.http
      .get(`/process/v1/orders/${placed.body.orderId}`)
      .set('Authorization', `Bearer ${processToken}`)
      .expect(200);
    expect(inside.body.status).toBe('HELD');
    expect(inside.body.holds).toEqual([expect.objectContaining({ reasonCode: 'UNKNOWN_ITEM', status: 'open' })]);
    expect(
      inside.body.timeline.map((entry: { step: string; outcome: string }) => `${entry.step}:${entry.outcome}`),
    ).toEqual(['received:succeeded', 'validate:held']);
  });

  it('does not show one customer another customer’s order', async () => {
    const placed = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', randomUUID())
      .send(anAcmeOrder())
      .expect(201);
    const otherCustomer = crossdock.token({
      subject: 'buyer@brightline.example',
      scopes: ['portal:read'],
      customerId: 'C-1002',
    });
    const answer = await crossdock.http
      .get(`/experience/portal/v1/orders/${placed.body.orderId}`)
      .set('Authorization', `Bearer ${otherCustomer}`)
      .expect(404);
    expect(answer.body.type).toBe('urn:crossdock:problem:not-found');
  });
});

describe('an order whose channel price differs from the contract', () => {
  it('is held with PRICE_MISMATCH, saying both prices', async () => {
    const token = crossdock.token({ subject: 'integration', scopes: ['process:read', 'process:write'] });
    const shipTo = {
      name: 'Acme Hardware — Store 112',
      line1: '2400 Elm St',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75226',
      country: 'US',
    };
    const answer = await crossdock.http
      .post('/process/v1/orders')
      .set('Authorization', `Bearer ${token}`)
      .set('Prefer', 'wait=10')
      .send({
        channel: 'api',
        sourceOrderId: randomUUID(),
        customerId: 'C-1001',
        shipTo,
        lines: [{ sku: 'HXB-004', quantity: 10, unitPrice: '0.20' }],
      })
      .expect(201);
    expect(answer.body.status).toBe('HELD');
    expect(answer.body.holds).toEqual([
      expect.objectContaining({ reasonCode: 'PRICE_MISMATCH', detail: expect.stringContaining('0.20') }),
    ]);
    expect(answer.body.erpOrderId).toBeUndefined();
  });
});
