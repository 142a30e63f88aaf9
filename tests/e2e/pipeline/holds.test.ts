/**
 * The hold queue through the gateway: a person finds held orders by reason, fixes the cause and
 * releases them (the order resumes where it stopped and reaches the ERP), lets a judgement call
 * through with an override (audited with who and why), or rejects the order. Every action is on
 * the order's timeline and in the outbox, and a hold is resolved once.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anOrder,
  pipelineApi,
  stepsOf,
  uniqueSuffix,
  type OrderView,
  type PipelineApi,
} from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let api: PipelineApi;
let outbox: pg.Client;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
  outbox = new pg.Client({ connectionString: crossdock.databases.process });
  await outbox.connect();
});
afterAll(async () => {
  await outbox?.end();
  await crossdock?.close();
});

interface Hold {
  id: string;
  orderId: string;
  customerId: string;
  orderStatus: string;
  reasonCode: string;
  step: string;
  status: string;
  resolvedAt?: string;
  resolvedBy?: string;
  resolution?: string;
}

const ACTOR = 'integration-team';

/** Places an order, waits for it to settle, and answers it with its holds' ids. */
async function heldOrder(customerId: string, lines: { sku: string; quantity: number; unitPrice?: string }[]) {
  const order = await api.placeAndSettle(anOrder(customerId, lines));
  expect(order.status).toBe('HELD');
  return order as unknown as Omit<OrderView, 'holds'> & { holds: Hold[] };
}

const holdsOf = async (query: Record<string, string | number>) =>
  (await api.get('/process/v1/holds').query(query).expect(200)).body as { items: Hold[]; nextCursor?: string };

/** The event types written for an order, oldest first, as the outbox holds them. */
async function eventsOf(orderId: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
  return (
    await outbox.query(`select "type", "data" from "OutboxEvent" where "subject" = $1 order by "position"`, [orderId])
  ).rows;
}

describe('finding holds', () => {
  it('lists holds newest first, by reason code, status, customer and order, a page at a time', async () => {
    const unknownItem = await heldOrder('C-1001', [{ sku: `NOPE-${uniqueSuffix()}`, quantity: 1 }]);
    const priceMismatch = await heldOrder('C-1001', [{ sku: 'HXB-004', quantity: 10, unitPrice: '0.20' }]);
    const coastal = await heldOrder('C-1003', [{ sku: 'HXB-004', quantity: 10 }]);

    const byReason = await holdsOf({ reasonCode: 'UNKNOWN_ITEM' });
    expect(byReason.items.map((hold) => hold.id)).toContain(unknownItem.holds[0]!.id);
    expect(byReason.items.every((hold) => hold.reasonCode === 'UNKNOWN_ITEM')).toBe(true);

    expect((await holdsOf({ orderId: priceMismatch.id })).items).toEqual([
      expect.objectContaining({
        id: priceMismatch.holds[0]!.id,
        orderId: priceMismatch.id,
        customerId: 'C-1001',
        orderStatus: 'HELD',
        reasonCode: 'PRICE_MISMATCH',
        step: 'enrich',
        status: 'open',
      }),
    ]);
    const coastalHolds = await holdsOf({ customerId: 'C-1003', status: 'open' });
    expect(coastalHolds.items.map((hold) => hold.orderId)).toContain(coastal.id);
    expect(coastalHolds.items.every((hold) => hold.customerId === 'C-1003' && hold.status === 'open')).toBe(true);

    // Newest first, one per page, each hold once.
    const first = await holdsOf({ limit: 1 });
    const second = await holdsOf({ limit: 1, cursor: first.nextCursor! });
    expect(first.items[0]!.id).toBe(coastal.holds[0]!.id);
    expect(second.items[0]!.id).toBe(priceMismatch.holds[0]!.id);

    const one = await api.get(`/process/v1/holds/${unknownItem.holds[0]!.id}`).expect(200);
    expect(one.body).toMatchObject({ reasonCode: 'UNKNOWN_ITEM', step: 'validate', status: 'open' });
    expect((await api.get('/process/v1/holds').query({ status: 'parked' })).status).toBe(400);
    expect((await api.get(`/process/v1/holds/${randomUUID()}`)).status).toBe(404);
  });
});

