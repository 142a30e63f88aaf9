/**
 * The mobile sales app's experience API through the gateway, as a sales rep looking after Acme
 * Hardware and Brightline Supply uses it: a price check of 200 items in one call answered 304 when
 * nothing changed, a visit snapshot, and an order taken for a customer.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let rep: string;
let operations: string;
let twoHundredSkus: string[];

beforeAll(async () => {
  crossdock = await startTestPlatform();
  rep = `Bearer ${crossdock.token({ subject: 'rep-17@crossdock.example', scopes: ['mobile:read', 'mobile:write'], customerIds: ['C-1001', 'C-1002', 'C-9999'] })}`;
  operations = `Bearer ${crossdock.token({ subject: 'integration-team', scopes: ['system:read', 'system:write', 'process:read'] })}`;
  const items = await crossdock.http
    .get('/system/v1/items')
    .query({ status: 'active', limit: 200 })
    .set('Authorization', operations)
    .expect(200);
  // The catalogue's first 199 items and HXB-004, whose contract price the test knows.
  const others = items.body.items.map((item: { sku: string }) => item.sku).filter((sku: string) => sku !== 'HXB-004');
  twoHundredSkus = ['HXB-004', ...others.slice(0, 199)];
});
afterAll(() => crossdock.close());

const mobile = (path: string, authorization = rep) =>
  crossdock.http.get(`/experience/mobile/v1${path}`).set('Authorization', authorization);
const priceCheck = (customerId: string, items: string, authorization = rep) =>
  mobile(`/customers/${customerId}/price-check`, authorization).query({ items });

// Everything the app shows for an item; nothing else may be in the answer.
const SHOWN_FIELDS = new Set([
  'sku',
  'quantity',
  'uom',
  'unitPrice',
  'available',
  'stockUom',
  'nextReceipt',
  'problem',
]);

describe('the rep’s customers', () => {
  it('lists the customers the rep’s token carries, leaving out an account the ERP does not know', async () => {
    const answer = await mobile('/customers').expect(200);

    expect(answer.body).toEqual([
      { customerId: 'C-1001', name: 'Acme Hardware', status: 'active', city: 'Dallas' },
      { customerId: 'C-1002', name: 'Brightline Supply', status: 'active', city: 'Marietta' },
    ]);
  });

  it('reads the rep’s customers from the ERP in one call, not one per customer', async () => {
    const correlationId = randomUUID();

    await mobile('/customers').set('X-Correlation-Id', correlationId).expect(200);

    const customerReads = crossdock.logs
      .withCorrelationId(correlationId)
      .filter((line) => line.service === 'system-apis' && String(line.path).startsWith('/system/v1/customers'));
    expect(customerReads.map((line) => line.path)).toEqual(['/system/v1/customers']);
  });
});

describe('a price check', () => {
  it('prices 200 items for one customer in one call, with the stock, and only the fields the app shows', async () => {
    expect(twoHundredSkus).toHaveLength(200);

    const answer = await priceCheck('C-1001', twoHundredSkus.join(',')).expect(200);

    expect(answer.body.customerId).toBe('C-1001');
    expect(answer.body.currency).toBe('USD');
    expect(answer.body.items.map((item: { sku: string }) => item.sku)).toEqual(twoHundredSkus);
    for (const item of answer.body.items) {
      for (const field of Object.keys(item)) expect(SHOWN_FIELDS.has(field), `field ${field}`).toBe(true);
      expect(item.unitPrice ?? item.problem).toBeDefined();
    }
    expect(answer.body.items.find((item: { sku: string }) => item.sku === 'HXB-004')).toMatchObject({
      quantity: 1,
      uom: 'EA',
      unitPrice: '0.2200',
    });
  });

  it('prices at the quantity and unit asked, and says which items cannot be priced', async () => {
    const answer = await priceCheck('C-1001', 'HXB-004:600,GLV-002:2:CS,LAD-001:1:CS,NO-SUCH-SKU').expect(200);

    expect(answer.body.items).toEqual([
      expect.objectContaining({ sku: 'HXB-004', quantity: 600, uom: 'EA', unitPrice: '0.1900' }),
      expect.objectContaining({ sku: 'GLV-002', quantity: 2, uom: 'CS', unitPrice: '33.0000', stockUom: 'EA' }),
      expect.objectContaining({ sku: 'LAD-001', uom: 'CS', problem: 'UOM_NOT_CONVERTIBLE' }),
      expect.objectContaining({ sku: 'NO-SUCH-SKU', problem: 'UNKNOWN_ITEM', available: 0 }),
    ]);
  });

  it('answers 304 with no body when the app’s copy is still the answer, and 200 once the stock moved', async () => {
    const first = await priceCheck('C-1001', 'HXB-004,GLV-002').expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');

    const unchanged = await priceCheck('C-1001', 'HXB-004,GLV-002').set('If-None-Match', etag).expect(304);
    expect(unchanged.text ?? '').toBe('');
    expect(unchanged.headers.etag).toBe(etag);

    await crossdock.http
      .post('/system/v1/inventory/movements')
      .set('Authorization', operations)
      .send({
        sku: 'HXB-004',
        warehouseId: 'WH-DAL',
        kind: 'receipt',
        quantity: 50,
        reason: 'receipt for the price check test',
      })
      .expect(201);
    const changed = await priceCheck('C-1001', 'HXB-004,GLV-002').set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.items[0].available).toBe(first.body.items[0].available + 50);
  });

  it('refuses more than 200 items with 400', async () => {
    const answer = await priceCheck('C-1001', [...twoHundredSkus, 'HXB-004'].join(',')).expect(400);

    expect(answer.body.errors).toEqual([{ field: 'items', message: '1 to 200 entries' }]);
  });
});

describe('a visit', () => {
  it('shows the customer’s credit as the ERP has it, its open orders and its last invoices', async () => {
    const placed = await crossdock.http
      .post('/experience/mobile/v1/customers/C-1002/orders')
      .set('Authorization', rep)
      .set('Idempotency-Key', randomUUID())
      .send({ lines: [{ sku: 'HXB-004', quantity: 100 }] })
      .expect(201);

    const snapshot = await mobile('/customers/C-1002/snapshot').expect(200);

    const credit = await crossdock.http
      .get('/system/v1/customers/C-1002/credit')
      .set('Authorization', operations)
      .expect(200);
    expect(snapshot.body).toMatchObject({
      customerId: 'C-1002',
      name: 'Brightline Supply',
      status: 'active',
      paymentTerms: 'NET45',
    });
    expect(snapshot.body.credit).toEqual({
      currency: 'USD',
      creditLimit: credit.body.creditLimit,
      available: credit.body.available,
      openInvoices: credit.body.openInvoices,
      openOrders: credit.body.openOrders,
    });
    expect(snapshot.body.openOrders).toEqual([
      expect.objectContaining({
        orderId: placed.body.orderId,
        orderNumber: placed.body.orderNumber,
        status: 'confirmed',
        total: placed.body.total,
      }),
    ]);
    expect(snapshot.body.recentInvoices).toEqual([]);
  });
});

describe('an order taken for a customer', () => {
  it('is placed for that customer at its prices, through the process API, with the rep recorded as who placed it', async () => {
    const key = randomUUID();
    const placed = await crossdock.http
      .post('/experience/mobile/v1/customers/C-1002/orders')
      .set('Authorization', rep)
      .set('Idempotency-Key', key)
      .send({ purchaseOrderNumber: 'BL-77', lines: [{ sku: 'HXB-004', quantity: 10 }] })
      .expect(201);

    expect(placed.body).toMatchObject({
      customerId: 'C-1002',
      status: 'confirmed',
      orderNumber: expect.stringMatching(/^SO-/),
      lines: [{ sku: 'HXB-004', quantity: 10, unitPrice: '0.2400', lineTotal: '2.40' }],
    });
    const inside = await crossdock.http
      .get(`/process/v1/orders/${placed.body.orderId}`)
      .set('Authorization', operations)
      .expect(200);
    expect(inside.body).toMatchObject({ channel: 'mobile', customerId: 'C-1002', purchaseOrderNumber: 'BL-77' });
    expect(inside.body.timeline[0].actor).toContain('rep-17@crossdock.example');

    const again = await crossdock.http
      .post('/experience/mobile/v1/customers/C-1002/orders')
      .set('Authorization', rep)
      .set('Idempotency-Key', key)
      .send({ purchaseOrderNumber: 'BL-77', lines: [{ sku: 'HXB-004', quantity: 10 }] })
      .expect(200);
    expect(again.body.orderId).toBe(placed.body.orderId);
  });

  it('needs an Idempotency-Key', async () => {
    const answer = await crossdock.http
      .post('/experience/mobile/v1/customers/C-1001/orders')
      .set('Authorization', rep)
      .send({ lines: [{ sku: 'HXB-004', quantity: 1 }] })
      .expect(400);

    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'header.Idempotency-Key' })]);
  });
});

describe('a token that is not a sales rep’s', () => {
  it('is refused with 403, even with the mobile scopes', async () => {
    const buyer = `Bearer ${crossdock.token({ subject: 'buyer@acme.example', scopes: ['mobile:read'], customerId: 'C-1001' })}`;

    const answer = await mobile('/customers/C-1001/snapshot', buyer).expect(403);

    expect(answer.body.detail).toContain('sales rep');
  });
});
