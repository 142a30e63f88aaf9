/**
 * What the saga leaves in the ERP when a later step fails: an order dead-lettered after its
 * reservations were made gives them back, and orders racing for the same stock never hold more
 * than is on hand — the loser is planned again and held, its partial reservations released.
 */
import { waitUntil } from '../../support/wait-until';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, stepsOf, type OrderView, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let api: PipelineApi;

/**
 * A platform of its own for each describe: a failing ERP call opens process-apis' circuit breaker
 * to system-apis for 30 s, which must not spill into the next scenario.
 */
function onItsOwnPlatform(): void {
  beforeAll(async () => {
    crossdock = await startTestPlatform({ pipeline: { maxAttempts: 3 } });
    api = pipelineApi(crossdock);
  });
  afterAll(() => crossdock?.close());
}

interface Movement {
  warehouseId: string;
  kind: string;
  quantity: number;
  reference?: string;
}

async function movementsOf(sku: string): Promise<Movement[]> {
  const answer = await api.get(`/system/v1/inventory/movements?sku=${encodeURIComponent(sku)}&limit=200`).expect(200);
  return (answer.body.items as Movement[]).reverse();
}

describe('an order whose submit keeps failing after its stock was reserved', () => {
  onItsOwnPlatform();

  it('is dead-lettered and gives back every reservation it held', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 20, 'WH-ATL': 20 }, { price: '1.00' });
    crossdock.faults.failing = ['salesOrders.create'];

    let failed: OrderView;
    try {
      const placed = await api.placeOrder(anOrder('C-1001', [{ sku, quantity: 30 }])).expect(202);
      failed = await api.settled(placed.body.id);
    } finally {
      crossdock.faults.failing = [];
    }

    expect(failed.status).toBe('FAILED');
    expect(failed.holds).toEqual([]);
    // The compensation's own entry may come before the dead letter or, when the release must wait, after it.
    expect(stepsOf(failed).filter((step) => step !== 'reserve:compensated')).toEqual([
      'received:succeeded',
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:succeeded',
      'submit:failed',
      'submit:failed',
      'submit:failed',
    ]);
    expect(failed.timeline.find((entry) => entry.step === 'reserve')?.detail).toBe('2 reservation(s), 30 unit(s) held');
    expect(failed.timeline.at(-1)?.detail).toMatch(/^Dead-lettered after 3 attempts: /);
    expect(await api.erpOrdersWithKey(failed.id)).toEqual([]);
    const deadLetters = (await api.get(`/process/v1/dead-letters?orderId=${failed.id}`).expect(200)).body.items;
    expect(deadLetters).toEqual([expect.objectContaining({ step: 'submit', attempts: 3, orderStatus: 'FAILED' })]);

    // The stock is as it was before the order: nothing allocated in either warehouse (the release
    // is retried until the ERP answers, so it may come a moment after the dead letter)...
    await waitUntil(
      () => api.positions(sku),
      (positions) => positions.every((position) => position.allocated === 0),
      { timeoutMs: 10_000, what: 'the reservations to be released' },
    );
    expect(
      (await api.positions(sku)).map(({ warehouseId, allocated, available }) => ({
        warehouseId,
        allocated,
        available,
      })),
    ).toEqual([
      { warehouseId: 'WH-ATL', allocated: 0, available: 20 },
      { warehouseId: 'WH-DAL', allocated: 0, available: 20 },
    ]);
    // ...given back by the reserve step's own compensation, the saga walked back from the failed submit...
    const compensated = await waitUntil(
      () => api.order(failed.id),
      (order) => stepsOf(order).includes('reserve:compensated'),
      { timeoutMs: 10_000, what: 'the reserve step to be compensated' },
    );
    expect(compensated.timeline.filter((entry) => entry.outcome === 'compensated')).toEqual([
      expect.objectContaining({
        step: 'reserve',
        detail: expect.stringMatching(/^Released (20@WH-DAL .*, 10@WH-ATL|10@WH-ATL .*, 20@WH-DAL) .*\.$/),
      }),
    ]);
    // ...because each reservation made for the order was released, once.
    const forOrder = (await movementsOf(sku)).filter((movement) => movement.reference === failed.id);
    // (Reservations are made warehouse by warehouse in a fixed order; what matters is each was given back once.)
    expect(forOrder.map(({ warehouseId, kind, quantity }) => `${kind} ${quantity}@${warehouseId}`).sort()).toEqual([
      'release -10@WH-ATL',
      'release -20@WH-DAL',
      'reservation 10@WH-ATL',
      'reservation 20@WH-DAL',
    ]);
    // The reservations themselves say so. The order view does not list their ids, so they are
    // found by the keys the pipeline reserved under (order/plan version/line/warehouse): a
    // reservation key answers the reservation first made with it, whatever became of it.
    for (const warehouseId of ['WH-DAL', 'WH-ATL']) {
      const reservationKey = `${failed.id}/v1/1/${warehouseId}`;
      const byKey = await api
        .post('/system/v1/reservations', { sku, warehouseId, quantity: 1, reference: failed.id, reservationKey })
        .set('Idempotency-Key', reservationKey);
      expect(byKey.body).toMatchObject({ sku, warehouseId, reference: failed.id, status: 'released' });
      expect((await api.get(`/system/v1/reservations/${byKey.body.id}`).expect(200)).body.status).toBe('released');
    }
  });
});

