import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../../database';
import { createPostgresControlNumbers } from '../x12/postgres-control-numbers';
import { write856 } from '../x12/write-856';
import { testEnvelope } from '../x12/x12-test-documents';
import { findOutboundDocuments, getOutboundDocument, keepOutboundDocument } from './outbound-documents';

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('outbound_documents'));
});
afterAll(async () => {
  await db?.$disconnect();
});

/** A ship notice for shipment `shipmentId`, written under freshly allocated control numbers. */
async function aShipNotice(shipmentId: string) {
  const controlNumbers = await createPostgresControlNumbers(db).allocate('ZZ:CROSSDOCK>ZZ:ACMEHW');
  return write856(
    {
      shipmentId,
      shippedAt: '2026-12-01T15:45:00Z',
      carrier: 'UPSN',
      purchaseOrderNumber: 'PO-7781',
      shipTo: { ids: [{ qualifier: '92', id: '0112' }], address: { name: 'Acme Hardware Store 112' } },
      packages: [{ lines: [{ orderLineNumber: 1, sku: 'GLV-002', quantity: 2, uom: 'CS' }] }],
    },
    testEnvelope({ controlNumbers }),
  );
}

describe('outbound documents', () => {
  it('keeps a generated document exactly as sent, with its kind, partner, reference and control numbers', async () => {
    const written = await aShipNotice('SH-000042');

    const kept = await keepOutboundDocument(db, {
      kind: '856',
      partnerId: 'acme-hardware',
      reference: 'SH-000042',
      written,
    });

    expect(await getOutboundDocument(db, kept.id)).toEqual({
      id: kept.id,
      kind: '856',
      partnerId: 'acme-hardware',
      reference: 'SH-000042',
      interchangeControlNumber: written.interchangeControlNumber,
      groupControlNumbers: written.groupControlNumbers,
      transactionSetControlNumbers: ['0001'],
      raw: written.text,
      status: 'sent',
      createdAt: kept.createdAt,
    });
    expect(kept.raw.startsWith('ISA*')).toBe(true);
  });

  it('keeps a document without a partner, and finds documents by the interchange control number a partner quotes', async () => {
    const written = await aShipNotice('SH-000043');
    const kept = await keepOutboundDocument(db, { kind: '856', written });

    expect(kept.partnerId).toBeUndefined();
    expect((await findOutboundDocuments(db, written.interchangeControlNumber)).map((document) => document.id)).toEqual([
      kept.id,
    ]);
    expect(await findOutboundDocuments(db, written.interchangeControlNumber, 'someone-else')).toEqual([]);
  });

  it('is kept together with the change that made it, or not at all', async () => {
    const written = await aShipNotice('SH-000044');

    await expect(
      db.$transaction(async (tx) => {
        await keepOutboundDocument(tx, { kind: '856', reference: 'SH-000044', written });
        throw new Error('the shipment update failed');
      }),
    ).rejects.toThrow('the shipment update failed');

    expect(await findOutboundDocuments(db, written.interchangeControlNumber)).toEqual([]);
  });

  it('answers not found for an id it does not hold', async () => {
    await expect(getOutboundDocument(db, 'out_nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});
