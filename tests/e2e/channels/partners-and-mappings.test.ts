import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { AS_SENT_RULES, aShopDomain, channelsApi, shopifyWebhookBody, sign } from '../../support/channels';

let crossdock: TestPlatform;
let api: ReturnType<typeof channelsApi>;
const SECRET = 'shpss_partners-and-mappings-secret';

beforeAll(async () => {
  crossdock = await startTestPlatform();
  api = channelsApi(crossdock);
});
afterAll(() => crossdock.close());

/** The Shopify sample with its own order id, delivered signed for `shop`; answers the receipt. */
async function deliverSample(shop: string, orderId: string, edit: (text: string) => string = (text) => text) {
  const body = edit(shopifyWebhookBody().toString().replace('"id": 450789469', `"id": ${orderId}`));
  return crossdock.http
    .post('/process/v1/inbound/shopify/orders')
    .set('Content-Type', 'application/json')
    .set('X-Shopify-Topic', 'orders/create')
    .set('X-Shopify-Shop-Domain', shop)
    .set('X-Shopify-Webhook-Id', `wh-${orderId}`)
    .set('X-Shopify-Hmac-Sha256', sign(body, SECRET))
    .send(body)
    .expect(202);
}

const CROSS_REFERENCED = {
  productIds: [
    { qualifier: 'variant_id', lookup: 'cross-reference' },
    { qualifier: 'sku', lookup: 'cross-reference' },
    { qualifier: 'sku', lookup: 'as-sku' },
  ],
  customer: { from: 'partner' },
  prices: 'ignore',
};
// The sample's three iPods onto items the reference ERP knows, by variant id and by shop SKU.
const IPODS_TO_SEEDED_ITEMS = [
  { qualifier: 'variant_id', partnerProductId: '39072856', sku: 'HXB-004' },
  { partnerProductId: 'IPOD2008RED', sku: 'HXB-001' },
  { qualifier: 'sku', partnerProductId: 'IPOD2008BLACK', sku: 'GLV-002', uom: 'CS' },
];

describe('trading partners as data', () => {
  it('creates a partner, shows it with its ETag, and never shows its secrets', async () => {
    const version = await api.addMapping('standard-shopify', AS_SENT_RULES('sku'));
    const shop = aShopDomain('secret-keeper');
    const created = await api
      .post('/process/v1/partners', {
        id: 'secret-keeper',
        name: 'Secret keeper',
        channel: 'shopify',
        customerId: 'C-1002',
        identifiers: { shopDomain: shop },
        mapping: { name: 'standard-shopify', version },
        webhookSecrets: [SECRET],
        priceTolerancePercent: '2.5',
        allowBackorders: true,
      })
      .expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({
      id: 'secret-keeper',
      channel: 'shopify',
      customerId: 'C-1002',
      identifiers: { shopDomain: shop },
      webhookSecretCount: 1,
      priceTolerancePercent: '2.5',
      allowBackorders: true,
    });
    expect(JSON.stringify(created.body)).not.toContain(SECRET);
    expect(JSON.stringify((await api.get('/process/v1/partners?channel=shopify').expect(200)).body)).not.toContain(
      SECRET,
    );
  });

  it('replaces a partner only with If-Match of the version read, keeping secrets left out', async () => {
    const version = await api.addMapping('standard-shopify', AS_SENT_RULES('sku'));
    const shop = aShopDomain('replace-me');
    const partner = {
      name: 'Replace me',
      channel: 'shopify',
      customerId: 'C-1001',
      identifiers: { shopDomain: shop },
      mapping: { name: 'standard-shopify', version },
    };
    await api.post('/process/v1/partners', { id: 'replace-me', ...partner, webhookSecrets: [SECRET] }).expect(201);
    await api.put('/process/v1/partners/replace-me', { ...partner, name: 'Renamed' }).expect(428);
    const replaced = await api
      .put('/process/v1/partners/replace-me', { ...partner, name: 'Renamed' }, '"1"')
      .expect(200);
    expect(replaced.body).toMatchObject({ name: 'Renamed', version: 2, webhookSecretCount: 1 });
    await api.put('/process/v1/partners/replace-me', { ...partner, name: 'Stale' }, '"1"').expect(412);
    // An ETag that names no version at all is a stale one too, not a server error.
    for (const notAVersion of ['"abc"', '"1.5"', '"99999999999"'])
      await api.put('/process/v1/partners/replace-me', { ...partner, name: 'Stale' }, notAVersion).expect(412);
  });

  it('refuses a second partner with the same shop domain (409), an unknown mapping version and an identifier the channel needs (400)', async () => {
    const version = await api.addMapping('standard-shopify', AS_SENT_RULES('sku'));
    const shop = aShopDomain('taken');
    const partner = {
      name: 'Taken',
      channel: 'shopify',
      customerId: 'C-1001',
      identifiers: { shopDomain: shop },
      mapping: { name: 'standard-shopify', version },
    };
    await api.post('/process/v1/partners', { id: 'first-owner', ...partner }).expect(201);
    const conflict = await api
      .post('/process/v1/partners', { id: 'second-owner', ...partner, identifiers: { shopDomain: shop.toUpperCase() } })
      .expect(409);
    expect(conflict.body.type).toBe('urn:crossdock:problem:partner-identifier-taken');
    const noMapping = await api
      .post('/process/v1/partners', {
        id: 'no-mapping',
        ...partner,
        identifiers: { shopDomain: aShopDomain('x') },
        mapping: { name: 'standard-shopify', version: 99 },
      })
      .expect(400);
    expect(noMapping.body.errors).toEqual([expect.objectContaining({ field: 'mapping' })]);
    const noDomain = await api
      .post('/process/v1/partners', { id: 'no-domain', ...partner, identifiers: {} })
      .expect(400);
    expect(noDomain.body.errors).toEqual([expect.objectContaining({ field: 'identifiers.shopDomain' })]);
  });

  it('refuses mapping rules that are not valid, naming the field', async () => {
    const answer = await api
      .post('/process/v1/mappings/broken/versions', {
        description: 'broken',
        rules: {
          productIds: [{ qualifier: 'sku', lookup: 'as-sku' }],
          customer: { from: 'party' },
          prices: 'keep',
          defaults: { currency: 'dollars' },
        },
      })
      .expect(400);
    expect(answer.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'rules.customer',
      'rules.defaults.currency',
    ]);
    const noProductIds = await api
      .post('/process/v1/mappings/broken/versions', {
        description: 'broken',
        rules: { productIds: [], customer: { from: 'partner' }, prices: 'keep' },
      })
      .expect(400);
    expect(noProductIds.body.errors.map((error: { field: string }) => error.field)).toEqual(['rules.productIds']);
  });

  it('is for the distributor’s staff: a customer-scoped token is refused', async () => {
    const buyer = crossdock.token({
      subject: 'buyer@acme.example',
      scopes: ['process:read', 'process:write'],
      customerId: 'C-1001',
    });
    await crossdock.http.get('/process/v1/partners').set('Authorization', `Bearer ${buyer}`).expect(403);
  });
});