describe('two orders racing for the same stock', () => {
  onItsOwnPlatform();

  it('submits one and holds the other INSUFFICIENT_STOCK, never allocating more than is on hand', async () => {
    const customerId = await api.openCustomer({ allowBackorders: false });
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '1.00' });

    const placed = await Promise.all(
      [1, 2].map(() => api.placeOrder(anOrder(customerId, [{ sku, quantity: 60 }])).expect(202)),
    );
    const orders = await Promise.all(placed.map((answer) => api.settled(answer.body.id)));

    const submitted = orders.filter((order) => order.status === 'SUBMITTED');
    const held = orders.filter((order) => order.status === 'HELD');
    expect({ submitted: submitted.length, held: held.length }).toEqual({ submitted: 1, held: 1 });
    expect(held[0]!.holds).toEqual([expect.objectContaining({ reasonCode: 'INSUFFICIENT_STOCK' })]);
    const [position] = await api.positions(sku);
    expect(position).toMatchObject({ warehouseId: 'WH-DAL', onHand: 100, allocated: 60, available: 40 });
    const erpOrders = await api.erpOrdersWithKey(submitted[0]!.id);
    expect(erpOrders[0]?.lines[0]?.reservations).toEqual([{ warehouseId: 'WH-DAL', quantity: 60 }]);
    expect(await api.erpOrdersWithKey(held[0]!.id)).toEqual([]);
  });

  it('releases what the loser had already reserved when the rest of its plan was taken, and plans it again', async () => {
    // Each customer prefers another warehouse, so each order first reserves where the other
    // wants its remainder: whichever loses has a partial reservation to give back.
    const [dallasCustomer, atlantaCustomer] = await Promise.all([
      api.openCustomer({ allowBackorders: false, preferredWarehouseId: 'WH-DAL' }),
      api.openCustomer({ allowBackorders: false, preferredWarehouseId: 'WH-ATL' }),
    ]);
    const sku = await api.stockedItem({ 'WH-DAL': 50, 'WH-ATL': 50 }, { price: '1.00' });

    const placed = await Promise.all(
      [dallasCustomer, atlantaCustomer].map((customerId) =>
        api.placeOrder(anOrder(customerId, [{ sku, quantity: 60 }])).expect(202),
      ),
    );
    const orders = await Promise.all(placed.map((answer) => api.settled(answer.body.id)));

    const allocated = await api.allocated(sku);
    const submitted = orders.filter((order) => order.status === 'SUBMITTED');
    expect(orders.every((order) => order.status === 'SUBMITTED' || order.status === 'HELD')).toBe(true);
    // Never more promised than is on hand, and exactly what the submitted orders hold.
    expect(allocated).toBe(60 * submitted.length);
    expect(allocated).toBeLessThanOrEqual(100);
    // 120 wanted of 100: one of them can ship complete, and one does.
    expect(submitted, orders.map((order) => `${order.status}: ${stepsOf(order).join(' ')}`).join('\n')).toHaveLength(1);
  });
});
