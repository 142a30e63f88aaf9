/**
 * The dead-letter queue through the gateway, with faults injected in front of the ERP: an order
 * whose technical failures outlast its retries is listed with its step and last error, and once
 * the ERP is back it is replayed — one by one, or every one matching a filter — and reaches the
 * ERP, holding its stock once. A dead letter is replayed once, and only by the distributor's staff.
 */
import pg from 'pg';
import { waitUntil } from '../../support/wait-until';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, stepsOf, type OrderView, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let api: PipelineApi;
let outbox: pg.Client;

beforeAll(async () => {
  // One attempt per step: a failing ERP call dead-letters the order at once, and the few failed
  // calls stay well below what opens process-apis' circuit breaker to system-apis.
  crossdock = await startTestPlatform({ pipeline: { maxAttempts: 1 } });
  api = pipelineApi(crossdock);
  outbox = new pg.Client({ connectionString: crossdock.databases.process });
  await outbox.connect();
});
afterAll(async () => {
  await outbox?.end();
  await crossdock?.close();
});

interface DeadLetter {
  id: string;
  orderId: string;
  customerId: string;
  orderStatus: string;
  step: string;
  lastError: string;
  attempts: number;
  createdAt: string;
  replayedAt?: string;
  replayedBy?: string;
}

type FailedOrder = OrderView & {
  deadLetters: { id: string; step: string; lastError: string; createdAt: string; replayedAt?: string }[];
};

/** Places orders while the named ERP calls fail, and answers them once dead-lettered. */
async function deadLettered(failing: string[], orders: ReturnType<typeof anOrder>[]): Promise<FailedOrder[]> {
  crossdock.faults.failing = failing;
  try {
    const placed = await Promise.all(
      orders.map(async (order) => (await api.placeOrder(order).expect(202)).body.id as string),
    );
    const settled = await Promise.all(placed.map((orderId) => api.settled(orderId)));
    expect(settled.map((order) => order.status)).toEqual(orders.map(() => 'FAILED'));
    return settled as FailedOrder[];
  } finally {
    crossdock.faults.failing = [];
  }
}

const deadLettersOf = async (query: Record<string, string | boolean>) =>
  (await api.get('/process/v1/dead-letters').query(query).expect(200)).body.items as DeadLetter[];

describe('an order the ERP kept failing', () => {
  it('is dead-lettered with its step and last error, listed by each filter and shown on the order', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 20 }, { price: '1.00' });
    const [failed] = await deadLettered(['salesOrders.create'], [anOrder('C-1001', [{ sku, quantity: 5 }])]);

    expect(failed!.holds).toEqual([]);
    expect(failed!.deadLetters).toEqual([
      {
        id: expect.any(String),
        step: 'submit',
        lastError: expect.stringContaining('POST /system/v1/sales-orders/batch failed with status 503'),
        createdAt: expect.any(String),
      },
    ]);
    const letter = failed!.deadLetters[0]!;
    const expected = {
      id: letter.id,
      orderId: failed!.id,
      customerId: 'C-1001',
      orderStatus: 'FAILED',
      step: 'submit',
      attempts: 1,
    };
    expect(await deadLettersOf({ orderId: failed!.id })).toEqual([expect.objectContaining(expected)]);
    for (const query of [{ step: 'submit' }, { customerId: 'C-1001' }, { replayed: false }] as Record<
      string,
      string | boolean
    >[]) {
      expect((await deadLettersOf(query)).map((each) => each.id)).toContain(letter.id);
    }
    expect((await deadLettersOf({ replayed: true })).map((each) => each.id)).not.toContain(letter.id);
    expect(await deadLettersOf({ step: 'validate' })).toEqual([]);
    expect((await api.get(`/process/v1/dead-letters/${letter.id}`).expect(200)).body).toMatchObject(expected);
  });
});

