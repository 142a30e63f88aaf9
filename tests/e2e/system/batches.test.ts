/**
 * The system APIs' batch calls, which carry many orders at once (the pipeline's way in): each item
 * succeeds or is refused on its own exactly as the single call would answer it, keyed items are
 * idempotent also within one batch, and no batch ever promises more stock than is there.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { newItem, positionOf, systemClient, type SystemClient } from './system-api';

let crossdock: TestPlatform;
let api: SystemClient;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = systemClient(crossdock);
});
afterAll(() => crossdock.close());

const shipTo = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};

/** A new item with `quantity` on hand in WH-DAL and a standard price. */
async function stockedItem(quantity: number): Promise<string> {
  const sku = `BATCH-${randomUUID().slice(0, 8)}`;
  await api.post('/items', newItem(sku)).expect(201);
  await api
    .post('/price-lists/PL-STANDARD/entries', {
      sku,
      uom: 'EA',
      minimumQuantity: 1,
      unitPrice: '2.50',
      effectiveFrom: '2026-01-01',
    })
    .expect(201);
  await api
    .post('/inventory/movements', { sku, warehouseId: 'WH-DAL', kind: 'receipt', quantity, reason: 'batch test stock' })
    .expect(201);
  return sku;
}

interface Outcome {
  reservation?: { id: string; quantity: number };
  salesOrder?: { id: string; orderKey: string; lines: { reservations: { warehouseId: string; quantity: number }[] }[] };
  resolution?: { prices: { sku: string; unitPrice: string }[] };
  problem?: { status: number; reasonCode?: string; type: string };
}