describe('releasing a hold once its cause is fixed', () => {
  it('resumes an UNKNOWN_ITEM order at validate when the item exists, and submits it to the ERP', async () => {
    const sku = `NEW-${uniqueSuffix()}`;
    const held = await heldOrder('C-1001', [{ sku, quantity: 8 }]);
    const hold = held.holds[0]!;
    expect(hold).toMatchObject({ reasonCode: 'UNKNOWN_ITEM', step: 'validate' });

    await api.stockedItem({ 'WH-DAL': 50 }, { sku, price: '2.50' });
    const released = await api
      .post(`/process/v1/holds/${hold.id}/release`, { note: `Item ${sku} created in the ERP` })
      .set('Prefer', 'wait=10')
      .expect(200);

    expect(released.headers['preference-applied']).toBe('wait=10');
    expect(released.body).toMatchObject({
      status: 'released',
      resolvedBy: ACTOR,
      resolution: `Item ${sku} created in the ERP`,
      orderStatus: 'SUBMITTED',
    });
    expect(Date.parse(released.body.resolvedAt)).not.toBeNaN();
    const order = await api.order(held.id);
    expect(order.status).toBe('SUBMITTED');
    expect(await api.erpOrdersWithKey(held.id)).toHaveLength(1);
    expect(await api.allocated(sku)).toBe(8);
    expect(stepsOf(order)).toEqual([
      'received:succeeded',
      'validate:held',
      'release:succeeded',
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:succeeded',
      'submit:succeeded',
    ]);
    expect(order.timeline[2]).toMatchObject({
      actor: ACTOR,
      detail: `UNKNOWN_ITEM hold released: Item ${sku} created in the ERP. The order resumes at validate.`,
    });
    expect((await eventsOf(held.id)).map((event) => event.type)).toEqual([
      'com.crossdock.order.received',
      'com.crossdock.order.held',
      'com.crossdock.order.released',
      'com.crossdock.order.submitted',
    ]);
  });

  it('refuses to release a hold twice (409), and the second try changes nothing', async () => {
    const held = await heldOrder('C-1001', [{ sku: 'HXB-004', quantity: 10, unitPrice: '0.20' }]);
    const holdId = held.holds[0]!.id;
    await api
      .post(`/process/v1/holds/${holdId}/override`, { reason: 'Promotional price agreed by phone' })
      .set('Prefer', 'wait=10')
      .expect(200);
    const timelineBefore = (await api.order(held.id)).timeline;

    const again = await api.post(`/process/v1/holds/${holdId}/release`);
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body.type).toBe('urn:crossdock:problem:hold-resolved');
    expect((await api.post(`/process/v1/holds/${holdId}/reject`, { reason: 'too late' })).status).toBe(409);
    expect((await api.order(held.id)).timeline).toEqual(timelineBefore);
  });

  it('keeps an order with two holds held until both are resolved; released at the same moment, it resumes once', async () => {
    const [first, second] = [`NEW-${uniqueSuffix()}`, `NEW-${uniqueSuffix()}`];
    const held = await heldOrder('C-1001', [
      { sku: first, quantity: 2 },
      { sku: second, quantity: 3 },
    ]);
    expect(held.holds.map((hold) => hold.reasonCode)).toEqual(['UNKNOWN_ITEM', 'UNKNOWN_ITEM']);
    await api.stockedItem({ 'WH-DAL': 10 }, { sku: first, price: '1.00' });
    await api.stockedItem({ 'WH-DAL': 10 }, { sku: second, price: '1.00' });

    const answers = await Promise.all(held.holds.map((hold) => api.post(`/process/v1/holds/${hold.id}/release`)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);

    const order = await api.settled(held.id);
    expect(order.status).toBe('SUBMITTED');
    expect(stepsOf(order).filter((step) => step === 'release:succeeded')).toHaveLength(2);
    expect(stepsOf(order).filter((step) => step === 'validate:succeeded')).toHaveLength(1);
    expect(order.timeline.filter((entry) => entry.step === 'release').map((entry) => entry.detail)).toEqual([
      expect.stringMatching(/^UNKNOWN_ITEM hold released\. 1 other hold\(s\) still open\.$/),
      'UNKNOWN_ITEM hold released. The order resumes at validate.',
    ]);
    expect((await eventsOf(held.id)).filter((event) => event.type === 'com.crossdock.order.released')).toHaveLength(1);
  });
});

