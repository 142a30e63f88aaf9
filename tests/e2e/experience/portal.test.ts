/**
 * The B2B portal's experience API through the gateway, as a buyer of Acme Hardware (C-1001) uses
 * it: the catalogue at Acme's contract prices with stock and promised dates, a quick order, an
 * order followed from placement to delivery and invoice, returns, and a reorder.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shipOrderThroughProcess } from '../../support/fulfilment';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let acme: string;
let systemToken: string;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  crossdock = await startTestPlatform();
  acme = `Bearer ${crossdock.token({ subject: 'buyer@acme.example', scopes: ['portal:read', 'portal:write'], customerId: 'C-1001' })}`;
  systemToken = `Bearer ${crossdock.token({ subject: 'integration-team', scopes: ['system:read'] })}`;
});
afterAll(() => crossdock.close());

const portal = (path: string, authorization = acme) =>
  crossdock.http.get(`/experience/portal/v1${path}`).set('Authorization', authorization);
const placeOrder = (body: object, authorization = acme) =>
  crossdock.http
    .post('/experience/portal/v1/orders')
    .set('Authorization', authorization)
    .set('Idempotency-Key', randomUUID())
    .send(body);

async function stockOf(sku: string): Promise<{ warehouseId: string; available: number }[]> {
  const answer = await crossdock.http
    .get('/system/v1/inventory')
    .query({ sku })
    .set('Authorization', systemToken)
    .expect(200);
  return answer.body.items.map((position: { warehouseId: string; available: number }) => ({
    warehouseId: position.warehouseId,
    available: position.available,
  }));
}

describe('the catalogue', () => {
  it('finds items by text, each at the customer’s contract price with the rule that gave it, and its stock per warehouse', async () => {
    const answer = await portal('/catalogue').query({ q: 'hex bolt' }).expect(200);

    expect(answer.body.items.length).toBeGreaterThan(0);
    expect(answer.body.items.every((item: { description: string }) => /hex bolt/i.test(item.description))).toBe(true);
    const bolts = answer.body.items.find((item: { sku: string }) => item.sku === 'HXB-004');
    expect(bolts).toMatchObject({
      description: expect.stringContaining('M8 x 40'),
      baseUom: 'EA',
      units: [
        { uom: 'EA', factorToBase: 1 },
        { uom: 'CS', factorToBase: 100 },
        { uom: 'PL', factorToBase: 4000 },
      ],
      price: {
        quantity: 1,
        uom: 'EA',
        unitPrice: '0.2200',
        currency: 'USD',
        priceListId: 'PL-ACME-2026',
        priceRule: 'price-list:PL-ACME-2026',
      },
    });
    const stock = await stockOf('HXB-004');
    expect(
      bolts.stock.warehouses.map((warehouse: { warehouseId: string; available: number }) => ({
        warehouseId: warehouse.warehouseId,
        available: warehouse.available,
      })),
    ).toEqual(stock);
    expect(bolts.stock.available).toBe(stock.reduce((sum, position) => sum + Math.max(0, position.available), 0));
    expect(bolts.stock.promisedDate).toBe(today());
  });

  it('prices an item at a quantity break and promises the date only when the stock covers the quantity', async () => {
    const atBreak = await portal('/catalogue/HXB-004').query({ quantity: 600 }).expect(200);
    expect(atBreak.body.price).toMatchObject({
      quantity: 600,
      unitPrice: '0.1900',
      priceRule: 'price-list:PL-ACME-2026 break>=500 EA',
    });
    expect(atBreak.body.stock.promisedDate).toBe(today());

    const beyondStock = await portal('/catalogue/HXB-004').query({ quantity: 5_000_000 }).expect(200);
    expect(beyondStock.body.stock.promisedDate).toBeUndefined();
  });

  it('gives another customer its own price: Brightline is on the standard list', async () => {
    const brightline = `Bearer ${crossdock.token({ subject: 'buyer@brightline.example', scopes: ['portal:read'], customerId: 'C-1002' })}`;

    const answer = await portal('/catalogue/HXB-004', brightline).expect(200);

    expect(answer.body.price).toMatchObject({ unitPrice: '0.2400', priceListId: 'PL-STANDARD' });
  });

  it('answers 404 for an item that is not in the catalogue', async () => {
    await portal('/catalogue/NO-SUCH-SKU').expect(404);
  });
});

describe('a quick order by SKU list', () => {
  it('prices each line in the unit chosen, offers the units each item is sold in, and says what cannot be ordered', async () => {
    const answer = await portal('/quick-order')
      .query({ lines: 'HXB-004:600,GLV-002:2:CS,LAD-001:1:CS,NO-SUCH-SKU:3' })
      .expect(200);

    expect(answer.body).toMatchObject({ currency: 'USD', subtotal: '180.00', readyToOrder: false });
    expect(answer.body.lines).toMatchObject([
      {
        sku: 'HXB-004',
        quantity: 600,
        uom: 'EA',
        unitPrice: '0.1900',
        lineTotal: '114.00',
        stock: { promisedDate: today() },
      },
      {
        sku: 'GLV-002',
        quantity: 2,
        uom: 'CS',
        unitPrice: '33.0000',
        lineTotal: '66.00',
        units: expect.arrayContaining([{ uom: 'CS', factorToBase: 12 }]),
      },
      { sku: 'LAD-001', uom: 'CS', units: [{ uom: 'EA', factorToBase: 1 }], problem: { code: 'UOM_NOT_CONVERTIBLE' } },
      { sku: 'NO-SUCH-SKU', problem: { code: 'UNKNOWN_ITEM' } },
    ]);
  });

  it('refuses a list it cannot read with 400, naming the entry', async () => {
    const answer = await portal('/quick-order').query({ lines: 'HXB-004:0,GLV-002' }).expect(400);

    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'lines.0' })]);
  });
});

describe('an order from placement to invoice, in the customer’s words', () => {
  let orderId: string;
  let orderNumber: string;

  it('shows the order confirmed, with a timeline that names no internal step', async () => {
    const placed = await placeOrder({
      purchaseOrderNumber: 'PO-9001',
      lines: [
        { sku: 'HXB-004', quantity: 600 },
        { sku: 'GLV-002', quantity: 2, uom: 'CS' },
      ],
    }).expect(201);
    orderId = placed.body.orderId;
    orderNumber = placed.body.orderNumber;

    const detail = await portal(`/orders/${orderId}`).expect(200);

    expect(detail.body.status).toBe('confirmed');
    expect(detail.body.timeline.map((entry: { status: string }) => entry.status)).toEqual([
      'received',
      'processing',
      'confirmed',
    ]);
    expect(JSON.stringify(detail.body.timeline)).not.toMatch(/validate|enrich|reserve|submit|credit/);
    expect(detail.body.shipments).toBeUndefined();
  });

  it('shows it delivered once the warehouse shipped and delivered it, with tracking, and its invoice', async () => {
    // Reported through the process tier, as the warehouse does: the order moves on to INVOICED there.
    await shipOrderThroughProcess(crossdock, orderId, {
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      deliver: true,
      invoice: true,
    });
    const erpShipments = await crossdock.http
      .get('/system/v1/shipments')
      .query({ salesOrderId: orderNumber })
      .set('Authorization', systemToken)
      .expect(200);
    const [shipmentId] = erpShipments.body.items.map((shipment: { id: string }) => shipment.id);

    const detail = await portal(`/orders/${orderId}`).expect(200);

    expect(detail.body).toMatchObject({ status: 'delivered', statusText: 'Your order has been delivered.' });
    expect(detail.body.shipments).toEqual([
      expect.objectContaining({
        shipmentId,
        orderNumber,
        status: 'delivered',
        carrier: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
      }),
    ]);
    // The ERP's own invoice amounts (the reference ERP raises it at the order's prices).
    const erpInvoices = await crossdock.http
      .get('/system/v1/invoices')
      .query({ salesOrderId: orderNumber })
      .set('Authorization', systemToken)
      .expect(200);
    const [erpInvoice] = erpInvoices.body.items;
    expect(detail.body.invoices).toEqual([
      {
        invoiceId: erpInvoice.id,
        invoiceDate: erpInvoice.invoiceDate,
        dueDate: erpInvoice.dueDate,
        total: erpInvoice.total,
        balanceDue: erpInvoice.total,
      },
    ]);
    expect(detail.body.timeline.map((entry: { status: string }) => entry.status)).toEqual([
      'received',
      'processing',
      'confirmed',
      'shipped',
      'invoiced',
      'delivered',
    ]);
  });

  it('lists the shipment and the invoice among the customer’s own, and reads each', async () => {
    const shipments = await portal('/shipments').expect(200);
    const shipment = shipments.body.items.find((item: { orderNumber: string }) => item.orderNumber === orderNumber);
    expect(shipment).toMatchObject({
      status: 'delivered',
      lines: [
        { sku: 'HXB-004', quantity: 600, uom: 'EA' },
        { sku: 'GLV-002', quantity: 2, uom: 'CS' },
      ],
    });
    await portal(`/shipments/${shipment.shipmentId}`).expect(200);

    const invoices = await portal('/invoices').query({ status: 'open' }).expect(200);
    const invoice = invoices.body.items.find((item: { orderNumber: string }) => item.orderNumber === orderNumber);
    expect(invoice).toMatchObject({
      status: 'open',
      currency: 'USD',
      subtotal: '180.00',
      lines: [
        { sku: 'HXB-004', quantity: 600, unitPrice: '0.1900', amount: '114.00' },
        { sku: 'GLV-002', quantity: 2, uom: 'CS', amount: '66.00' },
      ],
    });
    expect(invoice.balanceDue).toBe(invoice.total);
    const read = await portal(`/invoices/${invoice.invoiceId}`).expect(200);
    expect(read.body).toEqual(invoice);
  });

  it('takes a return request for shipped goods under the return rules, and shows it among the customer’s returns', async () => {
    const requested = await crossdock.http
      .post('/experience/portal/v1/returns')
      .set('Authorization', acme)
      .send({ orderId, reason: 'DAMAGED', note: 'Box crushed; bolts bent', lines: [{ sku: 'HXB-004', quantity: 100 }] })
      .expect(201);

    // Damaged goods within the return window: authorised at once, with the ERP's RMA to quote.
    expect(requested.body).toMatchObject({
      orderId,
      status: 'authorised',
      rmaNumber: expect.stringMatching(/^RMA-/),
      reason: 'DAMAGED',
      lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 100 }],
    });
    expect(requested.headers.location).toBe(`/experience/portal/v1/returns/${requested.body.returnId}`);
    const listed = await portal('/returns').expect(200);
    expect(listed.body.items.map((item: { returnId: string }) => item.returnId)).toContain(requested.body.returnId);
    expect((await portal(`/returns/${requested.body.returnId}`).expect(200)).body).toEqual(requested.body);
    // The process tier's own return, with its timeline step, is what the portal opened.
    const operator = `Bearer ${crossdock.token({ subject: 'returns-desk', scopes: ['process:read'] })}`;
    const processReturn = await crossdock.http
      .get(`/process/v1/returns/${requested.body.returnId}`)
      .set('Authorization', operator)
      .expect(200);
    expect(processReturn.body).toMatchObject({
      orderId,
      customerId: 'C-1001',
      status: 'authorised',
      erpReturnId: requested.body.rmaNumber,
    });
    const processOrder = await crossdock.http
      .get(`/process/v1/orders/${orderId}`)
      .set('Authorization', operator)
      .expect(200);
    expect(processOrder.body.timeline).toContainEqual(
      expect.objectContaining({ step: 'return', outcome: 'succeeded' }),
    );
  });

  it('leaves a return of goods that do not come back for our review, as requested', async () => {
    const answer = await crossdock.http
      .post('/experience/portal/v1/returns')
      .set('Authorization', acme)
      .send({ orderId, reason: 'NO_LONGER_NEEDED', lines: [{ sku: 'GLV-002', quantity: 1, uom: 'CS' }] });

    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({ status: 'requested', lines: [{ lineNumber: 2, sku: 'GLV-002', quantity: 1 }] });
    expect(answer.body.rmaNumber).toBeUndefined();
    const requested = await portal('/returns').query({ status: 'requested' }).expect(200);
    expect(requested.body.items.map((item: { returnId: string }) => item.returnId)).toEqual([answer.body.returnId]);
  });

  it('refuses to return more than was shipped less what was returned, with the reason', async () => {
    const answer = await crossdock.http
      .post('/experience/portal/v1/returns')
      .set('Authorization', acme)
      .send({ orderId, reason: 'DAMAGED', lines: [{ sku: 'HXB-004', quantity: 501 }] });

    expect(answer.status).toBe(422);
    expect(answer.body.reasonCode).toBe('RETURN_EXCEEDS_SHIPPED');
  });

  it('refuses an item that is not on the order', async () => {
    const answer = await crossdock.http
      .post('/experience/portal/v1/returns')
      .set('Authorization', acme)
      .send({ orderId, reason: 'DAMAGED', lines: [{ sku: 'LAD-001', quantity: 1 }] });

    expect(answer.status).toBe(422);
    expect(answer.body.reasonCode).toBe('NOT_ON_ORDER');
  });

  it('shows another customer none of Acme’s returns', async () => {
    const brightline = `Bearer ${crossdock.token({ subject: 'buyer@brightline.example', scopes: ['portal:read'], customerId: 'C-1002' })}`;
    const acmes = (await portal('/returns').expect(200)).body.items[0].returnId;

    await portal(`/returns/${acmes}`, brightline).expect(404);
    expect(
      (await portal('/returns', brightline).expect(200)).body.items.map((item: { returnId: string }) => item.returnId),
    ).not.toContain(acmes);
  });

  it('places the order again at today’s prices, once per Idempotency-Key', async () => {
    const key = randomUUID();
    const again = await crossdock.http
      .post(`/experience/portal/v1/orders/${orderId}/reorder`)
      .set('Authorization', acme)
      .set('Idempotency-Key', key)
      .send({ purchaseOrderNumber: 'PO-9002' })
      .expect(201);

    expect(again.body.orderId).not.toBe(orderId);
    expect(again.body).toMatchObject({
      status: 'confirmed',
      purchaseOrderNumber: 'PO-9002',
      lines: [
        { sku: 'HXB-004', quantity: 600, uom: 'EA' },
        { sku: 'GLV-002', quantity: 2, uom: 'CS' },
      ],
      total: '191.25',
    });
    const repeated = await crossdock.http
      .post(`/experience/portal/v1/orders/${orderId}/reorder`)
      .set('Authorization', acme)
      .set('Idempotency-Key', key)
      .send({ purchaseOrderNumber: 'PO-9002' })
      .expect(200);
    expect(repeated.body.orderId).toBe(again.body.orderId);
  });
});

describe('a return for an order that was never confirmed', () => {
  it('is refused with 409', async () => {
    const held = await placeOrder({ lines: [{ sku: 'NO-SUCH-SKU', quantity: 1 }] }).expect(201);
    expect(held.body.status).toBe('needs-attention');

    const answer = await crossdock.http
      .post('/experience/portal/v1/returns')
      .set('Authorization', acme)
      .send({ orderId: held.body.orderId, reason: 'OTHER', lines: [{ sku: 'NO-SUCH-SKU', quantity: 1 }] });

    expect(answer.status).toBe(409);
  });
});

describe('the portal’s web app in a browser (CORS)', () => {
  it('answers a preflight from the portal’s origin without credentials', async () => {
    const answer = await crossdock.http
      .options('/experience/portal/v1/orders')
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization, content-type, idempotency-key')
      .expect(204);

    expect(answer.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(answer.headers['access-control-allow-methods']).toContain('POST');
    expect(answer.headers['access-control-allow-headers']).toMatch(/Idempotency-Key/i);
  });

  it('lets the portal’s origin read the answer, and names the headers it may read', async () => {
    const answer = await portal('/orders').set('Origin', 'http://localhost:5173').expect(200);

    expect(answer.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(answer.headers['access-control-expose-headers']).toContain('RateLimit');
    expect(answer.headers.vary).toMatch(/Origin/);
  });

  it('gives another origin no CORS headers, and refuses its preflight', async () => {
    const answer = await portal('/orders').set('Origin', 'https://evil.example').expect(200);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();

    await crossdock.http
      .options('/experience/portal/v1/orders')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'GET')
      .expect(403);
  });

  it('opens no other route to the portal’s origin', async () => {
    await crossdock.http
      .options('/system/v1/customers')
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'GET')
      .expect(403);
  });
});