describe('reservations in a batch', () => {
  it('hold in the order given while stock lasts and refuse the rest one by one, never below zero', async () => {
    const sku = await stockedItem(25);
    const items = [10, 10, 10, 5, 1].map((quantity) => ({
      sku,
      warehouseId: 'WH-DAL',
      quantity,
      reference: `batch-${randomUUID()}`,
    }));

    const outcomes: Outcome[] = (await api.post('/reservations/batch', { items }).expect(200)).body.outcomes;

    expect(outcomes.map((outcome) => outcome.reservation?.quantity ?? outcome.problem?.reasonCode)).toEqual([
      10,
      10,
      'INSUFFICIENT_STOCK',
      5,
      'INSUFFICIENT_STOCK',
    ]);
    expect(outcomes[2]!.problem).toMatchObject({ status: 422, type: 'urn:crossdock:problem:business-rule' });
    expect(await positionOf(api, sku, 'WH-DAL')).toMatchObject({ onHand: 25, allocated: 25, available: 0 });
  });

  it('answer a key used before (in an earlier batch or earlier in the same one) with the reservation made then', async () => {
    const sku = await stockedItem(100);
    const key = `key-${randomUUID()}`;
    const request = { sku, warehouseId: 'WH-DAL', quantity: 7, reference: 'batch-keys', reservationKey: key };

    const first: Outcome[] = (await api.post('/reservations/batch', { items: [request, request] }).expect(200)).body
      .outcomes;
    const again: Outcome[] = (await api.post('/reservations/batch', { items: [request] }).expect(200)).body.outcomes;

    expect(first[1]!.reservation!.id).toBe(first[0]!.reservation!.id);
    expect(again[0]!.reservation!.id).toBe(first[0]!.reservation!.id);
    expect(await positionOf(api, sku, 'WH-DAL')).toMatchObject({ allocated: 7 });
  });

  it('refuse an unknown item on its own and hold the others', async () => {
    const sku = await stockedItem(10);
    const items = [
      { sku: 'NO-SUCH-SKU', warehouseId: 'WH-DAL', quantity: 1, reference: 'batch-unknown' },
      { sku, warehouseId: 'WH-DAL', quantity: 3, reference: 'batch-unknown' },
    ];

    const outcomes: Outcome[] = (await api.post('/reservations/batch', { items }).expect(200)).body.outcomes;

    expect(outcomes[0]!.problem).toMatchObject({ status: 422, reasonCode: 'UNKNOWN_ITEM' });
    expect(outcomes[1]!.reservation).toMatchObject({ quantity: 3 });
  });

  it('never promise more than is there when batches and single reservations race for the same stock', async () => {
    const sku = await stockedItem(40);
    const batch = () =>
      api.post('/reservations/batch', {
        items: Array.from({ length: 5 }, () => ({ sku, warehouseId: 'WH-DAL', quantity: 2, reference: 'batch-race' })),
      });
    const single = () =>
      api.post('/reservations', { sku, warehouseId: 'WH-DAL', quantity: 2, reference: 'single-race' });

    const answers = await Promise.all([
      batch(),
      batch(),
      batch(),
      single(),
      single(),
      single(),
      single(),
      single(),
      single(),
    ]);

    const held = answers.flatMap((answer) =>
      answer.status === 201
        ? [answer.body.quantity as number]
        : answer.status === 200
          ? answer.body.outcomes.flatMap((outcome: Outcome) =>
              outcome.reservation ? [outcome.reservation.quantity] : [],
            )
          : [],
    );
    expect(held.reduce((sum, quantity) => sum + quantity, 0)).toBe(40);
    expect(await positionOf(api, sku, 'WH-DAL')).toMatchObject({ onHand: 40, allocated: 40, available: 0 });
  });

  it('answer batches racing with one new key with the one reservation, not a failure', async () => {
    const sku = await stockedItem(30);
    const key = randomUUID();
    const batch = () =>
      api.post('/reservations/batch', {
        items: [{ sku, warehouseId: 'WH-DAL', quantity: 3, reference: 'batch-key-race', reservationKey: key }],
      });

    const answers = await Promise.all([batch(), batch(), batch(), batch()]);

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    const ids = answers.map((answer) => (answer.body.outcomes as Outcome[])[0]!.reservation?.id);
    expect(ids[0]).toEqual(expect.any(String));
    expect(ids).toEqual(ids.map(() => ids[0]));
    expect(await positionOf(api, sku, 'WH-DAL')).toMatchObject({ allocated: 3 });
  });

  it('tie a reservation naming a sales order line to that line, and refuse a line the order does not have, as a single reservation does', async () => {
    const sku = await stockedItem(20);
    const created = await api.post('/sales-orders', {
      orderKey: randomUUID(),
      customerId: 'C-1001',
      shipTo,
      lines: [{ lineNumber: 1, sku, quantity: 5, uom: 'EA', unitPrice: '2.5000', priceRule: 'price-list:PL-STANDARD' }],
    });
    expect(created.status, created.text).toBe(201);
    const salesOrderId = created.body.id as string;
    const forLine = (lineNumber: number, quantity: number) => ({
      sku,
      warehouseId: 'WH-DAL',
      quantity,
      reference: 'batch-order-line',
      salesOrderId,
      lineNumber,
    });

    const outcomes: Outcome[] = (
      await api.post('/reservations/batch', { items: [forLine(1, 5), forLine(9, 1)] }).expect(200)
    ).body.outcomes;

    expect(outcomes[0]!.reservation).toMatchObject({ quantity: 5 });
    expect(outcomes[1]!.problem).toMatchObject({ status: 400 });
    const order = await api.get(`/sales-orders/${salesOrderId}`).expect(200);
    expect(order.body.lines[0].reservations).toEqual([{ warehouseId: 'WH-DAL', quantity: 5 }]);
    // Held for the order: it goes with the order's shipment or cancellation, not on its own.
    await api.post(`/reservations/${outcomes[0]!.reservation!.id}/release`).expect(409);
    expect(await positionOf(api, sku, 'WH-DAL')).toMatchObject({ allocated: 5 });
  });

  it('refuses an empty batch with a problem naming the field', async () => {
    const answer = await api.post('/reservations/batch', { items: [] }).expect(400);
    expect(answer.body.errors.map((error: { field: string }) => error.field)).toContain('items');
  });
});

