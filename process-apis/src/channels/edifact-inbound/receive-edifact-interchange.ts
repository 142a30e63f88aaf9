import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import type { EdifactIdentifiers } from '@crossdock/shared-contracts/contracts/api/process-partners';
import { DocumentRejectedError, UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../../database';
import type { DocumentPart } from '../../inbound-documents/document-part';
import { ingestDrafts, problemOf, settleDocument } from '../../inbound-documents/ingest-document';
import { documentHash, storeDocument } from '../../inbound-documents/store-document';
import type { PartnerRow } from '../../partners/partner-view';
import {
  getOutboundDocument,
  keepOutboundDocument,
  type OutboundDocument,
} from '../outbound-documents/outbound-documents';
import type { WebhookDependencies } from '../receive-signed-webhook';
import type { ControlNumberAllocator } from '../x12/control-numbers';
import { SYNTAX_ERROR, type SyntaxFinding } from '../edifact/edifact-codes';
import { printableCharacter } from '../edifact/edifact-segments';
import type { EdifactInterchange, EdifactParty } from '../edifact/parse-interchange';
import { readEdifactInterchange, type InboundEdifactInterchange } from '../edifact/read-inbound-interchange';
import { writeContrl } from '../edifact/write-contrl';
import { EDIFACT_INTERCHANGE_KIND, envelopePartiesOf, interchangeOrders } from './edifact-channel';
import { matchContrls } from './match-contrls';

export interface EdifactInterchangeDependencies extends WebhookDependencies {
  controlNumbers: ControlNumberAllocator;
}

export interface EdifactInterchangeAnswer {
  documentId: string;
  /** True when exactly this interchange had been taken in before: nothing is placed again. */
  duplicate: boolean;
  /** The CONTRL, as kept and sent: always for an interchange with errors, else when UNB 0031 asks for one. */
  acknowledgement?: OutboundDocument;
  /** True when the CONTRL rejects the interchange as a whole (UCI 4): nothing in it was taken. */
  rejected: boolean;
}

/**
 * Takes in an EDIFACT interchange a partner posted: kept byte for byte, its sender found by UNB
 * S002 (id and code qualifier), its recipient checked against the partner's, and, when the envelope
 * holds, every original ORDERS message the CONTRL acknowledges mapped with the partner's pinned
 * mapping and placed. A CONTRL goes back for any error (UCI 4 for the envelope, UCM 4 for a message)
 * and, asked for by UNB 0031 = 1, for an interchange without one (UCI 7). The same interchange sent
 * again (same UNB 0020 and bytes) places nothing and answers the same CONTRL.
 *
 * @throws UnreadableDocumentError (400) for a body that is no interchange; kept.
 * @throws DocumentRejectedError (422) when UNB S002 names no active EDIFACT partner; kept.
 */
export async function receiveEdifactInterchange(
  deps: EdifactInterchangeDependencies,
  part: DocumentPart,
): Promise<EdifactInterchangeAnswer> {
  let inbound: InboundEdifactInterchange;
  try {
    inbound = readEdifactInterchange(part.body);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) await keepRefused(deps, part, error);
    throw error;
  }
  const { interchange } = inbound;
  const partner = await deps.partners.findPartner({ kind: 'edifact', ...interchange.sender });
  if (!partner || partner.channel !== 'edifact') {
    const sender = printable(`${interchange.sender.id}:${interchange.sender.qualifier}`);
    deps.logger.warn('EDIFACT interchange from no known partner refused', {
      sender,
      interchangeControlReference: printable(interchange.controlReference),
    });
    const refusal = (kept: string) =>
      new DocumentRejectedError(
        `The interchange's sender (UNB S002 ${sender}) is no EDIFACT trading partner${kept}. Add the partner with these ids, then send it again.`,
        [{ field: 'UNB.S002', message: `no EDIFACT partner has sender id ${sender}` }],
      );
    const documentId = await keepRefused(deps, part, refusal(''));
    throw refusal(`; it was kept as inbound document ${documentId}`);
  }
  checkRecipient(interchange, partner);

  const deliveryId = `UNB0020:${printable(interchange.controlReference)}:${documentHash([part]).slice(0, 16)}`;
  const stored = await storeDocument(deps.db, {
    channel: 'edifact',
    kind: EDIFACT_INTERCHANGE_KIND,
    partnerId: partner.id,
    deliveryId,
    parts: [part],
  });
  const rejected = interchange.findings.length > 0;
  if (!stored.created && stored.status !== 'received') {
    const sent = await acknowledgementOf(deps.db, stored.id);
    return { documentId: stored.id, duplicate: true, rejected, ...(sent ? { acknowledgement: sent } : {}) };
  }
  if (isOnlyContrls(inbound)) {
    // Never answered: a CONTRL to a CONTRL starts the loop two systems never leave.
    await settleContrls(deps, stored.id, inbound, partner);
    return { documentId: stored.id, duplicate: false, rejected };
  }
  if (rejected) {
    await settleDocument(deps, stored.id, 'rejected', [{ problem: envelopeProblem(interchange.findings) }]);
  } else await takeInOrders(deps, stored.id, inbound, partner);
  const due =
    rejected || interchange.acknowledgementRequested || inbound.reports.some((report) => report.findings.length);
  return {
    documentId: stored.id,
    duplicate: false,
    rejected,
    ...(due ? { acknowledgement: await acknowledge(deps, inbound, partner, stored.id) } : {}),
  };
}

