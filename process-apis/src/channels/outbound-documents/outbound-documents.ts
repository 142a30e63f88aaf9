import { randomUUID } from 'node:crypto';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { pageSize, toPage, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { ProcessDatabase } from '../../database';
import { newestFirst, newestFirstAfter, newestFirstKey } from '../../orders/newest-first';
import { storableText } from '../../inbound-documents/storable-text';
import type { WrittenInterchange } from '../x12/write-interchange';

/** The kinds of document Crossdock writes for partners. */
export const OUTBOUND_DOCUMENT_KINDS = [
  '855',
  '856',
  '810',
  '997',
  'TA1',
  'ubl-order-response',
  'CONTRL',
  'ORDRSP',
  'DESADV',
  'INVOIC',
  'amazon-vendor-acknowledgement',
] as const;
export type OutboundDocumentKind = (typeof OUTBOUND_DOCUMENT_KINDS)[number];

/** A document as it was sent, with the control numbers it carries. */
export interface OutboundDocument {
  id: string;
  kind: OutboundDocumentKind;
  partnerId?: string;
  /** What it was made from: an order, shipment or invoice id, or the interchange a 997 answers. */
  reference?: string;
  interchangeControlNumber: string;
  groupControlNumbers: string[];
  transactionSetControlNumbers: string[];
  /** Exactly the text sent. */
  raw: string;
  /** What the partner's 997, 999, TA1 or CONTRL said of it; `sent` until one arrives. */
  status: OutboundDocumentStatus;
  /** The inbound document (the partner's acknowledgement) that set the status. */
  acknowledgedBy?: string;
  /** @format date-time */
  acknowledgedAt?: string;
  /** @format date-time */
  createdAt: string;
}

/** `owed`: written, not yet taken by the partner's API (an Amazon Vendor acknowledgement goes on the next poll). */
export type OutboundDocumentStatus =
  | 'owed'
  | 'sent'
  | 'accepted'
  | 'accepted-with-errors'
  | 'partially-accepted'
  | 'rejected';

export interface KeepOutboundDocument {
  kind: OutboundDocumentKind;
  partnerId?: string;
  reference?: string;
  written: WrittenInterchange;
}

/**
 * Keeps a generated document with its control numbers. Pass the transaction of the change that
 * made the document (an order acknowledged, a shipment noticed) as `db`, and both are kept together.
 */
export async function keepOutboundDocument(
  db: Pick<ProcessDatabase, 'outboundDocument'>,
  document: KeepOutboundDocument,
): Promise<OutboundDocument> {
  const row = await db.outboundDocument.create({
    data: {
      id: `out_${randomUUID()}`,
      kind: document.kind,
      partnerId: document.partnerId ?? null,
      reference: document.reference ?? null,
      interchangeControlNumber: document.written.interchangeControlNumber,
      groupControlNumbers: document.written.groupControlNumbers,
      transactionSetControlNumbers: document.written.transactionSetControlNumbers,
      raw: storableText(document.written.text),
    },
  });
  return toOutboundDocument(row);
}

/** One kept document. @throws NotFoundError when there is none with this id. */
export async function getOutboundDocument(db: ProcessDatabase, id: string): Promise<OutboundDocument> {
  const row = await db.outboundDocument.findUnique({ where: { id } });
  if (!row) throw new NotFoundError(`Outbound document ${id} does not exist.`);
  return toOutboundDocument(row);
}

/** The documents sent under an interchange control number (to a partner, when given), newest first: what a partner's 997 answers. */
export async function findOutboundDocuments(
  db: ProcessDatabase,
  interchangeControlNumber: string,
  partnerId?: string,
): Promise<OutboundDocument[]> {
  const rows = await db.outboundDocument.findMany({
    where: { interchangeControlNumber, ...(partnerId ? { partnerId } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
  });
  return rows.map(toOutboundDocument);
}

export interface OutboundDocumentFilter {
  partnerId?: string;
  kind?: OutboundDocumentKind;
  cursor?: string;
  limit?: number;
}

/** Documents sent, newest first, cursor-paginated, filtered by partner and kind. */
export async function listOutboundDocuments(
  db: ProcessDatabase,
  filter: OutboundDocumentFilter,
): Promise<Page<OutboundDocument>> {
  const take = pageSize(filter.limit);
  const rows = await db.outboundDocument.findMany({
    where: {
      ...newestFirstAfter(filter.cursor),
      ...(filter.partnerId ? { partnerId: filter.partnerId } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
    },
    orderBy: newestFirst(),
    take: take + 1,
  });
  const page = toPage(rows, take, newestFirstKey);
  return { ...page, items: page.items.map(toOutboundDocument) };
}

function toOutboundDocument(row: Awaited<ReturnType<ProcessDatabase['outboundDocument']['create']>>): OutboundDocument {
  const document: OutboundDocument = {
    id: row.id,
    kind: row.kind as OutboundDocumentKind,
    interchangeControlNumber: row.interchangeControlNumber,
    groupControlNumbers: row.groupControlNumbers,
    transactionSetControlNumbers: row.transactionSetControlNumbers,
    raw: row.raw,
    status: row.status as OutboundDocumentStatus,
    createdAt: row.createdAt.toISOString(),
  };
  if (row.acknowledgedBy) document.acknowledgedBy = row.acknowledgedBy;
  if (row.acknowledgedAt) document.acknowledgedAt = row.acknowledgedAt.toISOString();
  if (row.partnerId) document.partnerId = row.partnerId;
  if (row.reference) document.reference = row.reference;
  return document;
}
