import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { registerInboundChannels } from '../inbound-documents/channel-registry';
import { ingestDelivery, type IngestDependencies } from '../inbound-documents/ingest-document';
import { addMappingVersion } from '../partners/mapping-versions';
import { PARTNER_INCLUDE, type PartnerRow } from '../partners/partner-view';
import { createPartner } from '../partners/save-partner';
import { channelFixture } from './channel-fixtures';
import { magentoChannel } from './magento/magento-channel';
import { shopifyChannel } from './shopify/shopify-channel';

let db: ProcessDatabase;
let deps: IngestDependencies;
let wakes = 0;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('ingest_document'));
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  deps = {
    db,
    clock: { now: () => new Date() },
    wakePipeline: () => void wakes++,
    logger: createLogger({ service: 'test', stream: quiet }),
    channels: registerInboundChannels([shopifyChannel, magentoChannel]),
    cancelOrder: () => Promise.reject(new Error('No order is cancelled in this test.')),
  };
  await addMappingVersion(
    db,
    'as-sent',
    {
      description: 'SKUs as sent',
      rules: { productIds: [{ qualifier: 'sku', lookup: 'as-sku' }], customer: { from: 'partner' }, prices: 'keep' },
    },
    'test',
  );
});
afterAll(async () => {
  await db?.$disconnect();
});

async function aPartner(id: string, channel: 'shopify' | 'magento'): Promise<PartnerRow> {
  await createPartner(db, {
    id,
    name: id,
    channel,
    customerId: 'C-1001',
    identifiers: channel === 'shopify' ? { shopDomain: `${id}.myshopify.com` } : {},
    mapping: { name: 'as-sent', version: 1 },
  });
  return db.tradingPartner.findUniqueOrThrow({ where: { id }, include: PARTNER_INCLUDE });
}

describe('taking in a document a channel delivered', () => {
  it('keeps one document and places one order for 20 simultaneous copies of one delivery', async () => {
    const partner = await aPartner('copies', 'shopify');
    const body = channelFixture('shopify-order_python-api-fixture_order.json');
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        ingestDelivery(deps, {
          channel: 'shopify',
          kind: 'shopify-order',
          partner,
          deliveryId: 'the-one-delivery',
          parts: [{ name: 'body', contentType: 'application/json', body }],
        }),
      ),
    );
    expect(new Set(results.map((result) => result.documentId)).size).toBe(1);
    expect(await db.inboundDocument.count({ where: { partnerId: 'copies' } })).toBe(1);
    expect(await db.order.count({ where: { channel: 'shopify', sourceOrderId: '450789469' } })).toBe(1);
    expect(await db.inboundDocumentOrder.count({ where: { partnerId: 'copies' } })).toBe(1);
  });

  it('places the orders of a page it can map and reports the one it cannot: partially processed', async () => {
    const partner = await aPartner('half-page', 'magento');
    const good = channelFixture('magento2-rest_GET-V1-orders-3_adobedocs-full.json').toString();
    // Nothing to order: an order no canonical order can carry (an incomplete address can: it is held).
    const nothing = good
      .replace('"increment_id": "000000003"', '"increment_id": "000000099"')
      .replaceAll('"qty_ordered": 1,', '"qty_ordered": 0,');
    const page = Buffer.from(`{"items":[${good},${nothing}],"total_count":2}`);
    const result = await ingestDelivery(deps, {
      channel: 'magento',
      kind: 'magento-orders-page',
      partner,
      parts: [{ name: '/V1/orders', contentType: 'application/json', body: page }],
    });
    expect(result.status).toBe('partially-processed');
    expect(result.outcomes).toEqual([
      { sourceOrderId: '000000003', orderId: expect.any(String) },
      {
        sourceOrderId: '000000099',
        problem: expect.objectContaining({
          errors: expect.arrayContaining([expect.objectContaining({ field: 'lines.0.quantity' })]),
        }),
      },
    ]);
    const stored = await db.inboundDocumentPart.findUniqueOrThrow({
      where: { documentId_seq: { documentId: result.documentId, seq: 0 } },
    });
    expect(Buffer.compare(Buffer.from(stored.body), page)).toBe(0);
  });

  it('keeps a document it cannot read, as rejected, and says why', async () => {
    const partner = await aPartner('unreadable', 'shopify');
    const result = await ingestDelivery(deps, {
      channel: 'shopify',
      kind: 'shopify-order',
      partner,
      deliveryId: 'bad',
      parts: [{ name: 'body', contentType: 'application/json', body: Buffer.from('not json') }],
    });
    expect(result).toMatchObject({ status: 'rejected', unreadable: expect.objectContaining({ status: 400 }) });
    expect(await db.inboundDocument.findUniqueOrThrow({ where: { id: result.documentId } })).toMatchObject({
      status: 'rejected',
    });
  });
});
