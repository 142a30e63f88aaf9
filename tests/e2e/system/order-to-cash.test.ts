/**
 * Order to cash in the ERP through the gateway: a sales order holding stock per line and warehouse,
 * created once per order key; cancelled with its stock given back; shipped milestone by milestone
 * with the stock leaving; invoiced once; and goods returned, restocked and credited to the cent.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { DALLAS_STORE, expectProblem, positionOf, systemClient, type SystemClient } from './system-api';

let crossdock: TestPlatform;
let api: SystemClient;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = systemClient(crossdock);
});
afterAll(() => crossdock.close());

interface Hold {
  warehouseId: string;
  quantity: number;
}

const byWarehouse = (holds: Hold[]) => [...holds].sort((a, b) => a.warehouseId.localeCompare(b.warehouseId));

describe('sales orders hold stock per line and warehouse', () => {
  const orderKey = randomUUID();
  const order = {
    orderKey,
    customerId: 'C-1001',
    purchaseOrderNumber: 'PO-8800',
    shipTo: DALLAS_STORE,
    lines: [
      {
        lineNumber: 1,
        sku: 'HXB-007',
        quantity: 300,
        uom: 'EA',
        unitPrice: '0.2700',
        priceRule: 'price-list:PL-ACME-2026',
        reservations: [
          { warehouseId: 'WH-DAL', quantity: 200 },
          { warehouseId: 'WH-ATL', quantity: 100 },
        ],
      },
      {
        lineNumber: 2,
        sku: 'LAD-001',
        quantity: 1,
        uom: 'EA',
        unitPrice: '149.0000',
        priceRule: 'price-list:PL-STANDARD',
        reservations: [{ warehouseId: 'WH-DAL', quantity: 1 }],
      },
    ],
  };
  let orderId: string;

  it('creates the order with its holds, shown on the order and in the inventory positions', async () => {
    const boltsDallas = await positionOf(api, 'HXB-007', 'WH-DAL');
    const boltsAtlanta = await positionOf(api, 'HXB-007', 'WH-ATL');
    const ladders = await positionOf(api, 'LAD-001', 'WH-DAL');

    const created = await api.post('/sales-orders', order).expect(201);

    orderId = created.body.id;
    expect(orderId).toMatch(/^SO-\d{6}$/);
    expect(created.body).toMatchObject({
      orderKey,
      customerId: 'C-1001',
      purchaseOrderNumber: 'PO-8800',
      status: 'open',
      currency: 'USD',
      subtotal: '230.00',
    });
    expect(byWarehouse(created.body.lines[0].reservations)).toEqual([
      { warehouseId: 'WH-ATL', quantity: 100 },
      { warehouseId: 'WH-DAL', quantity: 200 },
    ]);
    expect(created.body.lines[1].reservations).toEqual([{ warehouseId: 'WH-DAL', quantity: 1 }]);
    expect((await api.get(`/sales-orders/${orderId}`).expect(200)).body).toEqual(created.body);
    expect((await positionOf(api, 'HXB-007', 'WH-DAL')).allocated).toBe(boltsDallas.allocated + 200);
    expect((await positionOf(api, 'HXB-007', 'WH-ATL')).allocated).toBe(boltsAtlanta.allocated + 100);
    expect((await positionOf(api, 'LAD-001', 'WH-DAL')).allocated).toBe(ladders.allocated + 1);
  });

  it('answers the same order key with 200 and the same order, holding nothing more', async () => {
    const dallas = await positionOf(api, 'HXB-007', 'WH-DAL');

    const again = await api.post('/sales-orders', order).expect(200);

    expect(again.body.id).toBe(orderId);
    expect(await positionOf(api, 'HXB-007', 'WH-DAL')).toEqual(dallas);
    const listed = (await api.get('/sales-orders').query({ customerId: 'C-1001' }).expect(200)).body.items;
    expect(listed.filter((candidate: { orderKey: string }) => candidate.orderKey === orderKey)).toHaveLength(1);
  });

  it('cancels the order, releasing every hold; cancelling again is harmless and nothing on it ships', async () => {
    const dallas = await positionOf(api, 'HXB-007', 'WH-DAL');
    const atlanta = await positionOf(api, 'HXB-007', 'WH-ATL');

    const cancelled = await api
      .post(`/sales-orders/${orderId}/cancel`, { reason: 'customer changed their mind' })
      .expect(200);

    expect(cancelled.body.status).toBe('cancelled');
    expect(cancelled.body.lines.flatMap((line: { reservations: Hold[] }) => line.reservations)).toEqual([]);
    expect((await positionOf(api, 'HXB-007', 'WH-DAL')).allocated).toBe(dallas.allocated - 200);
    expect((await positionOf(api, 'HXB-007', 'WH-ATL')).allocated).toBe(atlanta.allocated - 100);
    expect(
      (await api.post(`/sales-orders/${orderId}/cancel`, { reason: 'customer changed their mind' }).expect(200)).body
        .status,
    ).toBe('cancelled');
    expect((await positionOf(api, 'HXB-007', 'WH-DAL')).allocated).toBe(dallas.allocated - 200);
    expectProblem(
      await api.post('/shipments', {
        salesOrderId: orderId,
        warehouseId: 'WH-DAL',
        carrier: 'UPS',
        lines: [{ orderLineNumber: 1, quantity: 1 }],
      }),
      409,
    );
  });

  it('refuses an order whose stock cannot all be held with 422 INSUFFICIENT_STOCK, holding none of it', async () => {
    const dallas = await positionOf(api, 'HXB-001', 'WH-DAL');
    const key = randomUUID();

    const refused = await api.post('/sales-orders', {
      ...order,
      orderKey: key,
      lines: [
        {
          lineNumber: 1,
          sku: 'HXB-001',
          quantity: 10,
          uom: 'EA',
          unitPrice: '0.2000',
          priceRule: 'agreed',
          reservations: [{ warehouseId: 'WH-DAL', quantity: 10 }],
        },
        {
          lineNumber: 2,
          sku: 'LAD-002',
          quantity: 5000,
          uom: 'EA',
          unitPrice: '149.0000',
          priceRule: 'agreed',
          reservations: [{ warehouseId: 'WH-DAL', quantity: 5000 }],
        },
      ],
    });

    expectProblem(refused, 422, 'INSUFFICIENT_STOCK');
    expect(await positionOf(api, 'HXB-001', 'WH-DAL')).toEqual(dallas);
    const listed = (await api.get('/sales-orders').query({ customerId: 'C-1001' }).expect(200)).body.items;
    expect(listed.map((candidate: { orderKey: string }) => candidate.orderKey)).not.toContain(key);
  });

  it('refuses an order from a customer on credit hold with 422 CUSTOMER_ON_HOLD', async () => {
    expectProblem(
      await api.post('/sales-orders', { ...order, orderKey: randomUUID(), customerId: 'C-1003' }),
      422,
      'CUSTOMER_ON_HOLD',
    );
  });
});

describe('an order shipped, invoiced and partly returned', () => {
  let orderId: string;
  let shipmentId: string;

  beforeAll(async () => {
    const created = await api
      .post('/sales-orders', {
        orderKey: randomUUID(),
        customerId: 'C-1001',
        shipTo: DALLAS_STORE,
        lines: [
          // 2 cases of 100 bolts at 25.3333 a case bill 50.67 (50.6666 rounded half up).
          {
            lineNumber: 1,
            sku: 'HXB-008',
            quantity: 2,
            uom: 'CS',
            unitPrice: '25.3333',
            priceRule: 'agreed',
            reservations: [{ warehouseId: 'WH-DAL', quantity: 200 }],
          },
          {
            lineNumber: 2,
            sku: 'GLV-002',
            quantity: 3,
            uom: 'CS',
            unitPrice: '33.0000',
            priceRule: 'price-list:PL-ACME-2026',
            reservations: [{ warehouseId: 'WH-DAL', quantity: 36 }],
          },
        ],
      })
      .expect(201);
    orderId = created.body.id;
  });

  it('creates a shipment for what is left to ship and refuses more with 422 OVER_SHIPMENT', async () => {
    const shipment = await api
      .post('/shipments', {
        salesOrderId: orderId,
        warehouseId: 'WH-DAL',
        carrier: 'UPS',
        lines: [
          { orderLineNumber: 1, quantity: 2 },
          { orderLineNumber: 2, quantity: 3 },
        ],
      })
      .expect(201);

    shipmentId = shipment.body.id;
    expect(shipment.body).toMatchObject({ orderId, warehouseId: 'WH-DAL', carrier: 'UPS', milestones: {} });
    expect(shipment.body.lines).toEqual([
      { orderLineNumber: 1, sku: 'HXB-008', quantity: 2, uom: 'CS' },
      { orderLineNumber: 2, sku: 'GLV-002', quantity: 3, uom: 'CS' },
    ]);
    // Everything ordered is on that shipment already, shipped or not.
    expectProblem(
      await api.post('/shipments', {
        salesOrderId: orderId,
        warehouseId: 'WH-DAL',
        carrier: 'UPS',
        lines: [{ orderLineNumber: 1, quantity: 1 }],
      }),
      422,
      'OVER_SHIPMENT',
    );
    expect((await api.get('/shipments').query({ salesOrderId: orderId }).expect(200)).body.items).toHaveLength(1);
  });

  it('records picked, packed, shipped (on hand and allocated drop as the goods leave), then delivered — in that order only', async () => {
    const bolts = await positionOf(api, 'HXB-008', 'WH-DAL');
    const gloves = await positionOf(api, 'GLV-002', 'WH-DAL');
    const milestone = (name: string, extra: object = {}) =>
      api.post(`/shipments/${shipmentId}/milestones`, { milestone: name, ...extra });

    expectProblem(await milestone('shipped'), 409);
    expectProblem(await api.post('/invoices', { shipmentId }), 409);
    await milestone('picked').expect(200);
    await milestone('packed').expect(200);
    expect(await positionOf(api, 'HXB-008', 'WH-DAL')).toEqual(bolts);

    const shipped = await milestone('shipped', { trackingNumber: '1Z999AA10123456784' }).expect(200);

    expect(shipped.body).toMatchObject({
      trackingNumber: '1Z999AA10123456784',
      milestones: { pickedAt: expect.any(String), packedAt: expect.any(String), shippedAt: expect.any(String) },
    });
    expect(await positionOf(api, 'HXB-008', 'WH-DAL')).toMatchObject({
      onHand: bolts.onHand - 200,
      allocated: bolts.allocated - 200,
    });
    expect(await positionOf(api, 'GLV-002', 'WH-DAL')).toMatchObject({
      onHand: gloves.onHand - 36,
      allocated: gloves.allocated - 36,
    });
    const order = (await api.get(`/sales-orders/${orderId}`).expect(200)).body;
    expect(order.status).toBe('shipped');
    expect(
      order.lines.map((line: { shippedQuantity: number; reservations: Hold[] }) => [
        line.shippedQuantity,
        line.reservations,
      ]),
    ).toEqual([
      [2, []],
      [3, []],
    ]);

    const delivered = await milestone('delivered').expect(200);
    expect(delivered.body.milestones.deliveredAt).toEqual(expect.any(String));
    expect((await api.get(`/shipments/${shipmentId}`).expect(200)).body).toEqual(delivered.body);
  });

  it('invoices the shipment once, at the order’s prices, to the cent; asking again answers the same invoice', async () => {
    const invoice = await api.post('/invoices', { shipmentId }).expect(201);

    expect(invoice.body).toMatchObject({
      orderId,
      customerId: 'C-1001',
      currency: 'USD',
      subtotal: '149.67',
      tax: '0.00',
      freight: '0.00',
      total: '149.67',
      balanceDue: '149.67',
    });
    expect(invoice.body.lines).toEqual([
      expect.objectContaining({
        lineNumber: 1,
        orderLineNumber: 1,
        sku: 'HXB-008',
        quantity: 2,
        uom: 'CS',
        unitPrice: '25.3333',
        amount: '50.67',
      }),
      expect.objectContaining({
        lineNumber: 2,
        orderLineNumber: 2,
        sku: 'GLV-002',
        quantity: 3,
        uom: 'CS',
        unitPrice: '33.0000',
        amount: '99.00',
      }),
    ]);
    // Acme pays NET30.
    const days = (Date.parse(invoice.body.dueDate) - Date.parse(invoice.body.invoiceDate)) / 86_400_000;
    expect(days).toBe(30);
    const again = await api.post('/invoices', { shipmentId }).expect(200);
    expect(again.body).toEqual(invoice.body);
    expect((await api.get(`/invoices/${invoice.body.id}`).expect(200)).body).toEqual(invoice.body);
    expect((await api.get('/invoices').query({ salesOrderId: orderId }).expect(200)).body.items).toEqual([
      invoice.body,
    ]);
  });

  it('takes back damaged goods: authorised, restocked into Dallas, credited to the cent — never more than shipped', async () => {
    const request = (quantity: number, reason = 'DAMAGED', sku = 'HXB-008') =>
      api.post('/returns', {
        customerId: 'C-1001',
        salesOrderId: orderId,
        reason,
        lines: [{ sku, quantity, uom: 'EA' }],
      });
    expectProblem(await request(201), 422, 'OVER_RETURN');
    expectProblem(await request(1, 'NO_LONGER_NEEDED', 'GLV-002'), 422, 'NOT_RETURNABLE');

    const requested = await request(150).expect(201);
    const returnId = requested.body.id;
    expect(requested.body).toMatchObject({
      customerId: 'C-1001',
      orderId,
      reason: 'DAMAGED',
      status: 'requested',
      lines: [{ lineNumber: 1, sku: 'HXB-008', quantity: 150, uom: 'EA' }],
    });
    // 200 shipped, 150 claimed by the open return: 50 more at most.
    expectProblem(await request(51), 422, 'OVER_RETURN');

    expect((await api.post(`/returns/${returnId}/authorise`).expect(200)).body.status).toBe('authorised');
    const shelf = await positionOf(api, 'HXB-008', 'WH-DAL');
    const received = await api
      .post(`/returns/${returnId}/receive`, {
        warehouseId: 'WH-DAL',
        lines: [{ lineNumber: 1, quantity: 150, disposition: 'restock' }],
      })
      .expect(200);
    expect(received.body.status).toBe('received');
    expect(received.body.lines[0]).toMatchObject({ receivedQuantity: 150, disposition: 'restock' });
    expect((await positionOf(api, 'HXB-008', 'WH-DAL')).onHand).toBe(shelf.onHand + 150);

    // 150 EA of a case of 100 billed at 25.3333: 37.99995, rounded half up to 38.00.
    const memo = await api.post(`/returns/${returnId}/credit`).expect(200);
    expect(memo.body).toMatchObject({ returnId, customerId: 'C-1001', currency: 'USD', amount: '38.00' });
    expect((await api.post(`/returns/${returnId}/credit`).expect(200)).body).toEqual(memo.body);
    expect((await api.get(`/returns/${returnId}`).expect(200)).body).toMatchObject({
      status: 'credited',
      creditMemoId: memo.body.id,
    });
  });

  it('answers 404 problem+json for documents that do not exist', async () => {
    expectProblem(await api.get('/sales-orders/SO-999999'), 404);
    expectProblem(await api.get('/shipments/SH-999999'), 404);
    expectProblem(await api.get('/invoices/INV-999999'), 404);
    expectProblem(await api.get('/returns/RMA-999999'), 404);
    expectProblem(await api.post('/invoices', { shipmentId: 'SH-999999' }), 404);
  });
});
