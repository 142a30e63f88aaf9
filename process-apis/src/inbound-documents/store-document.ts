import { createHash, randomUUID } from 'node:crypto';
import { currentCorrelationId } from '@crossdock/shared-contracts/platform/context/request-context';
import { isUniqueViolation } from '@crossdock/shared-contracts/platform/database/unique-violation';
import type { ProcessDatabase } from '../database';
import type { DocumentPart } from './document-part';

export interface DocumentToStore {
  channel: string;
  kind: string;
  /** Absent for a document whose sender is no partner (kept to show what was refused). */
  partnerId?: string;
  /** The channel's id of this delivery; a second delivery with it is the same document. */
  deliveryId?: string;
  parts: DocumentPart[];
}

export interface StoredDocument {
  id: string;
  /** False when this delivery had been stored before (same partner, same delivery id). */
  created: boolean;
  status: string;
}

/** SHA-256 over every part's bytes, in order. */
export function documentHash(parts: DocumentPart[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part.body);
  return hash.digest('hex');
}

/**
 * Keeps a document byte for byte, with its parts, before anything is read from it: whatever
 * happens next, it is not lost. A delivery id seen before answers the stored document instead
 * (also when two copies race: the unique constraint decides).
 */
export async function storeDocument(db: ProcessDatabase, document: DocumentToStore): Promise<StoredDocument> {
  if (document.deliveryId && document.partnerId) {
    const existing = await findDelivery(db, document.partnerId, document.deliveryId);
    if (existing) return existing;
  }
  const id = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      await tx.inboundDocument.create({
        data: {
          id,
          channel: document.channel,
          kind: document.kind,
          partnerId: document.partnerId ?? null,
          deliveryId: document.deliveryId ?? null,
          status: 'received',
          sha256: documentHash(document.parts),
          correlationId: currentCorrelationId() ?? 'none',
        },
      });
      await tx.inboundDocumentPart.createMany({
        data: document.parts.map((part, seq) => ({
          documentId: id,
          seq,
          name: part.name,
          contentType: part.contentType,
          body: Buffer.from(part.body),
          sizeBytes: part.body.byteLength,
        })),
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error) || !document.deliveryId || !document.partnerId) throw error;
    const winner = await findDelivery(db, document.partnerId, document.deliveryId);
    if (winner) return winner;
    throw error;
  }
  return { id, created: true, status: 'received' };
}

async function findDelivery(
  db: ProcessDatabase,
  partnerId: string,
  deliveryId: string,
): Promise<StoredDocument | undefined> {
  const existing = await db.inboundDocument.findUnique({
    where: { partnerId_deliveryId: { partnerId, deliveryId } },
    select: { id: true, status: true },
  });
  return existing ? { id: existing.id, created: false, status: existing.status } : undefined;
}

/** A stored document's parts, as they arrived. */
export async function partsOf(db: ProcessDatabase, documentId: string): Promise<DocumentPart[]> {
  const parts = await db.inboundDocumentPart.findMany({ where: { documentId }, orderBy: { seq: 'asc' } });
  return parts.map((part) => ({ name: part.name, contentType: part.contentType, body: part.body }));
}
