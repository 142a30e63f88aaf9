/**
 * The business answer is told once, to the right order, and no input makes it a 500: a changed resend
 * of a live order is refused as a copy while the order lives on, a replay tells nobody twice, and text with a NUL is refused in
 * the sender's terms instead of failing in the database.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interchangeOf } from '../../../process-apis/src/channels/x12/x12-test-documents';
import { aShopDomain, AS_SENT_RULES, shopifyWebhookBody, sign } from '../../support/channels';
import { anOrder, DALLAS_STORE } from '../../support/order-pipeline';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';
import { acknowledgementInterchange, aSenderId, x12Api } from '../../support/x12';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(() => crossdock.close());

const RULES = { productIds: [{ qualifier: 'VP', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'ignore' };

/** An 850 from `sender` under interchange control number `icn`. */
const purchaseOrder = (sender: string, icn: string, poNumber: string, line: string) =>
  interchangeOf(
    [
      {
        controlNumber: '0001',
        body: [
          `BEG*00*SA*${poNumber}**20261127`,
          'N1*ST*ACME STORE 9*92*0009',
          'N3*2400 ELM ST',
          'N4*DALLAS*TX*75226*US',
          line,
          'CTT*1',
        ],
      },
    ],
    { interchangeControlNumber: icn },
  ).replace('*BUYERCO        *', `*${sender.padEnd(15)}*`);

const refusalsTo = async (partnerId: string) =>
  (await api.get(`/process/v1/outbound-documents?partnerId=${partnerId}&kind=855`).expect(200)).body.items as unknown[];

const refusalEventsAbout = async (documentId: string) =>
  (
    (await api.get(`/process/v1/events?subject=${encodeURIComponent(documentId)}`).expect(200)).body as {
      type: string;
      data: unknown;
    }[]
  ).filter((event) => event.type === 'com.crossdock.inbound_order.rejected');

/**
 * The refusal events about a document once there is one: the event reader hands an event out only when every
 * older transaction on the database server has ended, which other test files' transactions can hold back.
 */
const toldRefusalsAbout = (documentId: string) =>
  waitUntil(
    () => refusalEventsAbout(documentId),
    (events) => events.length > 0,
    { what: `a refusal event about ${documentId}` },
  );

describe('X12: the business answer', () => {
  it('answers an 850 resent under a new ISA13 with other lines with an 855 RJ naming the order taken first, which lives on', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    const partnerId = await api.createX12Partner({ qualifier: 'ZZ', id: sender }, RULES, { customerId });
    const sku = await api.stockedItem({ 'WH-DAL': 50 }, { price: '5.00' });
    const first = await api
      .postInterchange(purchaseOrder(sender, '000000501', 'PO-CHANGED', `PO1*1*10*EA*5.00**VP*${sku}`))
      .expect(200);
    const [order] = await api.settledOrdersOf(first.headers['x-crossdock-inbound-document']!);
    expect(order!.status).toBe('SUBMITTED');

    const changed = await api
      .postInterchange(purchaseOrder(sender, '000000502', 'PO-CHANGED', `PO1*1*12*EA*5.00**VP*${sku}`))
      .expect(200);
    const documentId = changed.headers['x-crossdock-inbound-document']!;
    expect((await api.document(documentId)).outcomes).toEqual([
      expect.objectContaining({
        sourceOrderId: 'PO-CHANGED',
        problem: expect.objectContaining({ title: 'This order arrived before with different content' }),
      }),
    ]);
    // The changed copy is refused in X12's words, saying which order stands: the partner's change needs a person.
    const refusals = (await refusalsTo(partnerId)) as { raw: string; reference: string }[];
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.reference).toBe(documentId);
    expect(refusals[0]!.raw).toContain('BAK*00*RJ*PO-CHANGED*20261127');
    expect(refusals[0]!.raw).toContain(`taken in before as order ${order!.id}`);
    expect((await toldRefusalsAbout(documentId))[0]).toMatchObject({
      data: { orderTakenFirst: { orderId: order!.id, sourceOrderId: 'PO-CHANGED' } },
    });
    const after = (await api.get(`/process/v1/orders/${order!.id}`).expect(200)).body;
    expect({ status: after.status, quantity: after.lines[0].quantity }).toEqual({
      status: 'SUBMITTED',
      quantity: 10,
    });
  });

  it('tells a refusal once: replaying the document refuses the order again but sends no second 855 RJ nor event', async () => {
    const sender = aSenderId(15);
    const customerId = await api.openCustomer();
    const partnerId = await api.createX12Partner({ qualifier: 'ZZ', id: sender }, RULES, { customerId });
    const answer = await api
      .postInterchange(purchaseOrder(sender, '000000601', 'PO-NOTHING', 'PO1*1*10*EA*5.00'))
      .expect(200);
    const documentId = answer.headers['x-crossdock-inbound-document']!;
    expect(await refusalsTo(partnerId)).toHaveLength(1);

    const replayed = await api.post(`/process/v1/inbound-documents/${documentId}/replay`).expect(200);
    expect(replayed.body.status).toBe('rejected');
    expect(await refusalsTo(partnerId)).toHaveLength(1);
    expect(await toldRefusalsAbout(documentId)).toHaveLength(1);
  });

  it('answers a TA1 whose TA101 holds a NUL without a 500, matching nothing', async () => {
    const sender = aSenderId(15);
    await api.createX12Partner({ qualifier: 'ZZ', id: sender }, RULES, { customerId: await api.openCustomer() });
    await api
      .postInterchange(acknowledgementInterchange(sender, [], ['TA1*1234\u000056789*261128*0930*R*006']))
      .expect(204);
  });
});

