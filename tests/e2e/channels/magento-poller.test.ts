import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import {
  startMagentoTestServer,
  type ChannelTestServer,
  type MagentoOrderText,
} from '../../support/channel-test-servers';
import { AS_SENT_RULES, channelsApi, sample, SAMPLES, type DocumentView } from '../../support/channels';
import { waitUntil } from '../../support/wait-until';

const TOKEN = 'magento-integration-token-0123';
const SAMPLE = sample(SAMPLES.magentoOrder).toString('utf8');

/** The sample as another order of the same shop: its own entity id and order number. */
function anotherOrder(entityId: number): MagentoOrderText {
  const number = String(entityId).padStart(9, '0');
  return {
    entityId,
    text: SAMPLE.replace(
      '"entity_id": 3,\n  "global_currency_code"',
      `"entity_id": ${entityId},\n  "global_currency_code"`,
    ).replace('"increment_id": "000000003"', `"increment_id": "${number}"`),
  };
}

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
let magento: ChannelTestServer;
const orders: MagentoOrderText[] = [{ entityId: 3, text: SAMPLE }, anotherOrder(4)];
let partnerId: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
  magento = await startMagentoTestServer({ token: TOKEN, orders });
  partnerId = await api.createPartner(
    { channel: 'magento', connection: { baseUrl: magento.baseUrl, accessToken: TOKEN, pageSize: 1 } },
    AS_SENT_RULES('sku'),
  );
});
afterAll(async () => {
  await crossdock.close();
  await magento.close();
});

const poll = async () =>
  (await api.post(`/process/v1/partners/${partnerId}/poll`).expect(200)).body as {
    polled: boolean;
    documentIds: string[];
    error?: string;
    nextPollAt: string;
  };

