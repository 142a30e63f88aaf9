/**
 * Cancelling an order through the gateway, before it ships: a submitted order is cancelled in the
 * ERP and its stock given back; one still in the pipeline, held or dead-lettered is taken off the
 * pipeline and its reservations released. Cancelling twice is harmless; a customer cancels only
 * its own orders; after goods have shipped it is too late.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { anOrder, pipelineApi, stepsOf, type OrderView, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let crossdock: TestPlatform;
let api: PipelineApi;
let outbox: pg.Client;

beforeAll(async () => {
  // One attempt per step: an ERP failure dead-letters at once, without tripping the circuit breaker.
  crossdock = await startTestPlatform({ pipeline: { maxAttempts: 1 } });
  api = pipelineApi(crossdock);
  outbox = new pg.Client({ connectionString: crossdock.databases.process });
  await outbox.connect();
});
afterAll(async () => {
  await outbox?.end();
  await crossdock?.close();
});

const ACTOR = 'integration-team';
const cancel = (orderId: string, reason = 'Customer ordered twice by mistake') =>
  api.post(`/process/v1/orders/${orderId}/cancel`, { reason });

async function eventTypesOf(orderId: string): Promise<string[]> {
  return (
    await outbox.query(`select "type" from "OutboxEvent" where "subject" = $1 order by "position"`, [orderId])
  ).rows.map((row) => row.type);
}

async function submittedOrder(sku: string, quantity: number, customerId = 'C-1001') {
  const order = await api.placeAndSettle(anOrder(customerId, [{ sku, quantity }]));
  expect(order.status).toBe('SUBMITTED');
  return order;
}

describe('cancelling a submitted order', () => {
  it('cancels the ERP order, gives its stock back, and records who and why', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '3.00' });
    const order = await submittedOrder(sku, 40);
    expect(await api.allocated(sku)).toBe(40);

    const cancelled = await cancel(order.id).expect(200);

    expect(cancelled.body.status).toBe('CANCELLED');
    expect(await api.allocated(sku)).toBe(0);
    const erpOrder = await api.get(`/system/v1/sales-orders/${order.erpOrderId}`).expect(200);
    expect(erpOrder.body.status).toBe('cancelled');
    expect(cancelled.body.timeline.at(-1)).toMatchObject({
      step: 'cancel',
      outcome: 'succeeded',
      actor: ACTOR,
      detail: expect.stringContaining('Customer ordered twice by mistake'),
    });
    expect(await eventTypesOf(order.id)).toEqual([
      'com.crossdock.order.received',
      'com.crossdock.order.submitted',
      'com.crossdock.order.cancelled',
    ]);
  });

  it('answers a second cancel with the cancelled order, and changes nothing more', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '3.00' });
    const order = await submittedOrder(sku, 4);
    const first = await cancel(order.id).expect(200);

    const second = await cancel(order.id, 'clicked again').expect(200);

    expect(second.body).toEqual(first.body);
    expect(stepsOf(second.body).filter((step) => step.startsWith('cancel'))).toEqual(['cancel:succeeded']);
    expect(await eventTypesOf(order.id)).toEqual([
      'com.crossdock.order.received',
      'com.crossdock.order.submitted',
      'com.crossdock.order.cancelled',
    ]);
  });

  it('is refused with 409 once goods have shipped, and the order stays as it was', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '3.00' });
    const order = await submittedOrder(sku, 2);
    const shipment = await api
      .post('/system/v1/shipments', {
        salesOrderId: order.erpOrderId,
        warehouseId: 'WH-DAL',
        carrier: 'UPS',
        lines: [{ orderLineNumber: 1, quantity: 2 }],
      })
      .expect(201);
    for (const milestone of ['picked', 'packed', 'shipped'])
      await api.post(`/system/v1/shipments/${shipment.body.id}/milestones`, { milestone }).expect(200);

    const refused = await cancel(order.id);

    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:crossdock:problem:order-not-cancellable');
    const after = await api.order(order.id);
    expect(after.status).toBe('SUBMITTED');
    expect(after.timeline.at(-1)).toMatchObject({
      step: 'cancel',
      outcome: 'failed',
      detail: expect.stringContaining('refused'),
    });
  });

  it('lets a customer cancel its own order, and tells another customer the order does not exist', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '3.00' });
    const order = await submittedOrder(sku, 1);
    const brightline = crossdock.token({
      subject: 'buyer@brightline.example',
      scopes: ['process:read', 'process:write'],
      customerId: 'C-1002',
    });
    const acme = crossdock.token({
      subject: 'buyer@acme.example',
      scopes: ['process:read', 'process:write'],
      customerId: 'C-1001',
    });

    const notYours = await crossdock.http
      .post(`/process/v1/orders/${order.id}/cancel`)
      .set('Authorization', `Bearer ${brightline}`)
      .send({ reason: 'mischief' });
    expect(notYours.status).toBe(404);
    expect(notYours.body.type).toBe('urn:crossdock:problem:not-found');
    expect((await api.order(order.id)).status).toBe('SUBMITTED');

    const own = await crossdock.http
      .post(`/process/v1/orders/${order.id}/cancel`)
      .set('Authorization', `Bearer ${acme}`)
      .send({ reason: 'No longer needed' })
      .expect(200);
    expect(own.body.status).toBe('CANCELLED');
    expect(own.body.timeline.at(-1)).toMatchObject({ step: 'cancel', actor: 'buyer@acme.example' });
  });

  it('refuses a cancel without a reason (400)', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '3.00' });
    const order = await submittedOrder(sku, 1);
    expect((await api.post(`/process/v1/orders/${order.id}/cancel`, {})).status).toBe(400);
    expect((await cancel(order.id, ' ')).status).toBe(400);
    expect((await api.order(order.id)).status).toBe('SUBMITTED');
  });
});

describe('cancelling an order before it reaches the ERP', () => {
  it('cancels a held order and closes its holds, which can no longer be released', async () => {
    const held = await api.placeAndSettle(anOrder('C-1001', [{ sku: 'HXB-004', quantity: 10, unitPrice: '0.20' }]));
    const holdId = (held.holds[0] as unknown as { id: string }).id;

    const cancelled = await cancel(held.id).expect(200);

    expect(cancelled.body.status).toBe('CANCELLED');
    expect(cancelled.body.holds).toEqual([
      expect.objectContaining({
        status: 'rejected',
        resolvedBy: ACTOR,
        resolution: 'Order cancelled: Customer ordered twice by mistake',
      }),
    ]);
    expect((await api.post(`/process/v1/holds/${holdId}/release`)).status).toBe(409);
    expect(await api.erpOrdersWithKey(held.id)).toEqual([]);
  });

  it('cancels a dead-lettered order and releases the stock its failure could not give back', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 30 }, { price: '1.00' });
    crossdock.faults.failing = ['salesOrders.create', 'inventory.release'];
    let failed: OrderView;
    try {
      failed = await api.settled(
        (await api.placeOrder(anOrder('C-1001', [{ sku, quantity: 12 }])).expect(202)).body.id,
      );
    } finally {
      crossdock.faults.failing = [];
    }
    expect(failed.status).toBe('FAILED');
    expect(await api.allocated(sku)).toBe(12);

    const cancelled = await cancel(failed.id).expect(200);

    expect(cancelled.body.status).toBe('CANCELLED');
    expect(await api.allocated(sku)).toBe(0);
    // The reservation comes back once: by the pipeline's own compensation, retried when the ERP
    // answers again, or by the cancel, whichever gets there first.
    // Which of the two wrote its timeline entry last depends on that race; the cancel's is there.
    expect(stepsOf(cancelled.body)).toContain('cancel:succeeded');
    const releases = (await api.get(`/system/v1/inventory/movements?sku=${sku}`).expect(200)).body.items.filter(
      (movement: { kind: string }) => movement.kind === 'release',
    );
    expect(releases).toHaveLength(1);
    const deadLetterId = cancelled.body.deadLetters[0].id;
    const replay = await api.post(`/process/v1/dead-letters/${deadLetterId}/replay`);
    expect(replay.status).toBe(409);
    expect(replay.body.type).toBe('urn:crossdock:problem:order-not-failed');
  });

  it('waits for a step a worker is running, then cancels what the order became; nothing moves it afterwards', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '1.00' });
    crossdock.faults.latencyMs = 150;
    let cancelled: Response;
    let orderId: string;
    try {
      orderId = (await api.placeOrder(anOrder('C-1001', [{ sku, quantity: 5 }])).expect(202)).body.id;
      await waitUntil(
        () => api.order(orderId),
        (order) => stepsOf(order).includes('validate:succeeded'),
        { what: 'the worker to be in the middle of the order' },
      );
      cancelled = await cancel(orderId).expect(200);
    } finally {
      crossdock.faults.latencyMs = 0;
    }

    expect(cancelled.body.status).toBe('CANCELLED');
    expect(await api.allocated(sku)).toBe(0);
    // The worker finished its steps before the cancel took the order: submitted, then cancelled.
    expect(stepsOf(cancelled.body).slice(-2)).toEqual(['submit:succeeded', 'cancel:succeeded']);
    expect((await api.get(`/system/v1/sales-orders/${cancelled.body.erpOrderId}`).expect(200)).body.status).toBe(
      'cancelled',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await api.order(orderId)).status).toBe('CANCELLED');
  });
});