describe('orders from partners whose data the ERP does or does not know', () => {
  it('holds the sample UNKNOWN_CUSTOMER when the partner orders for an account the ERP does not have', async () => {
    const shop = aShopDomain('no-account');
    await api.createPartner({
      channel: 'shopify',
      customerId: 'C-NOT-IN-ERP',
      identifiers: { shopDomain: shop },
      webhookSecrets: [SECRET],
    });
    const receipt = await deliverSample(shop, '5000000000000000001');
    const [order] = await api.settledOrdersOf(receipt.body.documentId);
    expect(order!.status).toBe('HELD');
    expect(order!.holds.map((hold) => hold.reasonCode)).toContain('UNKNOWN_CUSTOMER');
  });

  it('holds the sample ADDRESS_INCOMPLETE when its ship-to has no state', async () => {
    const shop = aShopDomain('no-state');
    await api.createPartner(
      { channel: 'shopify', identifiers: { shopDomain: shop }, webhookSecrets: [SECRET] },
      CROSS_REFERENCED,
    );
    const receipt = await deliverSample(shop, '5000000000000000002', (text) =>
      text.replaceAll('"province_code": "KY"', '"province_code": null'),
    );
    const [order] = await api.settledOrdersOf(receipt.body.documentId);
    expect(order!.holds.map((hold) => hold.reasonCode)).toContain('ADDRESS_INCOMPLETE');
  });

  it('submits the sample to the ERP when the partner’s cross-references map its iPods onto items the ERP knows', async () => {
    const shop = aShopDomain('cross-referenced');
    await api.createPartner(
      {
        channel: 'shopify',
        identifiers: { shopDomain: shop },
        webhookSecrets: [SECRET],
        itemCrossReferences: IPODS_TO_SEEDED_ITEMS,
      },
      CROSS_REFERENCED,
    );
    const receipt = await deliverSample(shop, '5000000000000000003');
    const [order] = await api.settledOrdersOf(receipt.body.documentId);
    expect(order).toMatchObject({
      status: 'SUBMITTED',
      sourceOrderId: '5000000000000000003',
      erpOrderId: expect.any(String),
    });
    expect(order!.lines.map((line) => [line.sku, line.quantity, line.uom])).toEqual([
      ['HXB-004', 1, 'EA'],
      ['HXB-001', 1, 'EA'],
      ['GLV-002', 1, 'CS'],
    ]);
    const document = await api.document(receipt.body.documentId);
    expect(document.orders[0]!.canonicalOrder.lines.map((line) => line.customerPartNumber)).toEqual([
      '39072856',
      'IPOD2008RED',
      'IPOD2008BLACK',
    ]);
  });
});

