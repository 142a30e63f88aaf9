/**
 * Mutated copies of valid Shopify and WooCommerce order webhooks, signed as the shops sign them,
 * through the gateway with the database: whatever the body, the answer is never a 5xx, and every body
 * answered 2xx (the shop is told "received") ends as an order, a hold, a duplicate of an order, or a
 * refusal with its com.crossdock.inbound_order.rejected event. The readers' own fuzz
 * (read-any-*-order.fuzz.test.ts) runs thousands more without the database.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutatedDocuments } from '../../../process-apis/src/channels/json-mutations';
import { aShopDomain, channelsApi, sample, SAMPLES, shopifyWebhookBody, sign } from '../../support/channels';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { waitUntil } from '../../support/wait-until';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
const SHOPIFY_SECRET = 'shpss_fuzz_0123456789abcdef01234567';
const WOO_SECRET = 'wc-fuzz-secret-0123456789abcdef';
const shop = aShopDomain('fuzz');
const wooDomain = `fuzz-${randomUUID().slice(0, 8)}.example`;
const COPIES = 150;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  await api.createPartner({ channel: 'shopify', identifiers: { shopDomain: shop }, webhookSecrets: [SHOPIFY_SECRET] });
  await api.createPartner({
    channel: 'woocommerce',
    identifiers: { shopDomain: wooDomain },
    webhookSecrets: [WOO_SECRET],
  });
});
afterAll(() => crossdock.close());

let deliveries = 0;
const shopify = (body: string) =>
  crossdock.http
    .post('/process/v1/inbound/shopify/orders')
    .set('Content-Type', 'application/json')
    .set('X-Shopify-Topic', 'orders/create')
    .set('X-Shopify-Shop-Domain', shop)
    .set('X-Shopify-Webhook-Id', `fuzz-${++deliveries}-${randomUUID()}`)
    .set('X-Shopify-Hmac-Sha256', sign(body, SHOPIFY_SECRET))
    .send(body);
const woo = (body: string) =>
  crossdock.http
    .post('/process/v1/inbound/woocommerce/orders')
    .set('Content-Type', 'application/json')
    .set('X-WC-Webhook-Source', `https://${wooDomain}/`)
    .set('X-WC-Webhook-Topic', 'order.created')
    .set('X-WC-Webhook-Resource', 'order')
    .set('X-WC-Webhook-Event', 'created')
    .set('X-WC-Webhook-ID', '31')
    .set('X-WC-Webhook-Delivery-ID', `fuzz-${++deliveries}`)
    .set('X-WC-Webhook-Signature', sign(body, WOO_SECRET))
    .send(body);

interface Received {
  documentId: string;
  status: string;
  outcomes: { sourceOrderId?: string; orderId?: string; duplicate?: boolean; problem?: { title: string } }[];
}

const rejectedEvents = (documentId: string) =>
  waitUntil(
    async () =>
      (await api.get(`/process/v1/events?subject=${encodeURIComponent(documentId)}`).expect(200)).body as {
        type: string;
      }[],
    (events) => events.some((event) => event.type === 'com.crossdock.inbound_order.rejected'),
    { what: `the rejection event about ${documentId}` },
  );

async function deliverEach(valid: unknown, post: (body: string) => ReturnType<typeof shopify>, seed: number) {
  const statuses = new Map<number, number>();
  const refusedDocuments: { documentId: string; context: string }[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    // An order id of each copy's own (where the mutation leaves it): the fuzz is of the body, not of resends.
    const [part] = mutatedDocuments(
      { body: { ...(valid as object), id: 9_100_000_000 + copy } },
      1,
      seed * 1000 + copy,
    )[0]!;
    // As text, signed as sent: a shop signs the bytes it sends, and they are UTF-8 by the time they are JSON.
    const body = Buffer.from(part!.body).toString('utf8');
    const answer = await post(body);
    const context = `${JSON.stringify(body.slice(0, 600))} → ${answer.status} ${JSON.stringify(answer.body)}`;
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    expect(answer.status, context).toBeLessThan(500);
    if (answer.status >= 300) {
      expect(answer.headers['content-type'], context).toMatch(/^application\/problem\+json/);
      continue;
    }
    const received = answer.body as Received;
    expect(received.outcomes.length, context).toBeGreaterThan(0);
    for (const outcome of received.outcomes)
      expect(outcome.orderId !== undefined || outcome.problem !== undefined, context).toBe(true);
    const document = await api.document(received.documentId);
    expect(document.status, context).not.toBe('received');
    // Every refusal, a changed resend's included (a mutation that turns two ids into the same 0), is told.
    if (received.outcomes.some((outcome) => outcome.problem))
      refusedDocuments.push({ documentId: received.documentId, context });
  }
  // Every refusal is told: its event is published (waited for after the deliveries, as the outbox sends it).
  for (const { documentId, context } of refusedDocuments)
    await rejectedEvents(documentId).catch((error: Error) => {
      throw new Error(`${error.message} for ${context}`);
    });
  return { statuses, refused: refusedDocuments.length };
}

describe('mutated order webhooks through the gateway', () => {
  it(
    `answers ${COPIES} mutated Shopify orders/create bodies without a 5xx, and accounts for each one taken`,
    { timeout: 120_000 },
    async () => {
      const { statuses, refused } = await deliverEach(JSON.parse(shopifyWebhookBody().toString('utf8')), shopify, 11);
      // The copies reach both kinds of answer: orders and holds, and refusals told by event.
      expect(statuses.get(202)).toBeGreaterThan(COPIES / 2);
      expect(refused).toBeGreaterThan(10);
    },
  );

  it(
    `answers ${COPIES} mutated WooCommerce order.created bodies without a 5xx, and accounts for each one taken`,
    { timeout: 120_000 },
    async () => {
      const { statuses, refused } = await deliverEach(
        JSON.parse(sample(SAMPLES.wooCommerceOrder).toString('utf8')),
        woo,
        12,
      );
      expect(statuses.get(202)).toBeGreaterThan(COPIES / 2);
      expect(refused).toBeGreaterThan(10);
    },
  );
});