describe('replaying a dead letter once the ERP is back', () => {
  it('resumes the order, submits it, marks the dead letter replayed by whom; a second replay is a conflict', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 20 }, { price: '1.00' });
    const [failed] = await deadLettered(['salesOrders.create'], [anOrder('C-1001', [{ sku, quantity: 6 }])]);
    expect(await api.allocated(sku)).toBe(0); // given back when it was dead-lettered

    const replayed = await api
      .post(`/process/v1/dead-letters/${failed!.deadLetters[0]!.id}/replay`)
      .set('Prefer', 'wait=10')
      .expect(200);

    expect(replayed.body).toMatchObject({
      orderStatus: 'SUBMITTED',
      replayedBy: 'integration-team',
      replayedAt: expect.any(String),
    });
    const order = (await api.order(failed!.id)) as FailedOrder;
    expect(order.status).toBe('SUBMITTED');
    expect(order.deadLetters[0]!.replayedAt).toBe(replayed.body.replayedAt);
    expect(stepsOf(order).slice(-4)).toEqual([
      'submit:failed',
      'submit:replayed',
      'reserve:succeeded',
      'submit:succeeded',
    ]);
    expect(order.timeline.find((entry) => entry.outcome === 'replayed')).toMatchObject({
      actor: 'integration-team',
      detail: expect.stringContaining('The order resumes at reserve.'),
    });
    expect(await api.erpOrdersWithKey(failed!.id)).toHaveLength(1);
    expect(await api.allocated(sku)).toBe(6);
    const events = (
      await outbox.query(`select "type" from "OutboxEvent" where "subject" = $1 order by "position"`, [failed!.id])
    ).rows.map((row) => row.type);
    expect(events).toEqual([
      'com.crossdock.order.received',
      'com.crossdock.order.failed',
      'com.crossdock.order.replayed',
      'com.crossdock.order.submitted',
    ]);

    const again = await api.post(`/process/v1/dead-letters/${failed!.deadLetters[0]!.id}/replay`);
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:crossdock:problem:dead-letter-replayed');
    expect((await deadLettersOf({ replayed: true })).map((each) => each.id)).toContain(failed!.deadLetters[0]!.id);
  });

  it('releases the stock the dead-lettering could not give back once the ERP answers, and holds it again once on replay', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 20 }, { price: '1.00' });
    const [failed] = await deadLettered(
      ['salesOrders.create', 'inventory.release'],
      [anOrder('C-1001', [{ sku, quantity: 7 }])],
    );
    // The ERP refused the release too; the pipeline keeps trying, and gives the stock back when it can.
    await waitUntil(
      () => api.allocated(sku),
      (allocated) => allocated === 0,
      { what: 'the retried release' },
    );

    await api
      .post(`/process/v1/dead-letters/${failed!.deadLetters[0]!.id}/replay`)
      .set('Prefer', 'wait=10')
      .expect(200);

    expect((await api.order(failed!.id)).status).toBe('SUBMITTED');
    expect(await api.allocated(sku)).toBe(7);
    const [erpOrder] = await api.erpOrdersWithKey(failed!.id);
    expect(erpOrder!.lines[0]!.reservations).toEqual([{ warehouseId: 'WH-DAL', quantity: 7 }]);
  });
});

describe('replaying every dead letter that matches a filter', () => {
  it('replays a customer’s dead letters and no one else’s, and answers which orders went back', async () => {
    const [first, second] = [await api.openCustomer(), await api.openCustomer()];
    const sku = await api.stockedItem({ 'WH-DAL': 50 }, { price: '1.00' });
    const failed = await deadLettered(
      ['salesOrders.create'],
      [
        anOrder(first, [{ sku, quantity: 1 }]),
        anOrder(first, [{ sku, quantity: 2 }]),
        anOrder(second, [{ sku, quantity: 3 }]),
      ],
    );

    const answer = await api
      .post('/process/v1/dead-letters/replay', {
        customerId: first,
        step: 'submit',
        since: new Date(Date.now() - 60_000).toISOString(),
        comment: 'The ERP is back',
      })
      .expect(200);

    expect(answer.body).toMatchObject({ replayed: 2, notReplayed: [], more: false });
    expect([...answer.body.orderIds].sort()).toEqual([failed[0]!.id, failed[1]!.id].sort());
    expect((await api.settled(failed[0]!.id)).status).toBe('SUBMITTED');
    expect((await api.settled(failed[1]!.id)).status).toBe('SUBMITTED');
    expect((await api.order(failed[2]!.id)).status).toBe('FAILED');

    const nothingLeft = await api
      .post('/process/v1/dead-letters/replay', { customerId: first, comment: 'Again' })
      .expect(200);
    expect(nothingLeft.body).toEqual({
      dryRun: false,
      matched: 0,
      sample: [],
      replayed: 0,
      orderIds: [],
      notReplayed: [],
      more: false,
      auditId: expect.any(String),
    });
    expect((await api.post('/process/v1/dead-letters/replay', { since: 'yesterday', comment: 'x' })).status).toBe(400);
  });
});

describe('who may replay', () => {
  it('refuses a customer-scoped token (403) and shows it only its own customer’s dead letters', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 20 }, { price: '1.00' });
    const [failed] = await deadLettered(['salesOrders.create'], [anOrder('C-1001', [{ sku, quantity: 1 }])]);
    const acme = crossdock.token({
      subject: 'buyer@acme.example',
      scopes: ['process:read', 'process:write'],
      customerId: 'C-1001',
    });
    const brightline = crossdock.token({
      subject: 'buyer@brightline.example',
      scopes: ['process:read'],
      customerId: 'C-1002',
    });

    await crossdock.http
      .post(`/process/v1/dead-letters/${failed!.deadLetters[0]!.id}/replay`)
      .set('Authorization', `Bearer ${acme}`)
      .expect(403);
    await crossdock.http
      .post('/process/v1/dead-letters/replay')
      .set('Authorization', `Bearer ${acme}`)
      .send({})
      .expect(403);
    const seen = await crossdock.http
      .get('/process/v1/dead-letters')
      .set('Authorization', `Bearer ${brightline}`)
      .expect(200);
    expect(seen.body.items).toEqual([]);
    await crossdock.http
      .get(`/process/v1/dead-letters/${failed!.deadLetters[0]!.id}`)
      .set('Authorization', `Bearer ${brightline}`)
      .expect(404);
    expect((await api.order(failed!.id)).status).toBe('FAILED');
  });
});
