/**
 * An order sent many times at once — a client retrying on a timeout, a channel redelivering — is
 * one order in Crossdock and one order in the ERP, whether the copies carry an Idempotency-Key or
 * only the channel's own order id.
 */
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_SENT_RULES } from '../../support/channels';
import { anOrder, pipelineApi, uniqueSuffix, type OrderInput, type PipelineApi } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { aSenderId, purchaseOrderInterchange, x12Api } from '../../support/x12';

const COPIES = 100;

let crossdock: TestPlatform;
let api: PipelineApi;
let x12: ReturnType<typeof x12Api>;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = pipelineApi(crossdock);
  x12 = x12Api(crossdock);
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
  expect(
    answers
      .filter((answer) => answer.status === 200)
      .every((answer) => answer.headers['idempotent-replayed'] === 'true'),
  ).toBe(true);
  const ids = new Set(answers.map((answer) => answer.body.id as string));
  expect(ids.size).toBe(1);
  const [orderId] = [...ids] as [string];
  expect(new Set(answers.map((answer) => answer.headers.location))).toEqual(new Set([`/process/v1/orders/${orderId}`]));

  const stored = (await api.get(`/process/v1/orders?customerId=${customerId}&limit=200`).expect(200)).body.items as {
    id: string;
  }[];
  expect(stored.map((order) => order.id)).toEqual([orderId]);

  const settled = await api.settled(orderId);
  expect(settled.status).toBe('SUBMITTED');
  expect(await api.erpOrdersWithKey(orderId)).toHaveLength(1);
  const erpOrdersOfCustomer = (await api.get(`/system/v1/sales-orders?customerId=${customerId}`).expect(200)).body
    .items;
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
    const order = anOrder(customerId, [{ sku: 'HXB-004', quantity: 10 }], {
      channel: 'shopify',
      sourceOrderId: '5123456789012345678',
    });

    const answers = await sendAtOnce(order);

    await expectOneOrderEverywhere(customerId, answers);
    // Each repeat is on the order's timeline as a duplicate, not as a second receipt.
    const timeline = (await api.order(answers[0]!.body.id)).timeline;
    expect(timeline.filter((entry) => entry.step === 'received' && entry.outcome === 'succeeded')).toHaveLength(1);
    expect(timeline.filter((entry) => entry.step === 'received' && entry.outcome === 'duplicate')).toHaveLength(
      COPIES - 1,
    );
  });

  // However the copies interleave, a key reused with another body is that refusal (422), not a
  // conflict over the channel's order id (409) that a copy sees when it looks between the other's
  // key and order being stored.
  it('with the same key but another body for half the copies: one order, the other half refused 422 as a reused key', async () => {
    const customerId = await api.openCustomer();
    const key = randomUUID();
    const order = anOrder(customerId, [{ sku: 'HXB-004', quantity: 10 }]);
    const changed = { ...order, lines: [{ sku: 'HXB-004', quantity: 11 }] };

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api.placeOrder(structuredClone(index % 2 ? changed : order), { idempotencyKey: key }),
      ),
    );

    const accepted = answers.filter((answer) => answer.status === 200 || answer.status === 202);
    expect(accepted).toHaveLength(10);
    expect(new Set(accepted.map((answer) => answer.body.id)).size).toBe(1);
    const refused = answers.filter((answer) => !accepted.includes(answer));
    expect(refused.map((answer) => `${answer.status} ${answer.body.type}`)).toEqual(
      Array(10).fill('422 urn:crossdock:problem:idempotency-key-reused'),
    );
  });
});

/**
 * A customer's PO number arriving again as another order — a portal click that made a new key, a
 * partner's resend under a new interchange control number, the same PO by portal and by EDI — is
 * not a second ERP order: the same content is that order, other content is held for a person.
 */
