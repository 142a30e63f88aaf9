import { Writable } from 'node:stream';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { addMappingVersion } from '../partners/mapping-versions';
import { PARTNER_INCLUDE, type PartnerRow } from '../partners/partner-view';
import { createPartner } from '../partners/save-partner';
import type { ChannelOrderDraft } from './channel-order-draft';
import { registerInboundChannels } from './channel-registry';
import { firstPart } from './document-part';
import type { InboundChannel, RejectedOrder } from './inbound-channel';
import { ingestDelivery, type IngestDependencies } from './ingest-document';
import { replayDocument } from './replay-document';

/**
 * A channel of the test's own, registered as any channel is: its documents are a JSON list of drafts,
 * and it answers each refused order with a document of its own. The core knows it only by the interface.
 */
const refusalsAnswered: RejectedOrder[][] = [];
const listChannel: InboundChannel = {
  channel: 'csv',
  readers: {
    'order-list': (parts) => JSON.parse(Buffer.from(firstPart(parts)).toString('utf8')) as ChannelOrderDraft[],
  },
  answerRefusals: async (partner, refused) => {
    refusalsAnswered.push([...refused]);
    return refused.map(
      (order) => async (tx, documentId) =>
        tx.outboundDocument.create({
          data: {
            id: `refusal-of-${order.sourceOrderId}`,
            kind: 'refusal',
            partnerId: partner.id,
            reference: documentId,
            interchangeControlNumber: '',
            groupControlNumbers: [],
            transactionSetControlNumbers: [],
            raw: `${order.sourceOrderId} refused: ${order.code}`,
          },
        }),
    );
  },
};

let db: ProcessDatabase;
let deps: IngestDependencies;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('channel_registry'));
  deps = {
    db,
    clock: { now: () => new Date() },
    wakePipeline: () => undefined,
    logger: createLogger({ service: 'test', stream: new Writable({ write: (_chunk, _encoding, done) => done() }) }),
    channels: registerInboundChannels([listChannel]),
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

async function aPartner(id: string): Promise<PartnerRow> {
  await createPartner(db, {
    id,
    name: id,
    channel: 'csv',
    customerId: 'C-1001',
    identifiers: {},
    mapping: { name: 'as-sent', version: 1 },
  });
  return db.tradingPartner.findUniqueOrThrow({ where: { id }, include: PARTNER_INCLUDE });
}

const order = (sourceOrderId: string, quantity: string): ChannelOrderDraft => ({
  channel: 'csv',
  sourceOrderId,
  lines: [{ productIds: [{ qualifier: 'sku', id: 'HX-2201' }], quantity }],
});
const listOf = (...orders: ChannelOrderDraft[]) => [
  { name: 'body', contentType: 'application/json', body: Buffer.from(JSON.stringify(orders)) },
];

describe('a channel registered with the inbound-documents core', () => {
  it("has its documents read by its reader, and a refused order answered by it, the answer kept with the refusal's event", async () => {
    const partner = await aPartner('list-partner');
    const result = await ingestDelivery(deps, {
      channel: 'csv',
      kind: 'order-list',
      partner,
      parts: listOf(order('L-1', '2'), order('L-2', '0')),
    });

    expect(result.status).toBe('partially-processed');
    expect(result.outcomes).toEqual([
      { sourceOrderId: 'L-1', orderId: expect.any(String) },
      {
        sourceOrderId: 'L-2',
        problem: expect.objectContaining({ title: expect.stringContaining('cannot be mapped') }),
      },
    ]);
    const answer = await db.outboundDocument.findUniqueOrThrow({ where: { id: 'refusal-of-L-2' } });
    expect(answer).toMatchObject({ partnerId: 'list-partner', reference: result.documentId });
    expect(answer.raw).toBe('L-2 refused: not-mappable');
    const [event] = await db.outboxEvent.findMany({ where: { subject: result.documentId } });
    expect(event?.data).toMatchObject({ sourceOrderId: 'L-2', answerDocumentId: 'refusal-of-L-2' });
  });

  it('is not asked to answer a refusal again when the document is replayed', async () => {
    const partner = await aPartner('replayed-partner');
    const { documentId } = await ingestDelivery(deps, {
      channel: 'csv',
      kind: 'order-list',
      partner,
      parts: listOf(order('R-1', '0')),
    });
    const askedBefore = refusalsAnswered.length;

    const replayed = await replayDocument(deps, documentId);

    expect(replayed.status).toBe('rejected');
    expect(refusalsAnswered.length).toBe(askedBefore);
    expect(await db.outboundDocument.count({ where: { reference: documentId } })).toBe(1);
  });

  it('keeps a document of a kind no channel reads, rejected, and says so', async () => {
    const partner = await aPartner('unknown-kind');
    const result = await ingestDelivery(deps, {
      channel: 'csv',
      kind: 'spreadsheet',
      partner,
      parts: listOf(order('U-1', '1')),
    });

    expect(result.status).toBe('rejected');
    expect(result.unreadable).toMatchObject({
      status: 400,
      message: 'Crossdock has no reader for spreadsheet documents.',
    });
    expect(await db.inboundDocument.findUniqueOrThrow({ where: { id: result.documentId } })).toMatchObject({
      kind: 'spreadsheet',
      status: 'rejected',
    });
  });
});

describe('registering channels', () => {
  it('refuses two channels that read one kind of document, and one channel registered twice', () => {
    const other: InboundChannel = { channel: 'amazon', readers: { 'order-list': () => [] } };

    expect(() => registerInboundChannels([listChannel, other])).toThrow('Two channels read order-list documents.');
    expect(() => registerInboundChannels([listChannel, { ...listChannel, readers: {} }])).toThrow(
      'The csv channel is registered twice.',
    );
  });

  it('answers nothing for a partner whose channel writes no refusals of its own', async () => {
    const silent = registerInboundChannels([{ channel: 'amazon', readers: {} }]);
    const partner = { channel: 'amazon' } as PartnerRow;

    expect(await silent.answerRefusals(partner, [{ code: 'refused', problem: { title: 'No' } }])).toEqual([undefined]);
  });
});
