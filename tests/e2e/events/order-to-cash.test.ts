/**
 * The loop back from the warehouse, end to end through the gateway: a portal order planned across
 * two warehouses, two shipments with their milestones, invoices, a partial return credited — every
 * event delivered to a subscriber in order per subject, and every step on the order's timeline.
 */
import { randomUUID } from 'node:crypto';
import { startWebhookReceiver, type WebhookReceiver } from '@crossdock/shared-contracts/testing/webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelineApi, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let crossdock: TestPlatform;
let api: PipelineApi;
let receiver: WebhookReceiver;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await crossdock?.close();
  await receiver?.close();
});

const typesFor = (subject: string) =>
  receiver.received
    .filter((each) => each.event.subject === subject)
    .map((each) => each.event.type.replace('com.crossdock.', ''));

async function ship(orderId: string, warehouseId: string, quantity: number, trackingNumber: string): Promise<string> {
  const shipment = await api
    .post('/process/v1/shipments', { orderId, warehouseId, carrier: 'UPSN', lines: [{ lineNumber: 1, quantity }] })
    .expect(201);
  for (const milestone of ['picked', 'packed'])
    await api.post(`/process/v1/shipments/${shipment.body.id}/milestones`, { milestone }).expect(200);
  const shipped = await api
    .post(`/process/v1/shipments/${shipment.body.id}/milestones`, { milestone: 'shipped', trackingNumber })
    .expect(200);
  expect(shipped.body).toMatchObject({ milestone: 'shipped', trackingNumber, shippedAt: expect.any(String) });
  return shipment.body.id as string;
}

