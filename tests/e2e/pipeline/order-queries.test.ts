/**
 * Finding orders through the gateway: by status, channel, customer, source order id and when they
 * arrived, newest first, a page at a time; a customer-scoped caller sees only its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrder, pipelineApi, type OrderView, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';

let crossdock: TestPlatform;
let api: PipelineApi;
let customerId: string;
/** Oldest first: a submitted API order, a held X12 order, a submitted portal order. */
let placed: (OrderView & { sourceOrderId: string; channel: string; createdAt: string })[];

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
  customerId = await api.openCustomer();
  const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '2.00' });
  placed = [];
  for (const order of [
    anOrder(customerId, [{ sku, quantity: 1 }]),
    anOrder(customerId, [{ sku, quantity: 2, unitPrice: '1.50' }], {
      channel: 'x12',
      sourceOrderId: `850-${Date.now()}`,
    }),
    anOrder(customerId, [{ sku, quantity: 3 }], { channel: 'portal' }),
  ]) {
    placed.push((await api.placeAndSettle(order)) as (typeof placed)[number]);
  }
  expect(placed.map((order) => order.status)).toEqual(['SUBMITTED', 'HELD', 'SUBMITTED']);
});
afterAll(() => crossdock?.close());

const idsOf = async (query: Record<string, string | number>) =>
  ((await api.get('/process/v1/orders').query(query).expect(200)).body.items as OrderView[]).map((order) => order.id);
const [OLDEST, MIDDLE, NEWEST] = [0, 1, 2];
const idOf = (index: number) => placed[index]!.id;

describe('orders found by what they are', () => {
  it('by customer, newest first', async () => {
    expect(await idsOf({ customerId })).toEqual([idOf(NEWEST), idOf(MIDDLE), idOf(OLDEST)]);
  });

  it('by status', async () => {
    expect(await idsOf({ customerId, status: 'HELD' })).toEqual([idOf(MIDDLE)]);
    expect(await idsOf({ customerId, status: 'SUBMITTED' })).toEqual([idOf(NEWEST), idOf(OLDEST)]);
  });

  it('by channel', async () => {
    expect(await idsOf({ customerId, channel: 'x12' })).toEqual([idOf(MIDDLE)]);
    expect(await idsOf({ customerId, channel: 'portal' })).toEqual([idOf(NEWEST)]);
  });

  it('by the order’s id in its channel', async () => {
    expect(await idsOf({ sourceOrderId: placed[MIDDLE]!.sourceOrderId })).toEqual([idOf(MIDDLE)]);
  });

  it('by when they arrived: from an instant on, and before an instant', async () => {
    const middleAt = placed[MIDDLE]!.createdAt;
    expect(await idsOf({ customerId, createdFrom: middleAt })).toEqual([idOf(NEWEST), idOf(MIDDLE)]);
    expect(await idsOf({ customerId, createdTo: middleAt })).toEqual([idOf(OLDEST)]);
    expect(
      await idsOf({ customerId, createdFrom: placed[OLDEST]!.createdAt, createdTo: placed[NEWEST]!.createdAt }),
    ).toEqual([idOf(MIDDLE), idOf(OLDEST)]);
  });

  it('a page at a time, each order once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api
        .get('/process/v1/orders')
        .query({ customerId, limit: 1, ...(cursor ? { cursor } : {}) })
        .expect(200);
      seen.push(...page.body.items.map((order: OrderView) => order.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([idOf(NEWEST), idOf(MIDDLE), idOf(OLDEST)]);
  });

  it('refuses a status or channel it does not know, a range that ends before it starts, and a cursor it did not give out (400)', async () => {
    for (const query of [
      { status: 'LOST' },
      { channel: 'fax' },
      { createdFrom: 'yesterday' },
      { createdFrom: placed[NEWEST]!.createdAt, createdTo: placed[OLDEST]!.createdAt },
      { cursor: 'bm90LWEtY3Vyc29y' },
    ]) {
      const answer = await api.get('/process/v1/orders').query(query);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
    }
  });

  it('shows a customer-scoped caller only its own orders, whatever customer it asks for', async () => {
    const brightline = crossdock.token({
      subject: 'buyer@brightline.example',
      scopes: ['process:read'],
      customerId: 'C-1002',
    });
    const answer = await crossdock.http
      .get('/process/v1/orders')
      .query({ customerId })
      .set('Authorization', `Bearer ${brightline}`)
      .expect(200);
    expect(answer.body.items.every((order: OrderView) => order.customerId === 'C-1002')).toBe(true);
    await crossdock.http
      .get(`/process/v1/orders/${idOf(OLDEST)}`)
      .set('Authorization', `Bearer ${brightline}`)
      .expect(404);
  });

  it('shows each order with its dead letters (none for these) beside its holds and timeline', async () => {
    const held = (await api.get(`/process/v1/orders/${idOf(MIDDLE)}`).expect(200)).body;
    expect(held.deadLetters).toEqual([]);
    expect(held.holds).toEqual([
      expect.objectContaining({ reasonCode: 'PRICE_MISMATCH', status: 'open', step: 'enrich' }),
    ]);
  });
});
