import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import type { ProcessDatabase } from '../../database';
import type { OutboundDocumentStatus } from '../outbound-documents/outbound-documents';
import type { ReceivedContrl, ReportedError, ReportedMessage } from '../edifact/read-contrl';

/** The EDIFACT documents of ours a partner's CONTRL can acknowledge (a CONTRL is never acknowledged). */
const ACKNOWLEDGED_KINDS = ['ORDRSP', 'DESADV', 'INVOIC'];

/** 0083, action coded, as ISO 9735 gives it. */
const ACTIONS: Readonly<Record<string, string>> = {
  '4': 'rejected',
  '7': 'acknowledged',
  '8': 'received',
};

export interface MatchedContrls {
  /** One per CONTRL: which document of ours it moved (with the codes it reported), or why it moved none. */
  outcomes: InboundOrderOutcome[];
  status: 'processed' | 'partially-processed' | 'rejected';
}

/**
 * Moves the outbound interchanges a partner's CONTRLs report on, found by the UCI's reference (our
 * UNB 0020): UCI 4 rejects it; UCI 7 accepts it, unless a UCM rejects (4) its message (then it is
 * rejected, or partially accepted when it held others the CONTRL accepts); UCI 8 only says it arrived.
 * The codes reported (0085 of UCI, UCM, UCS and UCD) are kept in the CONTRL's outcome, linked from the
 * outbound document (acknowledgedBy). Nothing is answered: a CONTRL to a CONTRL is an ack loop.
 */
export async function matchContrls(
  db: ProcessDatabase,
  partnerId: string,
  documentId: string,
  contrls: readonly ReceivedContrl[],
  now: Date,
): Promise<MatchedContrls> {
  const outcomes: InboundOrderOutcome[] = [];
  for (const contrl of contrls) outcomes.push(await matchOne(db, partnerId, documentId, contrl, now));
  const matched = outcomes.filter((outcome) => !outcome.problem).length;
  return {
    outcomes,
    status: matched > 0 && matched === contrls.length ? 'processed' : matched > 0 ? 'partially-processed' : 'rejected',
  };
}

async function matchOne(
  db: ProcessDatabase,
  partnerId: string,
  documentId: string,
  contrl: ReceivedContrl,
  now: Date,
): Promise<InboundOrderOutcome> {
  const what = `CONTRL ${contrl.messageReference} (UCI ${contrl.action || '-'} of interchange ${contrl.interchangeReference || '-'})`;
  const errors = [...contrl.errors, ...contrl.messages.flatMap((message) => message.errors)].map(fieldError);
  const unread = (detail: string) => ({
    problem: { title: 'The acknowledgement cannot be read', detail: `${what}: ${detail}`, errors },
  });
  if (!contrl.interchangeReference) return unread('it has no UCI naming the interchange it reports on.');
  if (!ACTIONS[contrl.action]) return unread('UCI 0083 must be 4, 7 or 8.');
  // UNB 0020 is at most 14 characters; anything else names nothing we sent (and a NUL is refused by PostgreSQL).
  const sent = /^[\x21-\x7e]{1,14}$/.test(contrl.interchangeReference)
    ? await db.outboundDocument.findFirst({
        where: { partnerId, interchangeControlNumber: contrl.interchangeReference, kind: { in: ACKNOWLEDGED_KINDS } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { id: true, kind: true, transactionSetControlNumbers: true },
      })
    : null;
  if (!sent)
    return {
      problem: {
        title: 'The acknowledgement matches no document Crossdock sent',
        detail: `${what}: no ORDRSP, DESADV or INVOIC sent to this partner has that UNB reference.`,
        errors,
      },
    };
  const status = statusOf(contrl, sent.transactionSetControlNumbers);
  if (status)
    await db.outboundDocument.update({
      where: { id: sent.id },
      data: { status, acknowledgedBy: documentId, acknowledgedAt: now },
    });
  const reported = errors.map((error) => `${error.field}: ${error.message}`).join('; ');
  return {
    notes: [
      `${what} matches outbound ${sent.kind} ${sent.id}, ${status ? `now ${status}` : 'received (a CONTRL that follows decides)'}` +
        `${reported ? `; reported: ${reported}` : ''}.`,
    ],
  };
}

/** What the CONTRL makes of our interchange and its messages (by their UNH references); undefined for UCI 8. */
function statusOf(contrl: ReceivedContrl, ourMessages: readonly string[]): OutboundDocumentStatus | undefined {
  if (contrl.action === '8') return undefined;
  if (contrl.action === '4') return 'rejected';
  const rejected = (reference: string) =>
    contrl.messages.some((message: ReportedMessage) => message.reference === reference && message.action === '4');
  const count = ourMessages.filter(rejected).length;
  return count === 0 ? 'accepted' : count === ourMessages.length ? 'rejected' : 'partially-accepted';
}

function fieldError(error: ReportedError) {
  return { field: error.where, message: `syntax error ${error.code}${error.at ? ` at ${error.at}` : ''}` };
}
