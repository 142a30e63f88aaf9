/**
 * An order sent many times at once — a client retrying on a timeout, a channel redelivering — is
 * one order in Crossdock and one order in the ERP, whether the copies carry an Idempotency-Key or
 * only the channel's own order id.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, type OrderInput, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

const COPIES = 100;

let crossdock: TestPlatform;
let api: PipelineApi;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
});
afterAll(() => crossdock?.close());

/** Sends `COPIES` copies of one order at the same moment and waits for every answer. */
function sendAtOnce(order: OrderInput, idempotencyKey?: string): Promise<Response[]> {
  return Promise.all(Array.from({ length: COPIES }, () => api.placeOrder(structuredClone(order), { idempotencyKey })));
}

/** Exactly one order stored and exactly one ERP order made, whatever the copies were answered. */
async function expectOneOrderEverywhere(customerId: string, answers: Response[]): Promise<void> {
  expect(answers.map((answer) => answer.status).filter((status) => status !== 200 && status !== 202)).toEqual([]);
  // The copy that stored it answers 202; every other copy is told it repeats that order.
  expect(answers.filter((answer) => answer.status === 202)).toHaveLength(1);
  expect(answers.filter((answer) => answer.status === 200).every((answer) => answer.headers['idempotent-replayed'] === 'true')).toBe(true);
  const ids = new Set(answers.map((answer) => answer.body.id as string));
  expect(ids.size).toBe(1);
  const [orderId] = [...ids] as [string];
  expect(new Set(answers.map((answer) => answer.headers.location))).toEqual(new Set([`/process/v1/orders/${orderId}`]));

  const stored = (await api.get(`/process/v1/orders?customerId=${customerId}&limit=200`).expect(200)).body.items as { id: string }[];
  expect(stored.map((order) => order.id)).toEqual([orderId]);

  const settled = await api.settled(orderId);
  expect(settled.status).toBe('SUBMITTED');
  expect(await api.erpOrdersWithKey(orderId)).toHaveLength(1);
  const erpOrdersOfCustomer = (await api.get(`/system/v1/sales-orders?customerId=${customerId}`).expect(200)).body.items;
  expect(erpOrdersOfCustomer).toHaveLength(1);
}

describe(`${COPIES} copies of one order at the same moment`, () => {
  it('with the same Idempotency-Key and body: one order, named in every answer, and one ERP order', async () => {
    const customerId = await api.openCustomer();
    const order = anOrder(customerId, [{ sku: 'HXB-004', quantity: 10 }]);

    const answers = await sendAtOnce(order, randomUUID());

    await expectOneOrderEverywhere(customerId, answers);
  });

  it('without a key, with the same channel, customer and source order id: one order and one ERP order', async () => {
    const customerId = await api.openCustomer();
    const order = anOrder(customerId, [{ sku: 'HXB-004', quantity: 10 }], { channel: 'shopify', sourceOrderId: '5123456789012345678' });

    const answers = await sendAtOnce(order);

    await expectOneOrderEverywhere(customerId, answers);
    // Each repeat is on the order's timeline as a duplicate, not as a second receipt.
    const timeline = (await api.order(answers[0]!.body.id)).timeline;
    expect(timeline.filter((entry) => entry.step === 'received' && entry.outcome === 'succeeded')).toHaveLength(1);
    expect(timeline.filter((entry) => entry.step === 'received' && entry.outcome === 'duplicate')).toHaveLength(COPIES - 1);
  });

  // However the copies interleave, a key reused with another body is that refusal (422), not a
  // conflict over the channel's order id (409) that a copy sees when it looks between the other's
  // key and order being stored.
  it('with the same key but another body for half the copies: one order, the other half refused 422 as a reused key', async () => {
    const customerId = await api.openCustomer();
    const key = randomUUID();
    const order = anOrder(customerId, [{ sku: 'HXB-004', quantity: 10 }]);
    const changed = { ...order, lines: [{ sku: 'HXB-004', quantity: 11 }] };

    const answers = await Promise.all(Array.from({ length: 20 }, (_, index) => api.placeOrder(structuredClone(index % 2 ? changed : order), { idempotencyKey: key })));

    const accepted = answers.filter((answer) => answer.status === 200 || answer.status === 202);
    expect(accepted).toHaveLength(10);
    expect(new Set(accepted.map((answer) => answer.body.id)).size).toBe(1);
    const refused = answers.filter((answer) => !accepted.includes(answer));
    expect(refused.map((answer) => `${answer.status} ${answer.body.type}`)).toEqual(Array(10).fill('422 urn:crossdock:problem:idempotency-key-reused'));
  });
});
