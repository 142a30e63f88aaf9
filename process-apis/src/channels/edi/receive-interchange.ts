import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import type { X12Identifiers } from '@crossdock/shared-contracts/contracts/api/process-partners';
import { DocumentRejectedError, UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../../database';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { ingestDrafts, problemOf, settleDocument } from '../../inbound-documents/ingest-document';
import { documentHash, storeDocument } from '../../inbound-documents/store-document';
import type { PartnerRow } from '../../partners/partner-view';
import type { WebhookDependencies } from '../receive-signed-webhook';
import {
  getOutboundDocument,
  keepOutboundDocument,
  type OutboundDocument,
} from '../outbound-documents/outbound-documents';
import { acknowledgementGroupCount, write997 } from '../x12/acknowledge-997';
import type { ControlNumberAllocator } from '../x12/control-numbers';
import { purchaseOrdersToTake } from '../x12/purchase-order-purpose';
import { readInboundInterchange, type InboundInterchange } from '../x12/read-inbound-interchange';
import { onlyAcknowledges, readAcknowledgements } from '../x12/read-acknowledgements';
import { printable, UnreadableEnvelopeError } from '../x12/split-segments';
import { readableIsaFields, rejectEnvelope } from './answer-unreadable-envelope';
import { GROUP_ERROR, INTERCHANGE_NOTE } from '../x12/x12-codes';
import { matchAcknowledgements } from './match-acknowledgements';
import { controlNumberScope } from './partner-envelope';

/** The document kind an X12 interchange is stored and read again as (see x12-channel). */
export const X12_INTERCHANGE_KIND = 'x12-interchange';

export interface InterchangeDependencies extends WebhookDependencies {
  controlNumbers: ControlNumberAllocator;
}

export interface InterchangeAnswer {
  /** The inbound document the interchange was kept as. */
  documentId: string;
  /** True when exactly this interchange had been taken in before: its 997 is answered again. */
  duplicate: boolean;
  /** The 997 (with a TA1 when one is due), as kept and sent; none for an interchange that only acknowledges (997, 999, TA1). */
  acknowledgement?: OutboundDocument;
}

/**
 * Takes in an X12 interchange a partner posted: kept byte for byte, its sender found by ISA05/ISA06,
 * every original 850 the 997 accepts mapped with the partner's pinned mapping and placed (a
 * cancellation or replacement is left to a person, see purchase-order-purpose; items or a customer
 * the ERP does not know are held by the pipeline, never dropped), and the 997 written back under
 * control numbers of our own, kept as an outbound document. The same interchange sent again (same
 * ISA13 and the same bytes) places nothing and answers the same 997.
 *
 * @throws UnreadableDocumentError (400) without a valid ISA or cut off before its IEA; kept.
 * @throws DocumentRejectedError (422) when ISA05/ISA06 name no active X12 partner; kept.
 */
export async function receiveInterchange(
  deps: InterchangeDependencies,
  part: DocumentPart,
): Promise<InterchangeAnswer> {
  let inbound: InboundInterchange;
  try {
    inbound = readInboundInterchange(part.body);
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    const isa = readableIsaFields(error);
    const partner =
      isa && (await deps.partners.findPartner({ kind: 'x12', qualifier: isa.sender.qualifier, id: isa.sender.id }));
    if (!isa || !partner || partner.channel !== 'x12' || !(error instanceof UnreadableEnvelopeError)) {
      await keepRefused(deps, part, error);
      throw error;
    }
    // The sender is known: it gets a TA1 R with the note code, as its translator expects, besides the problem.
    const ta1 = await rejectEnvelope(deps, partner, isa, error);
    const answered = new UnreadableEnvelopeError(
      `${error.message} Answered with TA1 R ${error.note}, kept as outbound document ${ta1.id}.`,
      error.field,
      error.note,
      error.isaElements,
    );
    await keepRefused(deps, part, answered, partner.id);
    throw answered;
  }
  const { header } = inbound.interchange;
  const partner = await deps.partners.findPartner({
    kind: 'x12',
    qualifier: header.senderQualifier,
    id: header.senderId,
    applicationSender: inbound.interchange.groups[0]?.applicationSender,
    applicationReceiver: inbound.interchange.groups[0]?.applicationReceiver,
  });
  if (!partner || partner.channel !== 'x12') {
    const sender = printable(`${header.senderQualifier.trim()}:${header.senderId.trim()}`);
    deps.logger.warn('X12 interchange from no known partner refused', {
      sender,
      interchangeControlNumber: header.controlNumber,
    });
    const refusal = (kept: string) =>
      new DocumentRejectedError(
        `The interchange's sender (ISA05/ISA06 ${sender}) is no X12 trading partner${kept}. Add the partner with these ids, then send it again.`,
        [{ field: 'ISA06', message: `no X12 partner has sender id ${sender}` }],
      );
    const documentId = await keepRefused(deps, part, refusal(''));
    throw refusal(`; it was kept as inbound document ${documentId}`);
  }

  // A resend of the same interchange is the same delivery; a new one that reuses ISA13 is not.
  const deliveryId = `ISA13:${header.controlNumber}:${documentHash([part]).slice(0, 16)}`;
  const stored = await storeDocument(deps.db, {
    channel: 'x12',
    kind: X12_INTERCHANGE_KIND,
    partnerId: partner.id,
    deliveryId,
    parts: [part],
  });
  const takenInBefore = !stored.created && stored.status !== 'received';
  if (stored.created) await noteReusedControlNumber(deps.db, inbound, partner.id, stored.id);
  if (onlyAcknowledges(inbound.interchange)) {
    // Never answered: a 997 to a 997 (or 999, or TA1) starts the loop two systems never leave.
    if (!takenInBefore) {
      const matched = await matchAcknowledgements(
        deps.db,
        partner.id,
        stored.id,
        readAcknowledgements(inbound.interchange),
        deps.clock.now(),
      );
      await settleDocument(deps, stored.id, matched.status, [...matched.outcomes, ...interchangeNotes(inbound)]);
    }
    return { documentId: stored.id, duplicate: takenInBefore };
  }
  if (takenInBefore) {
    const sent = await acknowledgementOf(deps.db, stored.id);
    if (sent) return { documentId: stored.id, duplicate: true, acknowledgement: sent };
  } else {
    // 997s riding along with orders are matched too, and (see write997) not acknowledged.
    const acknowledgements = readAcknowledgements(inbound.interchange);
    const matched = acknowledgements.length
      ? await matchAcknowledgements(deps.db, partner.id, stored.id, acknowledgements, deps.clock.now())
      : undefined;
    await takeInOrders(deps, stored.id, inbound, partner, matched?.outcomes ?? []);
  }
  return {
    documentId: stored.id,
    duplicate: takenInBefore,
    acknowledgement: await acknowledge(deps, inbound, partner, stored.id),
  };
}

/**
 * Places the original 850s the 997 accepts. A test interchange (ISA15 T) is read and acknowledged
 * like any other, but places orders only for a partner in test mode; its outcomes say "test".
 */
async function takeInOrders(
  deps: InterchangeDependencies,
  documentId: string,
  inbound: InboundInterchange,
  partner: PartnerRow,
  matched: InboundOrderOutcome[],
): Promise<void> {
  const documentNotes = [...interchangeNotes(inbound), ...matched];
  const test = inbound.interchange.header.usage === 'T';
  const testMode = (partner.x12 as X12Identifiers | null)?.testMode === true;
  const drafts = purchaseOrdersToTake(inbound.purchaseOrders);
  const perDraft = inbound.purchaseOrders.map((order) => {
    const notes = order.repeats
      ? [
          `Transaction set ${order.transactionSetControlNumber} repeats set ${order.repeats} of this interchange word for word: one order, noted in the 997 (AK5 E).`,
        ]
      : [];
    return { ...(test ? { test: true } : {}), ...(notes.length ? { notes } : {}) };
  });
  if (test && !testMode) {
    const outcomes = drafts.map((draft, index) => ({
      sourceOrderId: draft.sourceOrderId,
      ...perDraft[index],
      notes: [
        ...(perDraft[index]?.notes ?? []),
        'A test interchange (ISA15 T): validated and acknowledged, no order placed (the partner is not in test mode).',
      ],
    }));
    await settleDocument(deps, documentId, drafts.length > 0 ? 'processed' : 'rejected', [
      ...outcomes,
      ...(drafts.length ? [] : [{ problem: { title: 'The document holds no order' } }]),
      ...documentNotes,
    ]);
    return;
  }
  await ingestDrafts(deps, documentId, partner, drafts, { perDraft, document: documentNotes });
}

/** What the document's outcome says of the interchange as a whole: an ISA read leniently, a group in a version not read. */
function interchangeNotes(inbound: InboundInterchange): InboundOrderOutcome[] {
  const { interchange, acknowledgement } = inbound;
  const notes: InboundOrderOutcome[] = interchange.warnings.map((warning) => ({ notes: [warning] }));
  interchange.groups.forEach((group, index) => {
    if (!group.errors.includes(GROUP_ERROR.versionNotSupported)) return;
    const sets = acknowledgement.groups[index]?.transactionSets.length ?? 0;
    notes.push({
      problem: {
        title: 'A functional group is in an X12 version Crossdock does not read',
        detail: `Group ${printable(group.controlNumber)} is in version ${printable(group.version) || '(none)'} (GS08); 003010 to 008010 are read. Its ${sets} transaction set(s) were rejected: AK9 R 2, AK5 R 1.`,
        errors: [{ field: 'GS08', message: `version ${printable(group.version)} not supported` }],
      },
    });
  });
  return notes;
}

/**
 * ISA13 must not repeat between different interchanges of a sender: one that reuses the number of an
 * earlier, different interchange is still read (its orders are recognised by their content, never
 * placed twice) but the TA1 says so (E 025) and so does the document's outcome.
 */
async function noteReusedControlNumber(
  db: ProcessDatabase,
  inbound: InboundInterchange,
  partnerId: string,
  documentId: string,
): Promise<void> {
  const { header, warnings } = inbound.interchange;
  const earlier = await db.inboundDocument.findFirst({
    where: { partnerId, deliveryId: { startsWith: `ISA13:${header.controlNumber}:` }, id: { not: documentId } },
    select: { id: true },
  });
  if (!earlier) return;
  const { interchange } = inbound.acknowledgement;
  interchange.notes.push(INTERCHANGE_NOTE.duplicateControlNumber);
  interchange.status = 'E';
  inbound.acknowledgement.interchangeAcknowledged = true;
  warnings.push(
    `ISA13 ${header.controlNumber} was used before by a different interchange (inbound document ${earlier.id}): TA1 E 025.`,
  );
}

/** Writes the 997 (and TA1) back to the sender under newly allocated control numbers, and keeps it. */
async function acknowledge(
  deps: InterchangeDependencies,
  inbound: InboundInterchange,
  partner: PartnerRow,
  documentId: string,
): Promise<OutboundDocument> {
  const { header } = inbound.interchange;
  const scope = controlNumberScope(
    { qualifier: header.receiverQualifier, id: header.receiverId },
    { qualifier: header.senderQualifier, id: header.senderId },
  );
  const controlNumbers = await deps.controlNumbers.allocate(scope, acknowledgementGroupCount(inbound.acknowledgement));
  const written = write997(inbound.interchange, inbound.acknowledgement, { controlNumbers, at: deps.clock.now() });
  return keepOutboundDocument(deps.db, { kind: '997', partnerId: partner.id, reference: documentId, written });
}

async function acknowledgementOf(db: ProcessDatabase, documentId: string): Promise<OutboundDocument | undefined> {
  const row = await db.outboundDocument.findFirst({
    where: { kind: '997', reference: documentId },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  return row ? getOutboundDocument(db, row.id) : undefined;
}

/** Keeps a refused interchange (status rejected, with the reason), so what a partner sent is never lost. */
async function keepRefused(
  deps: InterchangeDependencies,
  part: DocumentPart,
  error: UnreadableDocumentError | DocumentRejectedError,
  partnerId?: string,
): Promise<string> {
  const stored = await storeDocument(deps.db, { channel: 'x12', kind: X12_INTERCHANGE_KIND, partnerId, parts: [part] });
  await settleDocument(deps, stored.id, 'rejected', [{ problem: problemOf(error) }]);
  return stored.id;
}