describe('the same PO number under new keys or interchanges', () => {
  const buyerOf = (customerId: string) =>
    `Bearer ${crossdock.token({ subject: `buyer-${customerId}@example.com`, scopes: ['portal:read', 'portal:write'], customerId })}`;
  const placeAtPortal = (buyer: string, body: object) =>
    crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', buyer)
      .set('Idempotency-Key', randomUUID())
      .send(body);
  const ordersOf = async (customerId: string) =>
    (await api.get(`/process/v1/orders?customerId=${customerId}&limit=200`).expect(200)).body.items as {
      id: string;
      status: string;
    }[];
  const erpOrdersOf = async (customerId: string) =>
    (await api.get(`/system/v1/sales-orders?customerId=${customerId}`).expect(200)).body.items as {
      orderKey: string;
    }[];
  const holdsOf = async (customerId: string) =>
    (await api.get(`/process/v1/holds?customerId=${customerId}&reasonCode=POSSIBLE_DUPLICATE`).expect(200)).body
      .items as { orderId: string; detail: string; duplicateOfOrderId?: string }[];
  /** An 850 from `sender` for one line of `sku`, under interchange control number `isa13`. */
  const anInterchange = (sender: string, poNumber: string, line: string, isa13: string, poDate = '20261127') =>
    purchaseOrderInterchange(sender, poNumber, [line])
      .replaceAll('000000101', isa13)
      .replace(`BEG*00*SA*${poNumber}**20261127`, `BEG*00*SA*${poNumber}**${poDate}`);

  it('20 portal posts at once with one PO number, 20 keys and the same content: one order, one ERP order, 19 answered as duplicates with its id', async () => {
    const customerId = await api.openCustomer();
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '2.00' });
    const buyer = buyerOf(customerId);
    const body = { purchaseOrderNumber: `PO-${uniqueSuffix()}`, lines: [{ sku, quantity: 5 }] };

    const answers = await Promise.all(Array.from({ length: 20 }, () => placeAtPortal(buyer, structuredClone(body))));

    expect(answers.map((answer) => answer.status).sort()).toEqual([...Array(19).fill(200), 201]);
    const placed = answers.find((answer) => answer.status === 201)!;
    const orderId = placed.body.orderId as string;
    expect(answers.every((answer) => answer.body.orderId === orderId)).toBe(true);
    expect((await ordersOf(customerId)).map((order) => order.id)).toEqual([orderId]);
    expect((await api.settled(orderId)).status).toBe('SUBMITTED');
    expect((await erpOrdersOf(customerId)).map((order) => order.orderKey)).toEqual([orderId]);
    // Each resend is counted on the first order's timeline.
    const timeline = (await api.order(orderId)).timeline;
    expect(timeline.filter((entry) => entry.step === 'received' && entry.outcome === 'duplicate')).toHaveLength(19);
  });

  it('the same PO number with other content is placed but held POSSIBLE_DUPLICATE, naming the first order; nothing more reaches the ERP', async () => {
    const customerId = await api.openCustomer();
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '2.00' });
    const buyer = buyerOf(customerId);
    const purchaseOrderNumber = `PO-${uniqueSuffix()}`;
    const first = (await placeAtPortal(buyer, { purchaseOrderNumber, lines: [{ sku, quantity: 5 }] }).expect(201)).body
      .orderId as string;

    const second = (await placeAtPortal(buyer, { purchaseOrderNumber, lines: [{ sku, quantity: 7 }] }).expect(201)).body
      .orderId as string;

    expect(second).not.toBe(first);
    const held = await api.settled(second);
    expect(held.status).toBe('HELD');
    expect(held.holds).toEqual([
      expect.objectContaining({
        reasonCode: 'POSSIBLE_DUPLICATE',
        status: 'open',
        duplicateOfOrderId: first,
        detail: expect.stringContaining(first),
      }),
    ]);
    expect(await holdsOf(customerId)).toEqual([
      expect.objectContaining({ orderId: second, duplicateOfOrderId: first }),
    ]);
    expect((await api.settled(first)).status).toBe('SUBMITTED');
    expect((await erpOrdersOf(customerId)).map((order) => order.orderKey)).toEqual([first]);
  });

  it('an 850 sent again under a new ISA13 is the first order: the document says duplicate with its id, and no second order is made', async () => {
    const customerId = await api.openCustomer();
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '2.00' });
    const sender = aSenderId(15);
    await x12.createX12Partner({ qualifier: 'ZZ', id: sender }, AS_SENT_RULES('VP'), { customerId });
    const poNumber = `PO-${uniqueSuffix()}`;
    const line = `PO1*1*5*EA*2.00**VP*${sku}`;
    const original = await x12.postInterchange(anInterchange(sender, poNumber, line, '000000201')).expect(200);
    const [firstOrder] = await x12.settledOrdersOf(original.headers['x-crossdock-inbound-document']!);

    const resent = await x12.postInterchange(anInterchange(sender, poNumber, line, '000000202')).expect(200);

    const document = await x12.document(resent.headers['x-crossdock-inbound-document']!);
    expect(document.id).not.toBe(original.headers['x-crossdock-inbound-document']);
    expect(document.outcomes).toEqual([{ sourceOrderId: poNumber, orderId: firstOrder!.id, duplicate: true }]);
    expect((await ordersOf(customerId)).map((order) => order.id)).toEqual([firstOrder!.id]);
    expect(firstOrder!.status).toBe('SUBMITTED');
    expect((await erpOrdersOf(customerId)).map((order) => order.orderKey)).toEqual([firstOrder!.id]);
  });

  it('the same PO number by portal and then by EDI: the EDI order is held POSSIBLE_DUPLICATE naming the portal order', async () => {
    const customerId = await api.openCustomer();
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '2.00' });
    const sender = aSenderId(15);
    await x12.createX12Partner({ qualifier: 'ZZ', id: sender }, AS_SENT_RULES('VP'), { customerId });
    const poNumber = `PO-${uniqueSuffix()}`;
    const byPortal = (
      await placeAtPortal(buyerOf(customerId), { purchaseOrderNumber: poNumber, lines: [{ sku, quantity: 5 }] }).expect(
        201,
      )
    ).body.orderId as string;

    const byEdi = await x12
      .postInterchange(anInterchange(sender, poNumber, `PO1*1*5*EA*2.00**VP*${sku}`, '000000301'))
      .expect(200);

    const document = await x12.document(byEdi.headers['x-crossdock-inbound-document']!);
    expect(document.outcomes).toEqual([
      expect.objectContaining({ sourceOrderId: poNumber, possibleDuplicateOf: byPortal }),
    ]);
    const [ediOrder] = await x12.settledOrdersOf(document.id);
    expect(ediOrder).toMatchObject({
      status: 'HELD',
      holds: [expect.objectContaining({ reasonCode: 'POSSIBLE_DUPLICATE', duplicateOfOrderId: byPortal })],
    });
    expect((await erpOrdersOf(customerId)).map((order) => order.orderKey)).toEqual([byPortal]);
  });

  it('a partner set to reuse PO numbers gets both orders placed (the PO date tells them apart), and its resend is still one order', async () => {
    const customerId = await api.openCustomer();
    const sku = await api.stockedItem({ 'WH-DAL': 100 }, { price: '2.00' });
    const sender = aSenderId(15);
    const partnerId = await x12.createX12Partner({ qualifier: 'ZZ', id: sender }, AS_SENT_RULES('VP'), {
      customerId,
      reusesPurchaseOrderNumbers: true,
    });
    expect((await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body.reusesPurchaseOrderNumbers).toBe(true);
    const poNumber = `PO-${uniqueSuffix()}`;

    const november = await x12
      .postInterchange(anInterchange(sender, poNumber, `PO1*1*5*EA*2.00**VP*${sku}`, '000000401', '20261127'))
      .expect(200);
    const december = await x12
      .postInterchange(anInterchange(sender, poNumber, `PO1*1*8*EA*2.00**VP*${sku}`, '000000402', '20261203'))
      .expect(200);
    const decemberAgain = await x12
      .postInterchange(anInterchange(sender, poNumber, `PO1*1*8*EA*2.00**VP*${sku}`, '000000403', '20261203'))
      .expect(200);

    const [first] = await x12.settledOrdersOf(november.headers['x-crossdock-inbound-document']!);
    const [second] = await x12.settledOrdersOf(december.headers['x-crossdock-inbound-document']!);
    expect([first!.status, second!.status]).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect((await x12.document(decemberAgain.headers['x-crossdock-inbound-document']!)).outcomes).toEqual([
      expect.objectContaining({ orderId: second!.id, duplicate: true }),
    ]);
    expect((await erpOrdersOf(customerId)).map((order) => order.orderKey).sort()).toEqual(
      [first!.id, second!.id].sort(),
    );
  });
});