describe('text with a NUL', () => {
  it('is a refusal told to the shop (202, an event), never a 500, when a Shopify order’s address holds one', async () => {
    const secret = 'shpss_nul_0123456789abcdef';
    const shop = aShopDomain('nul');
    await api.createPartner(
      { channel: 'shopify', identifiers: { shopDomain: shop }, webhookSecrets: [secret] },
      AS_SENT_RULES('sku'),
    );
    const orderId = String(Date.now() * 10 + 7);
    const body = shopifyWebhookBody()
      .toString('utf8')
      .replace('"id": 450789469', `"id": ${orderId}`)
      .replace('"address1": "Chestnut Street 92"', '"address1": "Chestnut\\u0000Street 92"');
    const answer = await crossdock.http
      .post('/process/v1/inbound/shopify/orders')
      .set('Content-Type', 'application/json')
      .set('X-Shopify-Topic', 'orders/create')
      .set('X-Shopify-Shop-Domain', shop)
      .set('X-Shopify-Webhook-Id', `nul-${randomUUID()}`)
      .set('X-Shopify-Hmac-Sha256', sign(body, secret))
      .send(body)
      .expect(202);
    expect(answer.body).toMatchObject({
      status: 'rejected',
      outcomes: [{ sourceOrderId: orderId, problem: expect.any(Object) }],
    });
    expect(await toldRefusalsAbout(answer.body.documentId)).toHaveLength(1);
  });

  it('is a refusal told to the shop, never a 500, when a Shopify order holds half a UTF-16 pair (\\ud800)', async () => {
    const secret = 'shpss_surrogate_0123456789abcdef';
    const shop = aShopDomain('surrogate');
    await api.createPartner(
      { channel: 'shopify', identifiers: { shopDomain: shop }, webhookSecrets: [secret] },
      AS_SENT_RULES('sku'),
    );
    const body = shopifyWebhookBody()
      .toString('utf8')
      .replace('"id": 450789469', `"id": ${String(Date.now() * 10 + 3)}`)
      .replace('"address1": "Chestnut Street 92"', '"address1": "Chestnut \\ud800 Street 92"');
    const answer = await crossdock.http
      .post('/process/v1/inbound/shopify/orders')
      .set('Content-Type', 'application/json')
      .set('X-Shopify-Topic', 'orders/create')
      .set('X-Shopify-Shop-Domain', shop)
      .set('X-Shopify-Webhook-Id', `surrogate-${randomUUID()}`)
      .set('X-Shopify-Hmac-Sha256', sign(body, secret))
      .send(body);
    expect(answer.status).toBeLessThan(500);
    expect(JSON.stringify(answer.body)).toMatch(/not valid Unicode/);
  });

  it('is a 400 naming the field when an API order holds one', async () => {
    const customerId = await api.openCustomer();
    const sku = await api.stockedItem({ 'WH-DAL': 5 });
    const order = anOrder(customerId, [{ sku, quantity: 1 }], {
      shipTo: { ...DALLAS_STORE, line1: '2400 Elm\u0000St' },
    });
    const answer = await api.post('/process/v1/orders', order).expect(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'shipTo.line1' })]);
  });
});
