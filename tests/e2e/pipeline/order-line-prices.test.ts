/**
 * GET /process/v1/orders/{id}: every line says its unit price and the currency, as exact decimal
 * strings (never a binary float), before pricing (the price the order was sent with) and after
 * (Crossdock's price).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let api: ReturnType<typeof pipelineApi>;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
});
afterAll(() => crossdock.close());

describe('an order’s lines as the process API shows them', () => {
  it('carry the priced unit price, line total and currency as exact decimal strings once priced', async () => {
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '0.1875' });
    const customerId = await api.openCustomer();
    const order = await api.placeAndSettle(
      anOrder(customerId, [{ sku, quantity: 3 }], { sourceOrderId: `PRICES-${randomUUID()}`, currency: 'USD' }),
    );
    expect(order.status).toBe('SUBMITTED');

    const shown = await api.get(`/process/v1/orders/${order.id}`).expect(200);
    expect(shown.body.lines).toEqual([
      expect.objectContaining({
        lineNumber: 1,
        sku,
        quantity: 3,
        unitPrice: '0.1875',
        currency: 'USD',
        lineTotal: '0.56',
      }),
    ]);
    // Exactly as written in the JSON text: strings, not numbers that a client would round.
    expect(shown.text).toContain('"unitPrice":"0.1875"');
  });

  it('carry the price the order was sent with, and its currency, while it is not priced (held before pricing)', async () => {
    const order = await api.placeAndSettle(
      anOrder('C-1001', [{ sku: `NO-SUCH-${randomUUID()}`, quantity: 2, unitPrice: '12.3450' }], {
        sourceOrderId: `UNPRICED-${randomUUID()}`,
        currency: 'USD',
      }),
    );
    expect(order.status).toBe('HELD');
    const shown = await api.get(`/process/v1/orders/${order.id}`).expect(200);
    expect(shown.body.lines).toEqual([expect.objectContaining({ quantity: 2, unitPrice: '12.3450', currency: 'USD' })]);
    expect(shown.body.lines[0].lineTotal).toBeUndefined();
  });
});