/** UNB S003 must name us as the partner knows us (0085 code 7 otherwise: the whole interchange is refused). */
export function checkRecipient(interchange: EdifactInterchange, partner: PartnerRow): void {
  const ours = partner.edifact as EdifactIdentifiers | null;
  if (!ours) return;
  const { id, qualifier } = interchange.recipient;
  if (id === ours.recipientId && (!ours.recipientQualifier || qualifier === ours.recipientQualifier)) return;
  interchange.findings.unshift({
    code: SYNTAX_ERROR.recipientNotActualRecipient,
    segmentTag: 'UNB',
    element: 3,
    detail: `UNB S003 names ${printable(`${id}:${qualifier}`)}; partner ${partner.id} sends to ${ours.recipientId}:${ours.recipientQualifier ?? ''}.`,
  });
}

/** Places the ORDERS messages acknowledged; a message rejected is told in the document's outcome. */
async function takeInOrders(
  deps: EdifactInterchangeDependencies,
  documentId: string,
  inbound: InboundEdifactInterchange,
  partner: PartnerRow,
): Promise<void> {
  const aboutTheDocument: InboundOrderOutcome[] = inbound.reports
    .filter((report) => report.findings.length > 0)
    .map((report) => ({ problem: messageProblem(report.message.reference, report.findings) }));
  // CONTRLs riding along with orders are matched too (and the CONTRL answering the orders only acknowledges their receipt).
  if (inbound.contrls.length > 0)
    aboutTheDocument.push(
      ...(await matchContrls(deps.db, partner.id, documentId, inbound.contrls, deps.clock.now())).outcomes,
    );
  const test = inbound.interchange.test;
  const drafts = interchangeOrders(inbound, partner);
  if (drafts.length === 0) {
    await settleDocument(deps, documentId, 'rejected', aboutTheDocument);
    return;
  }
  await ingestDrafts(deps, documentId, partner, drafts, {
    perDraft: drafts.map(() => (test ? { test: true } : undefined)),
    document: aboutTheDocument,
  });
}

/** An interchange holding CONTRL messages only: the partner's reports on interchanges of ours. */
export function isOnlyContrls(inbound: InboundEdifactInterchange): boolean {
  return inbound.contrls.length > 0 && inbound.contrls.length === inbound.interchange.messages.length;
}