describe('order to cash and back', () => {
  it('a portal order ships from two warehouses, is invoiced, partly returned and credited, and every event reaches the subscriber in order', async () => {
    await api
      .post('/process/v1/subscriptions', {
        url: receiver.url,
        eventTypes: [
          'com.crossdock.order.*',
          'com.crossdock.shipment.*',
          'com.crossdock.invoice.*',
          'com.crossdock.return.*',
        ],
      })
      .expect(201);
    const sku = await api.stockedItem({ 'WH-DAL': 5, 'WH-ATL': 5 }, { price: '4.00' });
    const buyer = crossdock.token({
      subject: 'buyer@acme.example',
      scopes: ['portal:read', 'portal:write'],
      customerId: 'C-1001',
    });
    const placed = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${buyer}`)
      .set('Idempotency-Key', randomUUID())
      .send({ purchaseOrderNumber: 'PO-LOOP-1', lines: [{ sku, quantity: 8 }] })
      .expect(201);
    const orderId = placed.body.orderId as string;
    const planned = await api.order(orderId);
    expect(planned.plan!.lines[0]!.allocations).toEqual([
      { warehouseId: 'WH-DAL', quantity: 5 },
      { warehouseId: 'WH-ATL', quantity: 3 },
    ]);

    // The plan says where and how much: not from Phoenix, not more than planned from Atlanta.
    const elsewhere = await api
      .post('/process/v1/shipments', {
        orderId,
        warehouseId: 'WH-PHX',
        carrier: 'UPSN',
        lines: [{ lineNumber: 1, quantity: 1 }],
      })
      .expect(422);
    expect(elsewhere.body).toMatchObject({ reasonCode: 'NOT_PLANNED_WAREHOUSE' });
    const tooMany = await api
      .post('/process/v1/shipments', {
        orderId,
        warehouseId: 'WH-ATL',
        carrier: 'UPSN',
        lines: [{ lineNumber: 1, quantity: 4 }],
      })
      .expect(422);
    expect(tooMany.body).toMatchObject({ reasonCode: 'OVER_SHIPMENT' });

    const fromDallas = await ship(orderId, 'WH-DAL', 5, '1Z999AA10123456784');
    expect((await api.order(orderId)).status).toBe('PARTIALLY_SHIPPED');
    const fromAtlanta = await ship(orderId, 'WH-ATL', 3, '1Z999AA10123456795');
    expect((await api.order(orderId)).status).toBe('SHIPPED');

    const invoices: string[] = [];
    for (const shipmentId of [fromDallas, fromAtlanta]) {
      const invoice = await api.post('/process/v1/invoices', { shipmentId }).expect(201);
      invoices.push(invoice.body.id);
    }
    await api.post('/process/v1/invoices', { shipmentId: fromDallas }).expect(409);
    expect((await api.order(orderId)).status).toBe('INVOICED');
    for (const shipmentId of [fromDallas, fromAtlanta])
      await api.post(`/process/v1/shipments/${shipmentId}/milestones`, { milestone: 'delivered' }).expect(200);
    expect((await api.order(orderId)).status).toBe('CLOSED');

    // Two of the eight come back damaged: authorised by the rules, restocked in Dallas, credited.
    const tooBig = await api
      .post('/process/v1/returns', { orderId, reason: 'DAMAGED', lines: [{ lineNumber: 1, quantity: 9 }] })
      .expect(422);
    expect(tooBig.body).toMatchObject({ reasonCode: 'RETURN_EXCEEDS_SHIPPED' });
    const requested = await api
      .post('/process/v1/returns', { orderId, reason: 'DAMAGED', lines: [{ lineNumber: 1, quantity: 2 }] })
      .expect(201);
    expect(requested.body).toMatchObject({
      status: 'authorised',
      reviewReasons: [],
      erpReturnId: expect.stringMatching(/^RMA-/),
    });
    const returnId = requested.body.id as string;
    await api
      .post(`/process/v1/returns/${returnId}/receive`, {
        warehouseId: 'WH-DAL',
        lines: [{ lineNumber: 1, quantity: 2, disposition: 'restock' }],
      })
      .expect(200);
    const credited = await api.post(`/process/v1/returns/${returnId}/credit`).expect(200);
    expect(credited.body).toMatchObject({
      status: 'credited',
      creditMemoId: expect.stringMatching(/^CM-/),
      creditAmount: expect.stringMatching(/^\d+\.\d{2}$/),
    });
    await api.post(`/process/v1/returns/${returnId}/credit`).expect(409);

    const expected: Record<string, string[]> = {
      [orderId]: [
        'order.received',
        'order.submitted',
        'order.partially_shipped',
        'order.shipped',
        'order.invoiced',
        'order.closed',
      ],
      [fromDallas]: [
        'shipment.created',
        'shipment.milestone',
        'shipment.milestone',
        'shipment.milestone',
        'shipment.milestone',
      ],
      [fromAtlanta]: [
        'shipment.created',
        'shipment.milestone',
        'shipment.milestone',
        'shipment.milestone',
        'shipment.milestone',
      ],
      [invoices[0]!]: ['invoice.created'],
      [invoices[1]!]: ['invoice.created'],
      [returnId]: ['return.authorised', 'return.received', 'return.credited'],
    };
    const total = Object.values(expected).flat().length;
    await waitUntil(
      async () => receiver.received.length,
      (count) => count >= total,
      { what: `${total} deliveries` },
    );
    for (const [subject, types] of Object.entries(expected)) expect(typesFor(subject)).toEqual(types);
    const milestones = receiver.received
      .filter((each) => each.event.subject === fromDallas && each.event.type.endsWith('milestone'))
      .map((each) => (each.event.data as { milestone: string }).milestone);
    expect(milestones).toEqual(['picked', 'packed', 'shipped', 'delivered']);

    const timeline = (await api.order(orderId)).timeline.map((entry) => entry.step);
    for (const step of [
      'received',
      'submit',
      'shipment',
      'shipment-picked',
      'shipment-packed',
      'shipment-shipped',
      'partially_shipped',
      'shipped',
      'invoice',
      'invoiced',
      'shipment-delivered',
      'closed',
      'return',
      'return-received',
      'return-credited',
    ]) {
      expect(timeline).toContain(step);
    }
  });

  it('a return the rules do not allow waits for a person, who rejects it; one in the rules goes through', async () => {
    const sku = `NORET-${randomUUID().slice(0, 8).toUpperCase()}`;
    await api
      .post('/system/v1/items', {
        sku,
        description: 'Cut-to-length cable',
        status: 'active',
        baseUom: 'EA',
        alternateUoms: [],
        returnable: false,
      })
      .expect(201);
    await api
      .post('/system/v1/price-lists/PL-STANDARD/entries', {
        sku,
        uom: 'EA',
        minimumQuantity: 1,
        unitPrice: '12.00',
        effectiveFrom: '2026-01-01',
      })
      .expect(201);
    await api
      .post('/system/v1/inventory/movements', {
        sku,
        warehouseId: 'WH-DAL',
        kind: 'receipt',
        quantity: 10,
        reason: 'stock',
      })
      .expect(201);
    const order = await api.placeAndSettle({
      channel: 'api',
      sourceOrderId: `API-${randomUUID()}`,
      customerId: 'C-1001',
      shipTo: { name: 'Store', line1: '2400 Elm St', city: 'Dallas', region: 'TX', postalCode: '75226', country: 'US' },
      lines: [{ sku, quantity: 4 }],
    });
    await ship(order.id, 'WH-DAL', 4, '1Z999AA10123456806');

    const unwanted = await api
      .post('/process/v1/returns', {
        orderId: order.id,
        reason: 'NO_LONGER_NEEDED',
        lines: [{ lineNumber: 1, quantity: 1 }],
      })
      .expect(201);
    expect(unwanted.body).toMatchObject({ status: 'review', reviewReasons: ['NOT_RETURNABLE'] });
    expect(unwanted.body.erpReturnId).toBeUndefined();
    await api
      .post(`/process/v1/returns/${unwanted.body.id}/receive`, {
        warehouseId: 'WH-DAL',
        lines: [{ lineNumber: 1, quantity: 1, disposition: 'scrap' }],
      })
      .expect(409);
    const rejected = await api
      .post(`/process/v1/returns/${unwanted.body.id}/reject`, { reason: 'cut to length: not returnable' })
      .expect(200);
    expect(rejected.body.status).toBe('rejected');

    // Damaged goods come back whether or not the item is returnable: authorised by the rules.
    const damaged = await api
      .post('/process/v1/returns', { orderId: order.id, reason: 'DAMAGED', lines: [{ lineNumber: 1, quantity: 4 }] })
      .expect(201);
    expect(damaged.body).toMatchObject({ status: 'authorised', erpReturnId: expect.stringMatching(/^RMA-/) });
    const events = (await api.get(`/process/v1/events?subject=${unwanted.body.id}`).expect(200)).body as {
      type: string;
    }[];
    expect(events.map((event) => event.type)).toEqual([
      'com.crossdock.return.review_required',
      'com.crossdock.return.rejected',
    ]);
  });
});
