import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { InboundDocumentView } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { newestFirstAfter, newestFirstKey } from '../orders/newest-first';
import type { DocumentPart } from './document-part';
import { DOCUMENT_INCLUDE, linkedOrders, toDocumentView } from './document-view';

export interface DocumentFilter {
  partnerId?: string;
  channel?: string;
  status?: string;
  /** Only the document(s) that produced this order. */
  orderId?: string;
  cursor?: string;
  limit?: number;
}

/** Inbound documents newest first, cursor-paginated, filtered by everything given. */
export async function listDocuments(db: ProcessDatabase, filter: DocumentFilter): Promise<Page<InboundDocumentView>> {
  const take = pageSize(filter.limit);
  const where: Prisma.InboundDocumentWhereInput = { ...documentsAfter(filter.cursor) };
  if (filter.partnerId) where.partnerId = filter.partnerId;
  if (filter.channel) where.channel = filter.channel;
  if (filter.status) where.status = filter.status;
  if (filter.orderId) where.orders = { some: { orderId: filter.orderId } };
  const rows = await db.inboundDocument.findMany({
    where,
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
    include: DOCUMENT_INCLUDE,
  });
  const page = toPage(rows, take, (row) => newestFirstKey({ createdAt: row.receivedAt, id: row.id }));
  const orders = await linkedOrders(db, page.items);
  return { ...page, items: page.items.map((row) => toDocumentView(row, orders)) };
}

// The orders' newest-first cursor, on the instant the document was received.
function documentsAfter(cursor: string | undefined): Prisma.InboundDocumentWhereInput {
  const after = newestFirstAfter(cursor);
  if (!after) return {};
  const [older, sameInstant] = after.OR;
  return { OR: [{ receivedAt: older.createdAt }, { receivedAt: sameInstant.createdAt, id: sameInstant.id }] };
}

/** One part of a document, byte for byte as it arrived. */
export async function documentPart(db: ProcessDatabase, documentId: string, seq: number): Promise<DocumentPart> {
  const part = await db.inboundDocumentPart.findUnique({ where: { documentId_seq: { documentId, seq } } });
  if (!part) throw new NotFoundError(`Inbound document ${documentId} has no part ${seq}.`);
  return { name: part.name, contentType: part.contentType, body: part.body };
}