describe('sales orders in a batch', () => {
  it('creates each order once per key, takes over its reservations, and refuses one whose reservation is gone', async () => {
    const sku = await stockedItem(50);
    const reserve = async (quantity: number) =>
      (await api.post('/reservations', { sku, warehouseId: 'WH-DAL', quantity, reference: 'batch-orders' }).expect(201))
        .body.id as string;
    const [kept, alsoKept, released] = [await reserve(5), await reserve(6), await reserve(7)];
    await api.post(`/reservations/${released}/release`).expect(200);
    const order = (orderKey: string, quantity: number, reservationId: string) => ({
      orderKey,
      customerId: 'C-1001',
      shipTo,
      lines: [
        {
          lineNumber: 1,
          sku,
          quantity,
          uom: 'EA',
          unitPrice: '2.5000',
          priceRule: 'price-list:PL-STANDARD',
          reservationIds: [reservationId],
        },
      ],
    });
    const firstKey = randomUUID();

    const outcomes: Outcome[] = (
      await api
        .post('/sales-orders/batch', {
          items: [
            order(firstKey, 5, kept),
            order(randomUUID(), 6, alsoKept),
            order(randomUUID(), 7, released),
            order(firstKey, 5, kept),
          ],
        })
        .expect(200)
    ).body.outcomes;

    expect(outcomes[0]!.salesOrder).toMatchObject({
      orderKey: firstKey,
      lines: [{ reservations: [{ warehouseId: 'WH-DAL', quantity: 5 }] }],
    });
    expect(outcomes[1]!.salesOrder!.lines[0]!.reservations).toEqual([{ warehouseId: 'WH-DAL', quantity: 6 }]);
    expect(outcomes[2]!.problem).toMatchObject({ status: 422, reasonCode: 'INSUFFICIENT_STOCK' });
    expect(outcomes[3]!.salesOrder!.id).toBe(outcomes[0]!.salesOrder!.id);
    const again: Outcome[] = (await api.post('/sales-orders/batch', { items: [order(firstKey, 5, kept)] }).expect(200))
      .body.outcomes;
    expect(again[0]!.salesOrder!.id).toBe(outcomes[0]!.salesOrder!.id);
    expect((await api.get('/sales-orders').query({ orderKey: firstKey }).expect(200)).body.items).toHaveLength(1);
  });

  it('answers each created order exactly as the ERP then holds it', async () => {
    const sku = await stockedItem(40);
    const other = await stockedItem(40);
    const reserve = async (item: string, quantity: number) =>
      (
        await api
          .post('/reservations', { sku: item, warehouseId: 'WH-DAL', quantity, reference: 'batch-answer' })
          .expect(201)
      ).body.id as string;
    // Two made together in one batch, so at the same moment: the answer and a read list them alike.
    const together: Outcome[] = (
      await api
        .post('/reservations/batch', {
          items: [4, 3].map((quantity) => ({ sku, warehouseId: 'WH-DAL', quantity, reference: 'batch-answer' })),
        })
        .expect(200)
    ).body.outcomes;
    // Named against the order they were made in, which the answer must not follow.
    const [second, first] = together.map((outcome) => outcome.reservation!.id).sort();
    const third = await reserve(other, 12);
    const orders = [
      {
        orderKey: randomUUID(),
        customerId: 'C-1001',
        purchaseOrderNumber: 'PO-77',
        shipTo,
        lines: [
          {
            lineNumber: 2,
            sku: other,
            quantity: 12,
            uom: 'EA',
            unitPrice: '2.995',
            priceRule: 'price-list:PL-STANDARD',
            reservationIds: [third],
          },
          {
            lineNumber: 1,
            sku,
            quantity: 7,
            uom: 'EA',
            unitPrice: '2.5',
            priceRule: 'price-list:PL-STANDARD',
            reservationIds: [first!, second!],
          },
        ],
      },
      {
        orderKey: randomUUID(),
        customerId: 'C-1001',
        shipTo,
        lines: [{ lineNumber: 1, sku, quantity: 2, uom: 'EA', unitPrice: '2.5000', priceRule: 'contract' }],
      },
    ];

    const outcomes: Outcome[] = (await api.post('/sales-orders/batch', { items: orders }).expect(200)).body.outcomes;

    for (const outcome of outcomes) {
      const held = (await api.get(`/sales-orders/${outcome.salesOrder!.id}`).expect(200)).body;
      expect(outcome.salesOrder).toEqual(held);
    }
    expect(outcomes[0]!.salesOrder).toMatchObject({ purchaseOrderNumber: 'PO-77', subtotal: '53.44', status: 'open' });
  });

  it('refuses an order that names one reservation twice, taking none of its reservations', async () => {
    const sku = await stockedItem(10);
    const reservation = (
      await api.post('/reservations', { sku, warehouseId: 'WH-DAL', quantity: 2, reference: 'batch-twice' }).expect(201)
    ).body.id as string;
    const line = (lineNumber: number) => ({
      lineNumber,
      sku,
      quantity: 2,
      uom: 'EA',
      unitPrice: '2.5000',
      priceRule: 'price-list:PL-STANDARD',
      reservationIds: [reservation],
    });

    const outcomes: Outcome[] = (
      await api
        .post('/sales-orders/batch', {
          items: [{ orderKey: randomUUID(), customerId: 'C-1001', shipTo, lines: [line(1), line(2)] }],
        })
        .expect(200)
    ).body.outcomes;

    expect(outcomes[0]!.problem).toMatchObject({ status: 422, reasonCode: 'INSUFFICIENT_STOCK' });
    const retry: Outcome[] = (
      await api
        .post('/sales-orders/batch', {
          items: [{ orderKey: randomUUID(), customerId: 'C-1001', shipTo, lines: [line(1)] }],
        })
        .expect(200)
    ).body.outcomes;
    expect(retry[0]!.salesOrder!.lines[0]!.reservations).toEqual([{ warehouseId: 'WH-DAL', quantity: 2 }]);
  });

  it('refuses an order for an unknown customer on its own', async () => {
    const sku = await stockedItem(5);
    const line = {
      lineNumber: 1,
      sku,
      quantity: 1,
      uom: 'EA',
      unitPrice: '2.5000',
      priceRule: 'price-list:PL-STANDARD',
    };

    const outcomes: Outcome[] = (
      await api
        .post('/sales-orders/batch', {
          items: [
            { orderKey: randomUUID(), customerId: 'C-NOBODY', shipTo, lines: [line] },
            { orderKey: randomUUID(), customerId: 'C-1001', shipTo, lines: [line] },
          ],
        })
        .expect(200)
    ).body.outcomes;

    expect(outcomes[0]!.problem).toMatchObject({ reasonCode: 'UNKNOWN_CUSTOMER' });
    expect(outcomes[1]!.salesOrder).toBeDefined();
  });
});

