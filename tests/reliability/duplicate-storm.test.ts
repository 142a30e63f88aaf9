/**
 * The duplicate storm: 100 copies of one order document at the same moment on each document channel
 * — a VAN resending an 850 under new interchange numbers, Shopify and WooCommerce redelivering a
 * webhook under new delivery ids — make one order each, and the 99 other copies are answered as
 * duplicates naming the original's id. (The portal's and the process API's 100 copies are in
 * tests/e2e/pipeline/duplicates.test.ts.)
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AS_SENT_RULES,
  aShopDomain,
  channelsApi,
  sample,
  SAMPLES,
  shopifyWebhookBody,
  sign,
} from '../support/channels';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';
import { aSenderId, purchaseOrderInterchange, x12Api } from '../support/x12';

const COPIES = 100;
const SECRET = 'storm-webhook-secret-0123456789abcdef';

let crossdock: TestPlatform;
let api: ReturnType<typeof x12Api>;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = x12Api(crossdock);
});
afterAll(() => crossdock?.close());

/** What one copy was answered: the order it names, and whether it was told it repeats one. */
interface CopyOutcome {
  status: number;
  orderId?: string;
  duplicate: boolean;
}

async function expectOneOrder(channel: string, sourceOrderId: string, copies: CopyOutcome[]): Promise<void> {
  expect(copies.filter((copy) => copy.status >= 300).map((copy) => copy.status)).toEqual([]);
  const stored = (await api.get(`/process/v1/orders?channel=${channel}&sourceOrderId=${sourceOrderId}`).expect(200))
    .body.items as { id: string }[];
  expect(stored).toHaveLength(1);
  // Every copy names that one order; one made it, the 99 others are told they repeat it.
  expect(copies.map((copy) => copy.orderId)).toEqual(copies.map(() => stored[0]!.id));
  expect(copies.filter((copy) => copy.duplicate)).toHaveLength(COPIES - 1);
}

describe(`${COPIES} copies of one order document at the same moment`, () => {
  it('X12: an 850 resent under 100 interchange control numbers is one order; 99 documents say duplicate with its id', async () => {
    const sender = aSenderId(15);
    await api.createX12Partner({ qualifier: 'ZZ', id: sender }, AS_SENT_RULES('VP'), { customerId: 'C-1002' });
    const poNumber = `PO-STORM-${randomUUID().slice(0, 8)}`;
    const answers = await Promise.all(
      Array.from({ length: COPIES }, (_, copy) =>
        api.postInterchange(
          purchaseOrderInterchange(sender, poNumber, ['PO1*1*2*EA*3.10**VP*HXB-001'], {
            interchangeControlNumber: String(500_000 + copy).padStart(9, '0'),
          }),
        ),
      ),
    );
    const copies = await Promise.all(
      answers.map(async (answer): Promise<CopyOutcome> => {
        const document = await api.document(answer.headers['x-crossdock-inbound-document']!);
        const [outcome] = document.outcomes;
        return { status: answer.status, orderId: outcome?.orderId, duplicate: outcome?.duplicate === true };
      }),
    );
    await expectOneOrder('x12', poNumber, copies);
  });

  it('Shopify: orders/create delivered 100 times under new webhook ids is one order; 99 answers say duplicate with its id', async () => {
    const shop = aShopDomain('storm');
    await channelsApi(crossdock).createPartner({
      channel: 'shopify',
      identifiers: { shopDomain: shop },
      webhookSecrets: [SECRET],
    });
    const orderId = String(7_000_000_000 + Math.floor(Math.random() * 1_000_000));
    const body = shopifyWebhookBody().toString().replace('"id": 450789469', `"id": ${orderId}`);
    const answers = await Promise.all(
      Array.from({ length: COPIES }, () =>
        crossdock.http
          .post('/process/v1/inbound/shopify/orders')
          .set('Content-Type', 'application/json')
          .set('X-Shopify-Topic', 'orders/create')
          .set('X-Shopify-Shop-Domain', shop)
          .set('X-Shopify-Webhook-Id', randomUUID())
          .set('X-Shopify-Hmac-Sha256', sign(body, SECRET))
          .send(body),
      ),
    );
    await expectOneOrder('shopify', orderId, answers.map(webhookOutcome));
  });

  it('WooCommerce: order.created delivered 100 times under new delivery ids is one order; 99 answers say duplicate with its id', async () => {
    const site = `storm-${randomUUID().slice(0, 8)}.example`;
    await channelsApi(crossdock).createPartner(
      { channel: 'woocommerce', identifiers: { shopDomain: site }, webhookSecrets: [SECRET] },
      { productIds: [{ qualifier: 'sku', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' },
    );
    const orderId = String(800_000 + Math.floor(Math.random() * 100_000));
    const body = sample(SAMPLES.wooCommerceOrder).toString().replace('"id": 727', `"id": ${orderId}`);
    const answers = await Promise.all(
      Array.from({ length: COPIES }, () =>
        crossdock.http
          .post('/process/v1/inbound/woocommerce/orders')
          .set('Content-Type', 'application/json')
          .set('X-WC-Webhook-Source', `https://${site}/`)
          .set('X-WC-Webhook-Topic', 'order.created')
          .set('X-WC-Webhook-Resource', 'order')
          .set('X-WC-Webhook-Event', 'created')
          .set('X-WC-Webhook-ID', '31')
          .set('X-WC-Webhook-Delivery-ID', randomUUID())
          .set('X-WC-Webhook-Signature', sign(body, SECRET))
          .send(body),
      ),
    );
    await expectOneOrder('woocommerce', orderId, answers.map(webhookOutcome));
  });
});

function webhookOutcome(answer: { status: number; body: { outcomes?: { orderId?: string; duplicate?: boolean }[] } }) {
  const [outcome] = answer.body.outcomes ?? [];
  return { status: answer.status, orderId: outcome?.orderId, duplicate: outcome?.duplicate === true };
}
