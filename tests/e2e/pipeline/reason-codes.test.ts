/**
 * Every business problem the pipeline can meet ends the same way: the order HELD, with a hold that
 * names the reason code and says, in words a person can act on, what exactly is wrong. And an
 * order without problems goes all the way to the ERP with a plan, reservations, tax and a total.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anOrder,
  DALLAS_STORE,
  pipelineApi,
  stepsOf,
  type OrderView,
  type PipelineApi,
} from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let api: PipelineApi;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
});
afterAll(() => crossdock?.close());

function expectHeldFor(order: OrderView, reasonCode: string, detail: RegExp): void {
  expect(order.status).toBe('HELD');
  expect(order.holds).toEqual([
    expect.objectContaining({ reasonCode, status: 'open', detail: expect.stringMatching(detail) }),
  ]);
  expect(order.erpOrderId).toBeUndefined();
}

describe('an order with a business problem is held with its reason code and what is wrong', () => {
  it('UNKNOWN_CUSTOMER: a customer the ERP does not know', async () => {
    const order = await api.placeAndSettle(anOrder('C-9999', [{ sku: 'HXB-004', quantity: 10 }]));

    expectHeldFor(order, 'UNKNOWN_CUSTOMER', /^Customer C-9999 is not known to the ERP\.$/);
    expect(stepsOf(order)).toEqual(['received:succeeded', 'validate:held']);
  });

  it('CUSTOMER_ON_HOLD: a customer on credit hold in the ERP (Coastal Builders)', async () => {
    const order = await api.placeAndSettle(anOrder('C-1003', [{ sku: 'HXB-004', quantity: 10 }]));

    expectHeldFor(order, 'CUSTOMER_ON_HOLD', /^Customer C-1003 is on hold in the ERP\.$/);
  });

  it('UNKNOWN_ITEM: an item the ERP does not know, named', async () => {
    const order = await api.placeAndSettle(anOrder('C-1001', [{ sku: 'NO-SUCH-SKU', quantity: 3 }]));

    expectHeldFor(order, 'UNKNOWN_ITEM', /^Item NO-SUCH-SKU is not known to the ERP\.$/);
  });

  it('UOM_NOT_CONVERTIBLE: a ladder ordered by the case, naming the units it is sold in', async () => {
    const order = await api.placeAndSettle(anOrder('C-1001', [{ sku: 'LAD-001', quantity: 2, uom: 'CS' }]));

    expectHeldFor(order, 'UOM_NOT_CONVERTIBLE', /^Item LAD-001 cannot be ordered in CS; it is sold in EA\.$/);
  });

  it('reports every validation problem of an order at once, not only the first', async () => {
    const order = await api.placeAndSettle(
      anOrder('C-1003', [
        { sku: 'NO-SUCH-SKU', quantity: 1 },
        { sku: 'LAD-001', quantity: 1, uom: 'CS' },
      ]),
    );

    expect(order.status).toBe('HELD');
    // Written together, the holds share one timestamp: their order in the view is not meaningful.
    expect(order.holds.map((hold) => hold.reasonCode).sort()).toEqual([
      'CUSTOMER_ON_HOLD',
      'UNKNOWN_ITEM',
      'UOM_NOT_CONVERTIBLE',
    ]);
  });

  it('NO_PRICE: an item no price list of the customer prices', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 });

    const order = await api.placeAndSettle(anOrder('C-1002', [{ sku, quantity: 1 }]));

    expectHeldFor(order, 'NO_PRICE', new RegExp(`gives a price for ${sku} in EA`));
    expect(stepsOf(order)).toEqual(['received:succeeded', 'validate:succeeded', 'enrich:held']);
  });

  it('PRICE_MISMATCH: the channel’s price differs from the customer’s, and both prices are named', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '4.00' });

    const order = await api.placeAndSettle(anOrder('C-1002', [{ sku, quantity: 2, unitPrice: '3.50' }]));

    expectHeldFor(
      order,
      'PRICE_MISMATCH',
      new RegExp(
        `^Line 1 \\(${sku}\\): the order says 3\\.50, the customer's price is 4\\.0000 \\(price-list:PL-STANDARD\\)\\.$`,
      ),
    );
    expect(stepsOf(order)).toEqual(['received:succeeded', 'validate:succeeded', 'enrich:held']);
  });

  it('takes a channel price equal to the customer’s written another way (4.0 for 4.0000)', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 10 }, { price: '4.00' });

    const order = await api.placeAndSettle(anOrder('C-1002', [{ sku, quantity: 2, unitPrice: '4.0' }]));

    expect(order.status).toBe('SUBMITTED');
  });

  it('CREDIT_LIMIT: an order that takes the customer over its limit, with the arithmetic', async () => {
    const customerId = await api.openCustomer({ creditLimit: '100.00' });
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '2.00' });

    // 60 × 2.00 = 120.00, plus 6.25 % Texas sales tax 7.50: 127.50 against a limit of 100.00.
    const order = await api.placeAndSettle(anOrder(customerId, [{ sku, quantity: 60 }]));

    // The sum prints to four places (127.5000) where the other amounts print to the cent.
    expectHeldFor(
      order,
      'CREDIT_LIMIT',
      /^Over the credit limit: exposure 0\.00 \+ this order 127\.50 = 127\.50\d* against a limit of 100\.00 USD\.$/,
    );
    expect(stepsOf(order)).toEqual(['received:succeeded', 'validate:succeeded', 'enrich:succeeded', 'credit:held']);
    expect(await api.allocated(sku)).toBe(0);
  });

  it('INSUFFICIENT_STOCK: more than every warehouse holds, for a customer who takes no backorders', async () => {
    const customerId = await api.openCustomer({ allowBackorders: false });
    const sku = await api.stockedItem({ 'WH-DAL': 5, 'WH-ATL': 3 }, { price: '1.00' });

    const order = await api.placeAndSettle(anOrder(customerId, [{ sku, quantity: 20 }]));

    expectHeldFor(
      order,
      'INSUFFICIENT_STOCK',
      new RegExp(`^Not enough stock and the customer takes no backorders: line 1 \\(${sku}\\) is short 12\\.$`),
    );
    expect(stepsOf(order)).toEqual([
      'received:succeeded',
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:held',
    ]);
    // Nothing is held back for an order that does not go ahead.
    expect(await api.allocated(sku)).toBe(0);
  });
});

describe('an incomplete ship-to', () => {
  // The canonical schema requires name, line1, city and country, so an API order missing any of
  // them is refused at the door (400) and never reaches the pipeline. (A postal code is needed only
  // where carriers need one: the pipeline holds those ADDRESS_INCOMPLETE, see acknowledged-orders.)
  it('without line1 is refused with 400 naming shipTo.line1, and no order is made', async () => {
    const { line1: _line1, ...withoutLine1 } = DALLAS_STORE;
    const order = anOrder('C-1001', [{ sku: 'HXB-004', quantity: 1 }], { shipTo: withoutLine1 });

    const answer = await api.placeOrder(order, { waitSeconds: 5 });

    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body.errors.map((error: { field: string }) => error.field)).toContain('shipTo.line1');
    const orders = (await api.get('/process/v1/orders?customerId=C-1001&limit=200').expect(200)).body.items as {
      sourceOrderId: string;
    }[];
    expect(orders.some((stored) => stored.sourceOrderId === order.sourceOrderId)).toBe(false);
  });

  it('with a blank line1 is refused the same way', async () => {
    const answer = await api.placeOrder(
      anOrder('C-1001', [{ sku: 'HXB-004', quantity: 1 }], { shipTo: { ...DALLAS_STORE, line1: '   ' } }),
    );

    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((error: { field: string }) => error.field)).toContain('shipTo.line1');
  });

  // A US address needs its state, as its two-letter code: it decides the sales tax and the nearby
  // warehouse. The schema leaves region free (many countries have none), so these do reach the
  // pipeline; they must not be submitted untaxed. Refused at the door naming shipTo.region, or
  // held ADDRESS_INCOMPLETE.
  const { region: _region, ...withoutState } = DALLAS_STORE;
  it.each([
    ['without a state', withoutState],
    ['with its state spelled out', { ...DALLAS_STORE, region: 'Texas' }],
  ])('in the US %s is refused or held ADDRESS_INCOMPLETE, never submitted untaxed', async (_case, shipTo) => {
    const answer = await api.placeOrder(anOrder('C-1001', [{ sku: 'HXB-004', quantity: 10 }], { shipTo }), {
      waitSeconds: 10,
    });

    if (answer.status === 400) {
      expect(answer.body.errors.map((error: { field: string }) => error.field)).toContain('shipTo.region');
      return;
    }
    const order = answer.body as OrderView;
    expect(order.status, `${order.status} with tax ${order.tax} (${order.erpOrderId ?? 'no ERP order'})`).toBe('HELD');
    expect(order.holds).toEqual([
      expect.objectContaining({ reasonCode: 'ADDRESS_INCOMPLETE', detail: expect.stringMatching(/region|state/i) }),
    ]);
  });
});

describe('an order without problems', () => {
  it('is submitted to the ERP with a plan split across warehouses, reservations on its lines, tax and total', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 30, 'WH-ATL': 50 }, { price: '2.50' });

    // Acme prefers Dallas: the 30 there first, the rest from Atlanta.
    const order = await api.placeAndSettle(
      anOrder('C-1001', [{ sku, quantity: 60 }], { purchaseOrderNumber: 'PO-PIPE-1' }),
    );

    expect(order.status).toBe('SUBMITTED');
    expect(order.holds).toEqual([]);
    // 60 × 2.50 = 150.00; Texas 6.25 % of it is 9.375, rounded half up to 9.38.
    expect(order).toMatchObject({ subtotal: '150.00', tax: '9.38', total: '159.38' });
    expect(order.plan).toEqual({
      lines: [
        {
          lineNumber: 1,
          sku,
          baseQuantity: 60,
          allocations: [
            { warehouseId: 'WH-DAL', quantity: 30 },
            { warehouseId: 'WH-ATL', quantity: 30 },
          ],
          backordered: 0,
        },
      ],
      hasBackorders: false,
    });
    expect(stepsOf(order)).toEqual([
      'received:succeeded',
      'validate:succeeded',
      'enrich:succeeded',
      'credit:succeeded',
      'plan:succeeded',
      'reserve:succeeded',
      'submit:succeeded',
    ]);
    expect(order.timeline.find((entry) => entry.step === 'enrich')?.detail).toMatch(
      /^subtotal 150\.00, tax 9\.38 \(US-TX 6\.25 %\), total 159\.38\d* USD$/,
    );

    const erpOrder = (await api.get(`/system/v1/sales-orders/${order.erpOrderId}`).expect(200)).body;
    expect(erpOrder).toMatchObject({
      orderKey: order.id,
      customerId: 'C-1001',
      purchaseOrderNumber: 'PO-PIPE-1',
      subtotal: '150.00',
      status: 'open',
    });
    expect(erpOrder.lines).toEqual([
      expect.objectContaining({
        lineNumber: 1,
        sku,
        quantity: 60,
        unitPrice: '2.5000',
        reservations: expect.arrayContaining([
          { warehouseId: 'WH-DAL', quantity: 30 },
          { warehouseId: 'WH-ATL', quantity: 30 },
        ]),
      }),
    ]);
    const positions = await api.positions(sku);
    expect(positions.map(({ warehouseId, onHand, allocated }) => ({ warehouseId, onHand, allocated }))).toEqual([
      { warehouseId: 'WH-ATL', onHand: 50, allocated: 30 },
      { warehouseId: 'WH-DAL', onHand: 30, allocated: 30 },
    ]);
  });

  it('backorders what no warehouse has for a customer who takes backorders, and reserves the rest', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 8 }, { price: '1.00' });

    const order = await api.placeAndSettle(anOrder('C-1001', [{ sku, quantity: 10 }]));

    expect(order.status).toBe('SUBMITTED');
    expect(order.plan?.lines[0]).toMatchObject({
      allocations: [{ warehouseId: 'WH-DAL', quantity: 8 }],
      backordered: 2,
    });
    expect(await api.allocated(sku)).toBe(8);
  });
});