describe('prices and look-ups for many at once', () => {
  it('prices each request as the single resolution would, refusing an unknown item on its own', async () => {
    const single = (
      await api
        .post('/pricing/resolve', { customerId: 'C-1001', lines: [{ sku: 'HXB-004', quantity: 600 }] })
        .expect(200)
    ).body;

    const outcomes: Outcome[] = (
      await api
        .post('/pricing/resolve/batch', {
          items: [
            { customerId: 'C-1001', lines: [{ sku: 'HXB-004', quantity: 600 }] },
            { customerId: 'C-1001', lines: [{ sku: 'NO-SUCH-SKU', quantity: 1 }] },
          ],
        })
        .expect(200)
    ).body.outcomes;

    expect(outcomes[0]!.resolution).toEqual(single);
    expect(outcomes[1]!.problem).toMatchObject({ reasonCode: 'UNKNOWN_ITEM' });
  });

  it('prices the requests of several customers each at its own customer’s prices, in the order asked', async () => {
    const request = (customerId: string) => ({
      customerId,
      lines: [
        { sku: 'HXB-004', quantity: 600 },
        { sku: 'GLV-002', quantity: 2, uom: 'CS' },
      ],
    });
    const alone = async (customerId: string) =>
      (await api.post('/pricing/resolve', request(customerId)).expect(200)).body;

    const outcomes: Outcome[] = (
      await api
        .post('/pricing/resolve/batch', { items: ['C-1002', 'C-1001', 'C-NOBODY', 'C-1002'].map(request) })
        .expect(200)
    ).body.outcomes;

    expect(outcomes.map((outcome) => outcome.resolution ?? outcome.problem?.reasonCode)).toEqual([
      await alone('C-1002'),
      await alone('C-1001'),
      'UNKNOWN_CUSTOMER',
      await alone('C-1002'),
    ]);
  });

  it('looks up several customers, items, positions and credit exposures in one call each, leaving out unknown keys', async () => {
    const customers = (await api.get('/customers').query({ ids: 'C-1001,C-1002,C-NOBODY' }).expect(200)).body.items;
    const items = (await api.get('/items').query({ skus: 'HXB-004,NO-SUCH-SKU' }).expect(200)).body.items;
    const positions = (await api.get('/inventory').query({ skus: 'HXB-004,HXB-001' }).expect(200)).body.items;
    const exposures = (await api.get('/credit-exposures').query({ customerIds: 'C-1001,C-NOBODY' }).expect(200)).body;

    expect(customers.map((customer: { id: string }) => customer.id)).toEqual(['C-1001', 'C-1002']);
    expect(items.map((item: { sku: string }) => item.sku)).toEqual(['HXB-004']);
    expect(new Set(positions.map((position: { sku: string }) => position.sku))).toEqual(
      new Set(['HXB-004', 'HXB-001']),
    );
    expect(exposures.map((exposure: { customerId: string }) => exposure.customerId)).toEqual(['C-1001']);
  });

  it('answers several customers’ credit exposures as each one alone, open orders and invoices counted per customer', async () => {
    // An open order for C-1002 counts against C-1002 only.
    const sku = await stockedItem(5);
    await api
      .post('/sales-orders', {
        orderKey: randomUUID(),
        customerId: 'C-1002',
        shipTo,
        lines: [{ lineNumber: 1, sku, quantity: 4, uom: 'EA', unitPrice: '2.5000', priceRule: 'contract' }],
      })
      .expect(201);
    const alone = async (customerId: string) => (await api.get(`/customers/${customerId}/credit`).expect(200)).body;

    const many = (await api.get('/credit-exposures').query({ customerIds: 'C-1002,C-NOBODY,C-1001' }).expect(200)).body;

    expect(many).toEqual([await alone('C-1002'), await alone('C-1001')]);
    expect(Number(many[0].openOrders)).toBeGreaterThanOrEqual(10);
  });
});