describe('a new mapping version: tried on a stored document, then the partner moved to it', () => {
  it('dry-runs version 2 on a document version 1 held, showing the order and what differs, then pins the partner and the next order is submitted', async () => {
    const shop = aShopDomain('moving');
    const partnerId = await api.createPartner(
      { channel: 'shopify', identifiers: { shopDomain: shop }, webhookSecrets: [SECRET] },
      AS_SENT_RULES('sku'),
    );
    const partner = (await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body;
    const mapping = partner.mapping.name as string;
    const { name, channel, customerId, identifiers } = partner;

    const first = await deliverSample(shop, '6000000000000000001');
    const [held] = await api.settledOrdersOf(first.body.documentId);
    expect(held!.status).toBe('HELD');

    const etag = (await api.get(`/process/v1/partners/${partnerId}`).expect(200)).headers.etag as string;
    await api
      .put(
        `/process/v1/partners/${partnerId}`,
        {
          name,
          channel,
          customerId,
          identifiers,
          itemCrossReferences: IPODS_TO_SEEDED_ITEMS,
          mapping: partner.mapping,
        },
        etag,
      )
      .expect(200);
    const version = await api.addMapping(
      mapping,
      CROSS_REFERENCED,
      'Cross-reference the shop’s variants and SKUs; our prices',
    );
    expect(version).toBe(2);

    const dryRun = await api
      .post(`/process/v1/mappings/${mapping}/versions/2/dry-run`, { documentId: first.body.documentId })
      .expect(200);
    expect(dryRun.body).toMatchObject({
      partnerId,
      mapping: { name: mapping, version: 2 },
      comparedWith: { name: mapping, version: 1 },
    });
    const [tried] = dryRun.body.orders;
    expect(tried.order.lines.map((line: { sku: string }) => line.sku)).toEqual(['HXB-004', 'HXB-001', 'GLV-002']);
    expect(tried.differences).toEqual(
      expect.arrayContaining([
        { field: 'lines.0.sku', before: 'IPOD2008GREEN', after: 'HXB-004' },
        { field: 'lines.0.unitPrice', before: '199.00' },
        { field: 'lines.2.uom', after: 'CS' },
      ]),
    );
    // Nothing was placed by the dry run, and the partner is still on version 1.
    expect(
      (await api.get(`/process/v1/orders?channel=shopify&sourceOrderId=6000000000000000001`).expect(200)).body.items,
    ).toHaveLength(1);
    expect((await api.get(`/process/v1/partners/${partnerId}`).expect(200)).body.mapping.version).toBe(1);

    const pinned = await api
      .put(`/process/v1/partners/${partnerId}/mapping`, { name: mapping, version: 2 })
      .expect(200);
    expect(pinned.body.mapping).toEqual({ name: mapping, version: 2 });
    const versions = (await api.get(`/process/v1/mappings/${mapping}/versions`).expect(200)).body;
    expect(
      versions.map((entry: { version: number; partnerIds: string[] }) => [entry.version, entry.partnerIds]),
    ).toEqual([
      [1, []],
      [2, [partnerId]],
    ]);

    const second = await deliverSample(shop, '6000000000000000002');
    const [submitted] = await api.settledOrdersOf(second.body.documentId);
    expect(submitted!.status).toBe('SUBMITTED');
    const document = await api.document(second.body.documentId);
    expect(document.orders[0]!.mapping).toEqual({ name: mapping, version: 2 });
    const firstDocument = await api.document(first.body.documentId);
    expect(firstDocument.orders[0]!.mapping).toEqual({ name: mapping, version: 1 });

    // Replaying the first document with version 2 would change an order already placed: refused, not changed.
    const replayed = await api.post(`/process/v1/inbound-documents/${first.body.documentId}/replay`).expect(200);
    expect(replayed.body.outcomes[0].problem.title).toBe('This order arrived before with different content');
    expect(
      (await api.get(`/process/v1/orders?channel=shopify&sourceOrderId=6000000000000000001`).expect(200)).body.items,
    ).toHaveLength(1);
  });

  it('replays a document into the same order, placing nothing twice', async () => {
    const shop = aShopDomain('replayed');
    await api.createPartner({ channel: 'shopify', identifiers: { shopDomain: shop }, webhookSecrets: [SECRET] });
    const receipt = await deliverSample(shop, '6000000000000000003');
    const replayed = await api.post(`/process/v1/inbound-documents/${receipt.body.documentId}/replay`).expect(200);
    expect(replayed.body.outcomes).toEqual([
      { sourceOrderId: '6000000000000000003', orderId: receipt.body.outcomes[0].orderId, duplicate: true },
    ]);
    expect(replayed.body.orders).toHaveLength(1);
  });

  it('finds the document that produced an order', async () => {
    const shop = aShopDomain('traced');
    await api.createPartner({ channel: 'shopify', identifiers: { shopDomain: shop }, webhookSecrets: [SECRET] });
    const receipt = await deliverSample(shop, '6000000000000000004');
    const found = await api
      .get(`/process/v1/inbound-documents?orderId=${receipt.body.outcomes[0].orderId}`)
      .expect(200);
    expect(found.body.items.map((document: { id: string }) => document.id)).toEqual([receipt.body.documentId]);
  });
});