/** Matches the CONTRLs to what we sent, or keeps an interchange of them with a broken envelope rejected, for a person. */
async function settleContrls(
  deps: EdifactInterchangeDependencies,
  documentId: string,
  inbound: InboundEdifactInterchange,
  partner: PartnerRow,
): Promise<void> {
  const { findings } = inbound.interchange;
  if (findings.length > 0) {
    await settleDocument(deps, documentId, 'rejected', [{ problem: envelopeProblem(findings, 'CONTRL') }]);
    return;
  }
  const matched = await matchContrls(deps.db, partner.id, documentId, inbound.contrls, deps.clock.now());
  await settleDocument(deps, documentId, matched.status, matched.outcomes);
}

function envelopeProblem(
  findings: readonly SyntaxFinding[],
  holding: 'ORDERS' | 'CONTRL' = 'ORDERS',
): NonNullable<InboundOrderOutcome['problem']> {
  return {
    title:
      holding === 'ORDERS'
        ? 'The interchange was rejected (CONTRL UCI action 4): no order in it was taken'
        : 'The interchange of CONTRLs has envelope errors: nothing in it was matched, and no CONTRL answers it',
    detail: printable(findings.map((finding) => finding.detail).join(' ')),
    errors: findings.map(fieldError),
  };
}

function messageProblem(reference: string, findings: readonly SyntaxFinding[]) {
  return {
    title: `Message ${printable(reference)} was rejected (CONTRL UCM action 4)`,
    detail: printable(findings.map((finding) => finding.detail).join(' ')),
    errors: findings.map(fieldError),
  };
}

function fieldError(finding: SyntaxFinding) {
  const where = [finding.segmentTag, finding.element, finding.component].filter(Boolean).join('.');
  return { field: where, message: `syntax error ${finding.code}: ${printable(finding.detail)}` };
}

/** Writes the CONTRL back to the sender under a control reference of our own, and keeps it. */
async function acknowledge(
  deps: EdifactInterchangeDependencies,
  inbound: InboundEdifactInterchange,
  partner: PartnerRow,
  documentId: string,
): Promise<OutboundDocument> {
  const { sender, recipient } = inbound.interchange;
  const numbers = await deps.controlNumbers.allocate(`edifact:${partyKey(recipient)}>${partyKey(sender)}`, 0);
  const ids = partner.edifact as EdifactIdentifiers | null;
  const written = writeContrl(inbound.interchange, inbound.reports, {
    controlReference: String(numbers.interchange),
    at: deps.clock.now(),
    from: ids ? envelopePartiesOf(ids).from : recipient,
  });
  return keepOutboundDocument(deps.db, { kind: 'CONTRL', partnerId: partner.id, reference: documentId, written });
}

const partyKey = (party: EdifactParty) => `${party.qualifier}:${party.id}`;

async function acknowledgementOf(db: ProcessDatabase, documentId: string): Promise<OutboundDocument | undefined> {
  const row = await db.outboundDocument.findFirst({
    where: { kind: 'CONTRL', reference: documentId },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  return row ? getOutboundDocument(db, row.id) : undefined;
}

/** Keeps a refused interchange (status rejected, with the reason), so what a partner sent is never lost. */
async function keepRefused(
  deps: EdifactInterchangeDependencies,
  part: DocumentPart,
  error: UnreadableDocumentError | DocumentRejectedError,
): Promise<string> {
  const stored = await storeDocument(deps.db, { channel: 'edifact', kind: EDIFACT_INTERCHANGE_KIND, parts: [part] });
  await settleDocument(deps, stored.id, 'rejected', [{ problem: problemOf(error) }]);
  return stored.id;
}

/** Text from a partner as it may be logged or stored: control characters (NUL included) spelled out. */
function printable(text: string): string {
  return [...text]
    .map((character) => (/[\x00-\x1f\x7f]/.test(character) ? printableCharacter(character) : character))
    .join('');
}
