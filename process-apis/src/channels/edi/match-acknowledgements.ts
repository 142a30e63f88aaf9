import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import type { ProcessDatabase } from '../../database';
import type { OutboundDocumentStatus } from '../outbound-documents/outbound-documents';
import type { ReceivedAcknowledgement } from '../x12/read-acknowledgements';

/** AK901 of a 997 or 999 → what became of the group we sent. */
const GROUP_STATUS: Readonly<Record<string, OutboundDocumentStatus>> = {
  A: 'accepted',
  E: 'accepted-with-errors',
  P: 'partially-accepted',
  R: 'rejected',
};

export interface MatchedAcknowledgements {
  /** One per acknowledgement: which document of ours it moved, or why it moved none. */
  outcomes: InboundOrderOutcome[];
  status: 'processed' | 'partially-processed' | 'rejected';
}

/**
 * Moves the outbound documents a partner's 997s, 999s and TA1s acknowledge: a 997/999 by the group
 * control number in AK102 (accepted, accepted with errors, partially accepted or rejected per AK901),
 * a TA1 by the interchange control number in TA101 (rejected on TA104 R; an A or E only says the
 * envelope arrived, and the 997 that follows says what became of the content). Nothing is answered.
 */
export async function matchAcknowledgements(
  db: ProcessDatabase,
  partnerId: string,
  documentId: string,
  received: ReceivedAcknowledgement[],
  now: Date,
): Promise<MatchedAcknowledgements> {
  const outcomes: InboundOrderOutcome[] = [];
  let matched = 0;
  for (const acknowledgement of received) {
    const outcome = await matchOne(db, partnerId, documentId, acknowledgement, now);
    if (!outcome.problem) matched++;
    outcomes.push(outcome);
  }
  if (received.length === 0)
    outcomes.push({
      problem: {
        title: 'The interchange acknowledges nothing',
        detail: 'It holds only functional acknowledgement groups (FA) without an AK1/AK9 or TA1 that could be read.',
      },
    });
  return {
    outcomes,
    status: matched > 0 && matched === received.length ? 'processed' : matched > 0 ? 'partially-processed' : 'rejected',
  };
}

async function matchOne(
  db: ProcessDatabase,
  partnerId: string,
  documentId: string,
  acknowledgement: ReceivedAcknowledgement,
  now: Date,
): Promise<InboundOrderOutcome> {
  const what =
    acknowledgement.kind === 'TA1'
      ? `TA1 ${acknowledgement.code} of interchange ${acknowledgement.interchangeControlNumber}`
      : `${acknowledgement.kind} AK9 ${acknowledgement.code} of group ${acknowledgement.groupControlNumber}`;
  // TA101 is nine digits; anything else (a control character, text) names nothing we sent, and is not
  // worth a query (PostgreSQL refuses a NUL in a text parameter).
  if (acknowledgement.kind === 'TA1' && !/^\d{1,9}$/.test(acknowledgement.interchangeControlNumber ?? ''))
    return {
      problem: {
        title: 'The acknowledgement matches no document Crossdock sent',
        detail: `${what}: TA101 is no control number.`,
      },
    };
  const sent = await db.outboundDocument.findFirst({
    where:
      acknowledgement.kind === 'TA1'
        ? { partnerId, interchangeControlNumber: acknowledgement.interchangeControlNumber }
        : { partnerId, groupControlNumbers: { has: String(Number(acknowledgement.groupControlNumber)) } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, kind: true },
  });
  if (!sent)
    return {
      problem: {
        title: 'The acknowledgement matches no document Crossdock sent',
        detail: `${what}: no document sent to this partner carries that control number.`,
      },
    };
  const status =
    acknowledgement.kind === 'TA1'
      ? acknowledgement.code === 'R'
        ? 'rejected'
        : undefined
      : GROUP_STATUS[acknowledgement.code];
  if (acknowledgement.kind !== 'TA1' && !status)
    return { problem: { title: 'The acknowledgement cannot be read', detail: `${what}: AK901 must be A, E, P or R.` } };
  if (status)
    await db.outboundDocument.update({
      where: { id: sent.id },
      data: { status, acknowledgedBy: documentId, acknowledgedAt: now },
    });
  return {
    notes: [
      `${what} matches outbound ${sent.kind} ${sent.id}${status ? `, now ${status}` : ' (envelope received; its 997 decides)'}.`,
    ],
  };
}