describe('overriding a hold', () => {
  it('lets a PRICE_MISMATCH through at the customer’s price, with who and why on the timeline', async () => {
    const held = await heldOrder('C-1001', [{ sku: 'HXB-004', quantity: 10, unitPrice: '0.20' }]);
    const reason = 'Buyer quoted an old catalogue; contract price accepted';

    const overridden = await api
      .post(`/process/v1/holds/${held.holds[0]!.id}/override`, { reason })
      .set('Prefer', 'wait=10')
      .expect(200);

    expect(overridden.body).toMatchObject({
      status: 'overridden',
      resolvedBy: ACTOR,
      resolution: reason,
      orderStatus: 'SUBMITTED',
    });
    const order = await api.order(held.id);
    expect(order.erpOrderId).toMatch(/^SO-/);
    expect(order.subtotal).toBe('2.20'); // 10 × Acme's 0.22 contract price, not the 0.20 sent
    const override = order.timeline.find((entry) => entry.step === 'override');
    expect(override).toMatchObject({
      outcome: 'succeeded',
      actor: ACTOR,
      detail: `PRICE_MISMATCH overridden: ${reason}. The order resumes at enrich.`,
    });
    expect(stepsOf(order).slice(2)).toEqual([
      'enrich:held',
      'override:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:succeeded',
      'submit:succeeded',
    ]);
    const released = (await eventsOf(held.id)).find((event) => event.type === 'com.crossdock.order.released');
    expect(released?.data).toMatchObject({
      resolution: 'overridden',
      reasonCode: 'PRICE_MISMATCH',
      note: reason,
      resumesAt: 'enrich',
    });
  });

  it('lets a CREDIT_LIMIT overrun through at credit, and the order reaches the ERP', async () => {
    const customerId = await api.openCustomer({ creditLimit: '10.00' });
    const sku = await api.stockedItem({ 'WH-DAL': 20 }, { price: '5.00' });
    const held = await heldOrder(customerId, [{ sku, quantity: 10 }]);
    expect(held.holds[0]).toMatchObject({ reasonCode: 'CREDIT_LIMIT', step: 'credit' });

    await api
      .post(`/process/v1/holds/${held.holds[0]!.id}/override`, { reason: 'Credit manager approved the overrun' })
      .set('Prefer', 'wait=10')
      .expect(200);

    const order = await api.order(held.id);
    expect(order.status).toBe('SUBMITTED');
    expect(stepsOf(order)).toEqual([
      'received:succeeded',
      'validate:succeeded',
      'enrich:succeeded',
      'credit:held',
      'override:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:succeeded',
      'submit:succeeded',
    ]);
    expect(order.timeline[4]).toMatchObject({
      actor: ACTOR,
      detail: expect.stringContaining('Credit manager approved the overrun'),
    });
    const audit = await api.get('/process/v1/audit').query({ orderId: held.id }).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'override',
        actor: ACTOR,
        comment: 'Credit manager approved the overrun',
        subjectType: 'hold',
        subjectId: held.holds[0]!.id,
        correlationId: (order.timeline[4] as unknown as { correlationId: string }).correlationId,
      }),
    ]);
  });

  it('refuses an override without a reason (400) and for an UNKNOWN_ITEM, which must be fixed instead (409)', async () => {
    const held = await heldOrder('C-1001', [{ sku: `NOPE-${uniqueSuffix()}`, quantity: 1 }]);
    const holdId = held.holds[0]!.id;

    expect((await api.post(`/process/v1/holds/${holdId}/override`, {})).status).toBe(400);
    expect((await api.post(`/process/v1/holds/${holdId}/override`, { reason: '   ' })).status).toBe(400);
    const refused = await api.post(`/process/v1/holds/${holdId}/override`, { reason: 'ship it anyway' }).expect(409);
    expect(refused.body.type).toBe('urn:crossdock:problem:hold-not-overridable');
    expect((await api.get(`/process/v1/holds/${holdId}`).expect(200)).body.status).toBe('open');
  });
});

describe('rejecting a held order', () => {
  it('rejects the order and every open hold of it, sends nothing to the ERP, and tells subscribers', async () => {
    const held = await heldOrder('C-1003', [{ sku: `NOPE-${uniqueSuffix()}`, quantity: 1 }]);
    expect(held.holds.map((hold) => hold.reasonCode).sort()).toEqual(['CUSTOMER_ON_HOLD', 'UNKNOWN_ITEM']);

    const rejected = await api
      .post(`/process/v1/holds/${held.holds[0]!.id}/reject`, { reason: 'Account closed' })
      .expect(200);

    expect(rejected.body).toMatchObject({
      status: 'rejected',
      resolvedBy: ACTOR,
      resolution: 'Account closed',
      orderStatus: 'REJECTED',
    });
    const order = await api.order(held.id);
    expect(order.status).toBe('REJECTED');
    expect(order.holds.map((hold) => hold.status)).toEqual(['rejected', 'rejected']);
    expect(order.timeline.at(-1)).toMatchObject({
      step: 'reject',
      outcome: 'succeeded',
      actor: ACTOR,
      detail: expect.stringContaining('Account closed'),
    });
    expect(await api.erpOrdersWithKey(held.id)).toEqual([]);
    expect((await eventsOf(held.id)).at(-1)).toMatchObject({
      type: 'com.crossdock.order.rejected',
      data: { reason: 'Account closed' },
    });
    expect((await api.post(`/process/v1/holds/${held.holds[1]!.id}/release`)).status).toBe(409);
    const audit = await api.get('/process/v1/audit').query({ orderId: held.id, action: 'reject' }).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ actor: ACTOR, comment: 'Account closed', subjectId: held.holds[0]!.id }),
    ]);
    expect(audit.body.items[0].details.holdIds).toHaveLength(2);
  });
});

