import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aShopDomain, channelsApi, sign } from '../../support/channels';
import { shipOrderThroughProcess } from '../../support/fulfilment';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let shop: string;
let customerId: string;
let bolts: string;
let manual: string;
const SECRET = 'shpss_lines-that-ship-nothing-0123456789';

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  // No backorders: a line that were planned without stock would hold the order INSUFFICIENT_STOCK.
  customerId = await api.openCustomer({ allowBackorders: false });
  bolts = await api.stockedItem({ 'WH-DAL': 10 }, { price: '5.00' });
  manual = await api.stockedItem({}, { price: '9.00' });
  shop = aShopDomain('downloads');
  await api.createPartner({
    channel: 'shopify',
    customerId,
    identifiers: { shopDomain: shop },
    webhookSecrets: [SECRET],
  });
});
afterAll(() => crossdock.close());

/** An orders/create webhook body as Shopify's Order resource describes it, with the lines given. */
function shopifyOrder(
  id: string,
  lines: { sku: string; quantity: number; price: string; requiresShipping: boolean }[],
): string {
  const address = {
    first_name: 'Ann',
    last_name: 'Lee',
    address1: '2400 Elm St',
    city: 'Dallas',
    province_code: 'TX',
    zip: '75226',
    country_code: 'US',
  };
  const lineItems = lines.map((line, index) => ({
    id: index + 1,
    sku: line.sku,
    quantity: line.quantity,
    price: line.price,
    requires_shipping: line.requiresShipping,
    name: line.sku,
  }));
  return JSON.stringify({
    id,
    name: `#${id}`,
    email: 'ann@example.com',
    currency: 'USD',
    created_at: '2026-12-01T10:00:00-05:00',
    shipping_address: address,
    billing_address: address,
    line_items: lineItems,
  });
}

async function deliver(body: string) {
  const answer = await crossdock.http
    .post('/process/v1/inbound/shopify/orders')
    .set('Content-Type', 'application/json')
    .set('X-Shopify-Topic', 'orders/create')
    .set('X-Shopify-Shop-Domain', shop)
    .set('X-Shopify-Webhook-Id', `ship-nothing-${Math.random()}`)
    .set('X-Shopify-Hmac-Sha256', sign(body, SECRET))
    .send(body)
    .expect(202);
  const [order] = await api.settledOrdersOf(answer.body.documentId);
  return order!;
}

describe('a Shopify line that requires no shipping', () => {
  it('is priced and put on the ERP order, but is neither planned, reserved nor shipped, and does not keep the order from SHIPPED', async () => {
    const order = await deliver(
      shopifyOrder('8100000000000000001', [
        { sku: bolts, quantity: 2, price: '5.00', requiresShipping: true },
        { sku: manual, quantity: 1, price: '9.00', requiresShipping: false },
      ]),
    );
    expect(order).toMatchObject({ status: 'SUBMITTED', holds: [], subtotal: '19.00' });
    expect(order.lines).toEqual([
      expect.objectContaining({ lineNumber: 1, sku: bolts, unitPrice: '5.0000', lineTotal: '10.00' }),
      expect.objectContaining({
        lineNumber: 2,
        sku: manual,
        unitPrice: '9.0000',
        lineTotal: '9.00',
        shipsNothing: true,
      }),
    ]);
    expect(order.plan!.lines.map((line) => line.sku)).toEqual([bolts]);
    expect(order.plan!.hasBackorders).toBe(false);

    const [erpOrder] = await api.erpOrdersWithKey(order.id);
    expect(erpOrder!.lines.map((line) => [line.sku, line.quantity, line.reservations.length])).toEqual([
      [bolts, 2, 1],
      [manual, 1, 0],
    ]);
    expect(await api.allocated(manual)).toBe(0);
    expect(await api.allocated(bolts)).toBe(2);

    const warehouse = `Bearer ${crossdock.token({ subject: 'warehouse-team', scopes: ['process:read', 'process:write'] })}`;
    const pickTheManual = await crossdock.http
      .post('/process/v1/shipments')
      .set('Authorization', warehouse)
      .send({ orderId: order.id, warehouseId: 'WH-DAL', carrier: 'UPS', lines: [{ lineNumber: 2, quantity: 1 }] })
      .expect(422);
    expect(pickTheManual.body).toMatchObject({ reasonCode: 'NOTHING_TO_SHIP' });
    // Shipping the bolts ships the order: the manual waits for no shipment.
    await shipOrderThroughProcess(crossdock, order.id);
    expect((await api.order(order.id)).status).toBe('SHIPPED');
  });

  it('makes an order of only such lines complete without a shipment plan', async () => {
    const order = await deliver(
      shopifyOrder('8100000000000000002', [{ sku: manual, quantity: 3, price: '9.00', requiresShipping: false }]),
    );
    expect(order).toMatchObject({ status: 'SUBMITTED', holds: [], subtotal: '27.00', erpOrderId: expect.any(String) });
    expect(order.plan).toEqual({ lines: [], hasBackorders: false });
    expect(order.timeline.find((entry) => entry.step === 'plan')?.detail).toBe(
      'Nothing to ship: every line ships nothing.',
    );
    expect(await api.allocated(manual)).toBe(0);
  });
});