describe('polling Adobe Commerce (Magento 2) for orders', () => {
  it('pulls the sample through /V1/orders page by page: the picked lines as written, held UNKNOWN_ITEM, the page kept as received', async () => {
    const report = await poll();
    expect(report).toMatchObject({ polled: true, documentIds: [expect.any(String), expect.any(String)] });
    expect(report.error).toBeUndefined();

    const document: DocumentView = await api.document(report.documentIds[0]!);
    expect(document).toMatchObject({
      channel: 'magento',
      kind: 'magento-orders-page',
      status: 'processed',
      parts: [{ seq: 0, name: expect.stringMatching(/^\/V1\/orders\?searchCriteria/) }],
    });
    const stored = await api.get(`/process/v1/inbound-documents/${document.id}/parts/0`).expect(200);
    expect(stored.text).toContain(SAMPLE);

    const [link] = document.orders;
    expect(link!.canonicalOrder).toMatchObject({
      channel: 'magento',
      sourceOrderId: '000000003',
      currency: 'USD',
      shipTo: {
        name: 'Jane Doe',
        line1: '123 Oak Ave',
        city: 'Purchase',
        region: 'NY',
        postalCode: '10577',
        country: 'US',
      },
    });
    expect(link!.canonicalOrder.lines.map((line) => [line.sku, line.quantity, line.unitPrice])).toEqual([
      ['WS12-M-Orange', 1, '22'],
      ['240-LV08', 1, '18'],
      ['24-WG082-blue', 1, '27'],
      ['24-WG084', 1, '5'],
      ['24-WG086', 1, '17'],
      ['24-WG088', 1, '19'],
      ['MH01-S-Gray', 1, '52'],
    ]);
    const [order] = await api.settledOrdersOf(document.id);
    expect(order!.status).toBe('HELD');
    expect(new Set(order!.holds.map((hold) => hold.reasonCode))).toEqual(new Set(['UNKNOWN_ITEM']));
    expect((await api.document(report.documentIds[1]!)).orders[0]!.sourceOrderId).toBe('000000004');
  });

  it('remembers where it stopped, in the database, and asks only for what came after', async () => {
    const partner = (await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body;
    expect(partner.poller).toMatchObject({ cursor: { lastEntityId: '4' }, consecutiveFailures: 0 });
    expect(partner.connection).toEqual({ baseUrl: magento.baseUrl, pageSize: 1, accessTokenSet: true });

    const report = await poll();
    expect(report.documentIds).toEqual([]);
    const last = magento.requests.at(-1)!;
    expect(last.query.get('searchCriteria[filter_groups][0][filters][0][field]')).toBe('entity_id');
    expect(last.query.get('searchCriteria[filter_groups][0][filters][0][condition_type]')).toBe('gt');
    expect(last.query.get('searchCriteria[filter_groups][0][filters][0][value]')).toBe('4');
  });

  it('sends the partner’s integration token, never a Crossdock token', () => {
    expect(magento.requests.every((request) => request.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('backs off on 429 and goes on within the same poll', async () => {
    orders.push(anotherOrder(5));
    magento.rateLimit(2);
    const before = magento.requests.length;
    const report = await poll();
    expect(report.error).toBeUndefined();
    expect(report.documentIds).toHaveLength(1);
    expect(magento.requests.length - before).toBeGreaterThanOrEqual(3);
  });

  it('keeps its place when 429 outlasts the retries, waits longer before the next poll, and then catches up', async () => {
    orders.push(anotherOrder(6));
    magento.rateLimit(100);
    const polledFrom = Date.now();
    const failed = await poll();
    expect(failed.error).toMatch(/429/);
    expect(failed.documentIds).toEqual([]);
    const partner = (await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body;
    expect(partner.poller).toMatchObject({
      cursor: { lastEntityId: '5' },
      consecutiveFailures: 1,
      lastError: expect.stringMatching(/429/),
    });
    // The first backoff without a poll interval: a minute, of which half is drawn at random.
    expect(Date.parse(partner.poller.nextPollAt)).toBeGreaterThanOrEqual(polledFrom + 30_000);

    magento.rateLimit(0);
    const recovered = await poll();
    expect(recovered.documentIds).toHaveLength(1);
    expect((await api.document(recovered.documentIds[0]!)).orders[0]!.sourceOrderId).toBe('000000006');
    expect((await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body.poller).toMatchObject({
      cursor: { lastEntityId: '6' },
      consecutiveFailures: 0,
    });
  });

  it('places the good orders of a page with a malformed one, and shows the malformed one in the document with why', async () => {
    const broken = { entityId: 31, text: '{"entity_id": 31, "increment_id": "000000031", "items": []}' };
    const server = await startMagentoTestServer({ token: TOKEN, orders: [anotherOrder(30), broken, anotherOrder(32)] });
    try {
      const id = await api.createPartner(
        { channel: 'magento', connection: { baseUrl: server.baseUrl, accessToken: TOKEN } },
        AS_SENT_RULES('sku'),
      );
      const report = (await api.post(`/process/v1/partners/${id}/poll`).expect(200)).body;
      expect(report.error).toBeUndefined();
      const document: DocumentView = await api.document(report.documentIds[0]!);
      expect(document.status).toBe('partially-processed');
      expect(document.orders.map((link) => link.sourceOrderId)).toEqual(['000000030', '000000032']);
      expect(document.outcomes).toEqual([
        { sourceOrderId: '000000030', orderId: expect.any(String) },
        {
          sourceOrderId: '000000031',
          problem: expect.objectContaining({
            errors: [expect.objectContaining({ field: 'items', message: 'An order needs at least one item' })],
          }),
        },
        { sourceOrderId: '000000032', orderId: expect.any(String) },
      ]);
      expect((await api.get(`/process/v1/partners/${id}`).expect(200)).body.poller.cursor).toEqual({
        lastEntityId: '32',
        cancelledSince: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      });
    } finally {
      await server.close();
    }
  });

  it('refuses to poll a partner of a pushed channel with 409', async () => {
    const shopify = await api.createPartner({
      channel: 'shopify',
      identifiers: { shopDomain: `poll-me-${Date.now()}.myshopify.com` },
    });
    await api.post(`/process/v1/partners/${shopify}/poll`).expect(409);
  });
});

describe('the background pollers, when configured', () => {
  it('poll a Magento partner on their own every interval', async () => {
    const platform = await startTestPlatform({ channels: { pollIntervalMs: 200 } });
    const server = await startMagentoTestServer({ token: TOKEN, orders: [{ entityId: 3, text: SAMPLE }] });
    try {
      const ownApi = channelsApi(platform);
      const id = await ownApi.createPartner(
        { channel: 'magento', connection: { baseUrl: server.baseUrl, accessToken: TOKEN } },
        AS_SENT_RULES('sku'),
      );
      const documents = await waitUntil(
        async () =>
          (await ownApi.get(`/process/v1/inbound-documents?partnerId=${id}`).expect(200)).body.items as DocumentView[],
        (items) => items.length === 1 && items[0]!.status === 'processed',
        { what: 'the pollers to take in the Magento sample' },
      );
      expect(documents[0]!.orders[0]!.sourceOrderId).toBe('000000003');
    } finally {
      await platform.close();
      await server.close();
    }
  });
});
