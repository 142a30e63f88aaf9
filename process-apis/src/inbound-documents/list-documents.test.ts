import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcessDatabase, type ProcessDatabase } from '../database';
import { documentView } from './document-view';
import { documentPart, listDocuments } from './list-documents';
import { storeDocument } from './store-document';

let db: ProcessDatabase;

beforeAll(async () => {
  db = await openProcessDatabase(await createTestDatabase('list_documents'));
});
afterAll(async () => {
  await db?.$disconnect();
});

describe('listing inbound documents', () => {
  it('shows each part’s size without reading any body, and still gives a part’s bytes on request', async () => {
    const page = Buffer.from('{"items":[]}');
    const items = Buffer.alloc(70_000, 0x20);
    const stored = await storeDocument(db, {
      channel: 'amazon',
      kind: 'amazon-orders-page',
      parts: [
        { name: 'page', contentType: 'application/json', body: page },
        { name: 'items', contentType: 'application/json', body: items },
      ],
    });

    // What the list asks the database for: every findMany of documents, as Prisma is given it.
    const asked: unknown[] = [];
    const watched = db.$extends({
      query: { inboundDocument: { findMany: ({ args, query }) => (asked.push(args), query(args)) } },
    }) as unknown as ProcessDatabase;
    const listed = await listDocuments(watched, { channel: 'amazon' });

    expect(listed.items.find((document) => document.id === stored.id)?.parts).toEqual([
      { seq: 0, name: 'page', contentType: 'application/json', sizeBytes: page.length },
      { seq: 1, name: 'items', contentType: 'application/json', sizeBytes: 70_000 },
    ]);
    expect(asked).toHaveLength(1);
    expect(JSON.stringify(asked[0])).not.toContain('"body"');
    expect((await documentView(db, stored.id)).parts.map((part) => part.sizeBytes)).toEqual([page.length, 70_000]);
    expect(Buffer.compare(Buffer.from((await documentPart(db, stored.id, 1)).body), items)).toBe(0);
  });
});
