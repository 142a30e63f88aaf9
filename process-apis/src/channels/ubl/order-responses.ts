import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client';
import type { ProcessDatabase } from '../../database';
import { keepOutboundDocument, type OutboundDocument } from '../outbound-documents/outbound-documents';
import type { UblOrder } from './read-ubl-order';
import { UBL_ORDER_RESPONSE_KIND } from './ubl-names';
import { writeOrderResponse, type OrderResponseCode, type OrderResponseLine } from './write-order-response';

/** What an OrderResponse answers: the order as the buyer sent it, and what we say of it. */
export interface OrderResponseToKeep {
  partnerId: string;
  order: UblOrder;
  code: OrderResponseCode;
  note?: string;
  /** For CA: each line and what becomes of it. */
  lines?: OrderResponseLine[];
  /** Our order's id, for an order accepted. */
  salesOrderId?: string;
  /** The order accepted, or the inbound document whose order was refused. */
  reference: string;
  at: Date;
}

/**
 * Writes an OrderResponse back to the buyer, addressed from the seller endpoint the order named to
 * the buyer's endpoint, and keeps it as an outbound document (its cbc:ID where an X12 document keeps
 * its interchange control number). Pass the transaction of the change it answers as `db`.
 */
export async function keepOrderResponse(
  db: Pick<ProcessDatabase, 'outboundDocument'> | Prisma.TransactionClient,
  response: OrderResponseToKeep,
): Promise<OutboundDocument> {
  const id = `OR-${randomUUID()}`;
  const text = writeOrderResponse({
    id,
    issuedAt: response.at,
    code: response.code,
    ...(response.note ? { note: response.note } : {}),
    ...(response.salesOrderId ? { salesOrderId: response.salesOrderId } : {}),
    ...(response.lines ? { lines: response.lines } : {}),
    orderId: response.order.id,
    currency: response.order.currency,
    seller: response.order.seller,
    buyer: response.order.buyer,
  });
  return keepOutboundDocument(db, {
    kind: UBL_ORDER_RESPONSE_KIND,
    partnerId: response.partnerId,
    reference: response.reference,
    written: { text, interchangeControlNumber: id, groupControlNumbers: [], transactionSetControlNumbers: [] },
  });
}

/** The OrderResponse kept for an order or for the document it came in, newest first. */
export async function orderResponseFor(db: ProcessDatabase, references: string[]): Promise<{ id: string } | undefined> {
  const row = await db.outboundDocument.findFirst({
    where: { kind: UBL_ORDER_RESPONSE_KIND, reference: { in: references } },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  return row ?? undefined;
}
