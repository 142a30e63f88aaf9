/**
 * Backorders served when stock arrives: two customers backordered on one item, a receipt smaller
 * than both, allocated by customer tier before order date, reserved on their ERP order lines, and
 * never more than arrived.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, type OrderView, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let crossdock: TestPlatform;
let api: PipelineApi;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
});
afterAll(async () => {
  await crossdock?.close();
});

const backordered = (order: OrderView) => order.plan!.lines[0]!.backordered;
const setTier = (customerId: string, tier: number) =>
  crossdock.http
    .put(`/process/v1/backorders/customer-tiers/${customerId}`)
    .set('Authorization', `Bearer ${crossdock.token({ subject: 'ops', scopes: ['process:write'] })}`)
    .send({ tier })
    .expect(200);
const receive = (sku: string, quantity: number) =>
  api
    .post('/system/v1/inventory/movements', {
      sku,
      warehouseId: 'WH-DAL',
      kind: 'receipt',
      quantity,
      reason: 'PO arrived',
    })
    .expect(201);

describe('allocating backorders when stock arrives', () => {
  it('serves the higher tier first though it ordered later, splits a receipt smaller than both, and never promises more than arrived', async () => {
    const sku = await api.stockedItem({}, { price: '9.50' });
    const early = await api.openCustomer({ allowBackorders: true });
    const vip = await api.openCustomer({ allowBackorders: true });
    await setTier(vip, 1);
    await setTier(early, 2);

    const earlyOrder = await api.placeAndSettle(anOrder(early, [{ sku, quantity: 6 }]));
    const vipOrder = await api.placeAndSettle(anOrder(vip, [{ sku, quantity: 5 }]));
    expect([earlyOrder.status, backordered(earlyOrder)]).toEqual(['SUBMITTED', 6]);
    expect([vipOrder.status, backordered(vipOrder)]).toEqual(['SUBMITTED', 5]);

    // 8 arrive: the tier-1 customer's 5 first, the other 3 to the earlier order of the tier-2 customer.
    await receive(sku, 8);
    const served = await waitUntil(
      async () => api.order(earlyOrder.id),
      (order) => backordered(order) < 6,
      { what: 'the tier-2 backorder to be served' },
    );
    expect(served.plan!.lines[0]).toMatchObject({
      allocations: [{ warehouseId: 'WH-DAL', quantity: 3 }],
      backordered: 3,
    });
    expect((await api.order(vipOrder.id)).plan!.lines[0]).toMatchObject({
      allocations: [{ warehouseId: 'WH-DAL', quantity: 5 }],
      backordered: 0,
    });
    expect(await api.positions(sku)).toEqual([
      expect.objectContaining({ warehouseId: 'WH-DAL', onHand: 8, allocated: 8, available: 0 }),
    ]);

    const events = (await api.get('/process/v1/events?type=com.crossdock.backorder.allocated&limit=1000').expect(200))
      .body as { subject: string; data: { released: boolean } }[];
    const forThese = events.filter((event) => [earlyOrder.id, vipOrder.id].includes(event.subject));
    expect(forThese.map((event) => [event.subject, event.data.released])).toEqual([
      [vipOrder.id, true],
      [earlyOrder.id, false],
    ]);

    // 10 more: the rest of the backorder, and 7 stay free.
    await receive(sku, 10);
    await waitUntil(
      async () => backordered(await api.order(earlyOrder.id)),
      (left) => left === 0,
      { what: 'the rest of the backorder' },
    );
    expect(await api.positions(sku)).toEqual([expect.objectContaining({ onHand: 18, allocated: 11, available: 7 })]);

    // The allocations are the ERP order line's own: shipping uses them.
    const shipment = await api
      .post('/process/v1/shipments', {
        orderId: vipOrder.id,
        warehouseId: 'WH-DAL',
        carrier: 'UPSN',
        lines: [{ lineNumber: 1, quantity: 5 }],
      })
      .expect(201);
    for (const milestone of ['picked', 'packed', 'shipped'])
      await api.post(`/process/v1/shipments/${shipment.body.id}/milestones`, { milestone }).expect(200);
    expect(await api.positions(sku)).toEqual([expect.objectContaining({ onHand: 13, allocated: 6, available: 7 })]);
    expect((await api.order(vipOrder.id)).timeline.map((entry) => entry.step)).toContain('backorder-allocated');
  });
});