describe('a POSSIBLE_DUPLICATE hold (the customer’s PO number again, with other content)', () => {
  it('links the first order; released, the order is a second ERP order; rejected, it never reaches the ERP', async () => {
    const customerId = await api.openCustomer();
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '2.00' });
    const purchaseOrderNumber = `PO-${uniqueSuffix()}`;
    const first = await api.placeAndSettle(anOrder(customerId, [{ sku, quantity: 5 }], { purchaseOrderNumber }));
    const second = await api.placeAndSettle(anOrder(customerId, [{ sku, quantity: 6 }], { purchaseOrderNumber }));
    const third = await api.placeAndSettle(anOrder(customerId, [{ sku, quantity: 7 }], { purchaseOrderNumber }));
    expect([first.status, second.status, third.status]).toEqual(['SUBMITTED', 'HELD', 'HELD']);
    const [secondHold, thirdHold] = [second, third].map(
      (order) => (order as unknown as { holds: (Hold & { duplicateOfOrderId?: string })[] }).holds[0]!,
    );
    expect([secondHold, thirdHold]).toEqual(
      [1, 2].map(() =>
        expect.objectContaining({ reasonCode: 'POSSIBLE_DUPLICATE', step: 'validate', duplicateOfOrderId: first.id }),
      ),
    );
    expect((await eventsOf(second.id)).map((event) => event.type)).toEqual([
      'com.crossdock.order.received',
      'com.crossdock.order.held',
    ]);

    const released = await api
      .post(`/process/v1/holds/${secondHold!.id}/release`, { note: 'The buyer confirmed a second order' })
      .set('Prefer', 'wait=10')
      .expect(200);
    const rejected = await api
      .post(`/process/v1/holds/${thirdHold!.id}/reject`, { reason: 'A changed resend of the first order' })
      .expect(200);

    expect(released.body).toMatchObject({ status: 'released', orderStatus: 'SUBMITTED', duplicateOfOrderId: first.id });
    expect(rejected.body).toMatchObject({ status: 'rejected', orderStatus: 'REJECTED', duplicateOfOrderId: first.id });
    expect(stepsOf(await api.order(second.id))).toEqual([
      'received:succeeded',
      'validate:held',
      'release:succeeded',
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:succeeded',
      'submit:succeeded',
    ]);
    const erpOrders = (await api.get(`/system/v1/sales-orders?customerId=${customerId}`).expect(200)).body.items as {
      orderKey: string;
    }[];
    expect(erpOrders.map((order) => order.orderKey).sort()).toEqual([first.id, second.id].sort());
  });
});

describe('who may resolve holds', () => {
  it('refuses a customer-scoped token (403) and shows it only its own customer’s holds', async () => {
    const held = await heldOrder('C-1001', [{ sku: 'HXB-004', quantity: 10, unitPrice: '0.20' }]);
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

    const seen = await crossdock.http
      .get('/process/v1/holds')
      .query({ customerId: 'C-1001' })
      .set('Authorization', `Bearer ${brightline}`)
      .expect(200);
    expect(seen.body.items.every((hold: Hold) => hold.customerId === 'C-1002')).toBe(true);
    await crossdock.http
      .get(`/process/v1/holds/${held.holds[0]!.id}`)
      .set('Authorization', `Bearer ${brightline}`)
      .expect(404);
    const ownOverride = await crossdock.http
      .post(`/process/v1/holds/${held.holds[0]!.id}/override`)
      .set('Authorization', `Bearer ${acme}`)
      .send({ reason: 'I want it' });
    expect(ownOverride.status).toBe(403);
    const readOnly = crossdock.token({ subject: 'auditor', scopes: ['process:read'] });
    await crossdock.http
      .post(`/process/v1/holds/${held.holds[0]!.id}/release`)
      .set('Authorization', `Bearer ${readOnly}`)
      .expect(403);
    expect((await api.get(`/process/v1/holds/${held.holds[0]!.id}`).expect(200)).body.status).toBe('open');
  });
});
