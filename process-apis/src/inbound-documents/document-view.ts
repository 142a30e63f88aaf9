import type {
  InboundDocumentStatus,
  InboundDocumentView,
} from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { SalesOrderStatus } from '@crossdock/shared-contracts/contracts/model/sales-order';
import type { ProcessDatabase } from '../database';
import type { Prisma } from '../generated/prisma/client';
import { outcomesColumn } from './document-columns';

// The parts' sizes, never their bodies: a list of documents would read every body it shows.
export const DOCUMENT_INCLUDE = {
  parts: { select: { seq: true, name: true, contentType: true, sizeBytes: true }, orderBy: { seq: 'asc' } },
  orders: { orderBy: { createdAt: 'asc' } },
} as const satisfies Prisma.InboundDocumentInclude;

export type DocumentRow = Prisma.InboundDocumentGetPayload<{ include: typeof DOCUMENT_INCLUDE }>;

/** The orders linked to documents, as received and as they stand: the document view shows both. */
export type LinkedOrders = ReadonlyMap<string, { received: unknown; status: string }>;

export async function linkedOrders(db: ProcessDatabase, rows: DocumentRow[]): Promise<LinkedOrders> {
  const ids = rows.flatMap((row) => row.orders.map((link) => link.orderId));
  if (ids.length === 0) return new Map();
  const orders = await db.order.findMany({
    where: { id: { in: ids } },
    select: { id: true, received: true, status: true },
  });
  return new Map(orders.map((order) => [order.id, order]));
}

/** A document as the process API shows it: what it was, how it arrived, and what it became. */
export function toDocumentView(row: DocumentRow, orders: LinkedOrders): InboundDocumentView {
  return {
    id: row.id,
    channel: row.channel,
    kind: row.kind,
    partnerId: row.partnerId ?? undefined,
    deliveryId: row.deliveryId ?? undefined,
    status: row.status as InboundDocumentStatus,
    sha256: row.sha256,
    correlationId: row.correlationId,
    receivedAt: row.receivedAt.toISOString(),
    processedAt: row.processedAt?.toISOString(),
    parts: row.parts.map((part) => ({
      seq: part.seq,
      name: part.name,
      contentType: part.contentType,
      sizeBytes: part.sizeBytes,
    })),
    outcomes: outcomesColumn.read(row.outcome) ?? [],
    orders: row.orders.map((link) => ({
      status: orders.get(link.orderId)?.status as SalesOrderStatus,
      canonicalOrder: orders.get(link.orderId)?.received as SalesOrderInput,
      orderId: link.orderId,
      sourceOrderId: link.sourceOrderId,
      partnerId: link.partnerId,
      mapping: { name: link.mappingName, version: link.mappingVersion },
      linkedAt: link.createdAt.toISOString(),
    })),
  };
}

export async function findDocument(db: ProcessDatabase, documentId: string): Promise<DocumentRow> {
  const row = await db.inboundDocument.findUnique({ where: { id: documentId }, include: DOCUMENT_INCLUDE });
  if (!row) throw new NotFoundError(`There is no inbound document ${documentId}.`);
  return row;
}

/** One document, as the process API shows it. */
export async function documentView(db: ProcessDatabase, documentId: string): Promise<InboundDocumentView> {
  const row = await findDocument(db, documentId);
  return toDocumentView(row, await linkedOrders(db, [row]));
}
