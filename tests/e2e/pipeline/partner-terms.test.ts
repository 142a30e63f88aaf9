/**
 * A trading partner's terms, applied by the pipeline to the orders it sends (here as X12 850s
 * through the gateway): its price tolerance and whether it takes backorders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aSenderId, purchaseOrderInterchange, x12Api } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(() => crossdock.close());

// Our SKUs as sent (VP), the partner's prices kept so they are checked.
const AS_SENT = { productIds: [{ qualifier: 'VP', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' };

/** A partner with `terms` ordering for `customerId`; answers a function that posts its 850s and answers each order once settled. */
async function partnerWith(customerId: string, terms: { priceTolerancePercent?: string; allowBackorders?: boolean }) {
  const sender = aSenderId(15);
  await api.createX12Partner({ qualifier: 'ZZ', id: sender }, AS_SENT, { customerId, ...terms });
  let orders = 0;
  return async (line: string) => {
    const answer = await api
      .postInterchange(purchaseOrderInterchange(sender, `PO-TERMS-${++orders}`, [line]))
      .expect(200);
    const [order] = await api.settledOrdersOf(answer.headers['x-crossdock-inbound-document']!);
    return order!;
  };
}

describe("a partner's price tolerance", () => {
  it('lets a price 1.5 % off ours through at 2 %, and holds one 3 % off PRICE_MISMATCH', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '10.00' });
    const order = await partnerWith(await api.openCustomer(), { priceTolerancePercent: '2' });

    const within = await order(`PO1*1*2*EA*10.15**VP*${sku}`);
    expect(within).toMatchObject({ status: 'SUBMITTED', holds: [] });
    const below = await order(`PO1*1*2*EA*9.85**VP*${sku}`);
    expect(below).toMatchObject({ status: 'SUBMITTED', holds: [] });

    const beyond = await order(`PO1*1*2*EA*10.30**VP*${sku}`);
    expect(beyond.status).toBe('HELD');
    expect(beyond.holds).toEqual([
      expect.objectContaining({
        reasonCode: 'PRICE_MISMATCH',
        detail: expect.stringContaining("more than the partner's 2 %"),
      }),
    ]);
  });

  it('holds any difference for a partner without a tolerance', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '10.00' });
    const order = await partnerWith(await api.openCustomer(), {});
    expect((await order(`PO1*1*2*EA*10.01**VP*${sku}`)).holds.map((hold) => hold.reasonCode)).toEqual([
      'PRICE_MISMATCH',
    ]);
  });
});

describe("a partner's backorders", () => {
  it('backorders what cannot be promised for a partner that takes backorders, on a customer that does not', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 5 }, { price: '10.00' });
    const order = await partnerWith(await api.openCustomer({ allowBackorders: false }), { allowBackorders: true });
    const placed = await order(`PO1*1*8*EA*10.00**VP*${sku}`);
    expect(placed).toMatchObject({ status: 'SUBMITTED', holds: [] });
    expect(placed.plan).toMatchObject({
      hasBackorders: true,
      lines: [{ sku, backordered: 3, allocations: [{ warehouseId: 'WH-DAL', quantity: 5 }] }],
    });
  });

  it('holds INSUFFICIENT_STOCK for a partner that takes no backorders, on a customer that does', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 5 }, { price: '10.00' });
    const order = await partnerWith(await api.openCustomer({ allowBackorders: true }), { allowBackorders: false });
    const held = await order(`PO1*1*8*EA*10.00**VP*${sku}`);
    expect(held.status).toBe('HELD');
    expect(held.holds).toEqual([
      expect.objectContaining({
        reasonCode: 'INSUFFICIENT_STOCK',
        detail: expect.stringContaining('the trading partner takes no backorders'),
      }),
    ]);
  });

  it("leaves it to the customer when the partner says nothing: the customer's backorders are taken", async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 5 }, { price: '10.00' });
    const order = await partnerWith(await api.openCustomer({ allowBackorders: true }), {});
    expect(await order(`PO1*1*8*EA*10.00**VP*${sku}`)).toMatchObject({
      status: 'SUBMITTED',
      plan: { hasBackorders: true },
    });
  });
});
