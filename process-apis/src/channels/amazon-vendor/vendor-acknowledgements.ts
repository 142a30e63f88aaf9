import { randomUUID } from 'node:crypto';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { UpstreamProblemError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../../database';
import type { Prisma } from '../../generated/prisma/client';
import { orderColumns } from '../../orders/order-columns';
import { IDENTIFIER_KINDS, type PartnerRow } from '../../partners/partner-view';
import { recordStep } from '../../timeline/record-step';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { parseDocument } from '../read-channel-json';
import { eachesOf, purchaseOrderIn, vendorPurchaseOrderSchema } from './read-vendor-purchase-order';
import { acceptedItem, writeAcknowledgement, type ItemAnswer } from './vendor-acknowledgement';

/** The kind an acknowledgement is kept as (an outbound document, its PO number where X12 keeps a control number). */
export const ACKNOWLEDGEMENT_KIND = 'amazon-vendor-acknowledgement';

// Orders the ERP has taken: every item is answered from the order's plan (what is backordered).
const ACCEPTED_STATUSES = ['SUBMITTED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED'];
// Orders that will not ship at all: every item is rejected. A held or dead-lettered order is not
// decided yet: it waits, visible in the work queue, and is answered once a person has decided.
const REFUSED_STATUSES = ['REJECTED', 'CANCELLED'];
// A poll answers at most this many orders; the rest are answered on the next.
const BATCH = 50;

type Writer = Pick<ProcessDatabase, 'outboundDocument'> | Prisma.TransactionClient;

/** The partner's vendor code, for an order that does not name its selling party. */
export const vendorCodeOf = (partner: PartnerRow) =>
  partner.identifiers.find((identifier) => identifier.kind === IDENTIFIER_KINDS.sellerId)?.value;

/** Keeps an acknowledgement to send on the partner's next poll (status `owed`). */
export async function keepOwedAcknowledgement(
  db: Writer,
  owed: { partnerId: string; reference: string; purchaseOrderNumber: string; text: string },
): Promise<{ id: string }> {
  return db.outboundDocument.create({
    data: {
      id: `out_${randomUUID()}`,
      kind: ACKNOWLEDGEMENT_KIND,
      partnerId: owed.partnerId,
      reference: owed.reference,
      interchangeControlNumber: owed.purchaseOrderNumber,
      groupControlNumbers: [],
      transactionSetControlNumbers: [],
      raw: owed.text,
      status: 'owed',
    },
    select: { id: true },
  });
}

/** Every item of a kept purchase order rejected, in Amazon's terms (a PO refused when it was taken in). */
export function rejectionOf(parts: DocumentPart[], partner: PartnerRow, purchaseOrderNumber: string, at: Date) {
  return writeAcknowledgement(parts, () => [{ code: 'Rejected' }], {
    vendorCode: vendorCodeOf(partner),
    at,
    purchaseOrderNumber,
  })!;
}

/**
 * Writes the acknowledgement of each of the partner's orders that the ERP took or that was refused
 * since it was taken in, and that has none yet: kept `owed` with a timeline entry on the order.
 */
export async function acknowledgeDecidedOrders(db: ProcessDatabase, partner: PartnerRow, at: Date): Promise<number> {
  const decided = await db.$queryRaw<{ orderId: string; documentId: string }[]>`
    select distinct on (l."orderId") l."orderId", l."documentId"
    from "InboundDocumentOrder" l join "Order" o on o."id" = l."orderId"
    where l."partnerId" = ${partner.id} and o."status" = any(${[...ACCEPTED_STATUSES, ...REFUSED_STATUSES]}::text[])
      and not exists (select 1 from "OutboundDocument" d where d."kind" = ${ACKNOWLEDGEMENT_KIND} and d."reference" = l."orderId")
    order by l."orderId", l."createdAt" limit ${BATCH}`;
  for (const { orderId, documentId } of decided) {
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const parts = await db.inboundDocumentPart.findMany({ where: { documentId }, orderBy: { seq: 'asc' } });
    const answers = REFUSED_STATUSES.includes(order.status)
      ? () => [{ code: 'Rejected' as const }]
      : acceptance(order, parts);
    const written = writeAcknowledgement(parts, answers, {
      vendorCode: vendorCodeOf(partner),
      at,
      purchaseOrderNumber: order.purchaseOrderNumber ?? order.sourceOrderId,
    })!;
    await db.$transaction(async (tx) => {
      await keepOwedAcknowledgement(tx, { partnerId: partner.id, reference: orderId, ...written });
      await recordStep(tx, {
        orderId,
        step: 'acknowledge',
        outcome: 'succeeded',
        detail: `Amazon Vendor acknowledgement of ${written.purchaseOrderNumber} written (${summary(written.text)}).`,
        actor: `partner:${partner.id}`,
      });
    });
  }
  return decided.length;
}

/** What an order the ERP took says of each item, from the purchase order as kept and the order's plan. */
function acceptance(order: { received: unknown; plan: unknown }, parts: DocumentPart[]) {
  const items = parseDocument(vendorPurchaseOrderSchema, purchaseOrderIn(parts), 'Vendor Orders purchase order')
    .orderDetails.items;
  const received = orderColumns.received.read(order.received);
  const plan = orderColumns.plan.read(order.plan);
  return (index: number): ItemAnswer[] => {
    const item = items[index];
    if (!item) return [];
    const lineNumber = received.lines[index]?.lineNumber ?? index + 1;
    const backordered = plan?.lines.find((line) => line.lineNumber === lineNumber)?.backordered ?? 0;
    const ordered = BigInt(eachesOf(item.orderedQuantity, `items.${index}.orderedQuantity`));
    return acceptedItem(ordered, BigInt(Math.max(0, Math.round(backordered))), item.isBackOrderAllowed === true);
  };
}

/** "Accepted, Backordered": the codes an acknowledgement says, for the timeline. */
function summary(text: string): string {
  const codes = [...text.matchAll(/"acknowledgementCode":"(\w+)"/g)].map((match) => match[1]);
  return [...new Set(codes)].join(', ') || 'no quantity';
}

/**
 * Sends the partner's owed acknowledgements, oldest first, each on its own: Amazon's 202 marks it
 * `sent` with Amazon's transaction id; a 4xx refusal of it marks it `rejected` (sending it again
 * would be refused again) and is logged; anything else (Amazon away) stops here, to go on next poll.
 */
export async function sendOwedAcknowledgements(
  db: ProcessDatabase,
  partnerId: string,
  submit: (text: string) => Promise<string | undefined>,
  logger: Logger,
): Promise<string[]> {
  const owed = await db.outboundDocument.findMany({
    where: { kind: ACKNOWLEDGEMENT_KIND, partnerId, status: 'owed' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: BATCH,
  });
  const sent: string[] = [];
  for (const document of owed) {
    let transactionId: string | undefined;
    try {
      transactionId = await submit(document.raw);
    } catch (error) {
      if (!refusedByAmazon(error)) throw error;
      await db.outboundDocument.update({ where: { id: document.id }, data: { status: 'rejected' } });
      logger.warn('Amazon refused a vendor acknowledgement', {
        partnerId,
        documentId: document.id,
        error: error.message,
      });
      continue;
    }
    await db.$transaction(async (tx) => {
      await tx.outboundDocument.update({
        where: { id: document.id },
        data: { status: 'sent', transactionSetControlNumbers: transactionId ? [transactionId] : [] },
      });
      const order = document.reference ? await tx.order.findUnique({ where: { id: document.reference } }) : null;
      if (order)
        await recordStep(tx, {
          orderId: order.id,
          step: 'acknowledge',
          outcome: 'succeeded',
          detail: `Amazon Vendor acknowledgement of ${document.interchangeControlNumber} sent (transaction ${transactionId ?? 'not given'}).`,
          actor: `partner:${partnerId}`,
        });
    });
    sent.push(document.id);
  }
  return sent;
}

function refusedByAmazon(error: unknown): error is CrossdockError {
  return (
    error instanceof UpstreamProblemError &&
    error.status >= 400 &&
    error.status < 500 &&
    ![401, 403, 408, 429].includes(error.status)
  );
}
