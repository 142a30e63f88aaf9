import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { X12Identifiers } from '@crossdock/shared-contracts/contracts/api/process-partners';
import type { PartnerRow } from '../../partners/partner-view';
import type { ControlNumbers } from '../x12/control-numbers';
import type { X12Envelope, X12Party } from '../x12/write-interchange';

/** The X12 version Crossdock writes documents to partners in. */
export const OUTBOUND_X12_VERSION = '004010';

/**
 * What control numbers must be unique for: Crossdock's interchange id towards one partner's
 * ("ZZ:CROSSDOCK>ZZ:ACMEHW"), so 997s and 855/856/810s to a partner share one sequence.
 */
export function controlNumberScope(from: X12Party, to: X12Party): string {
  return `${from.qualifier.trim()}:${from.id.trim()}>${to.qualifier.trim()}:${to.id.trim()}`;
}

/** Crossdock (the partner's receiver id) and the partner (its sender id), as parties of an interchange we send. */
export function partiesOf(partner: PartnerRow): { ours: X12Party; theirs: X12Party } {
  const x12 = partner.x12 as X12Identifiers | null;
  if (partner.channel !== 'x12' || !x12) {
    throw new ValidationError(
      `Partner ${partner.id} has no X12 interchange ids: X12 documents cannot be written for it.`,
      [{ field: 'partnerId', message: 'not an X12 partner' }],
    );
  }
  return {
    ours: { qualifier: x12.receiverQualifier, id: x12.receiverId },
    theirs: { qualifier: x12.senderQualifier, id: x12.senderId },
  };
}

/** The envelope of a document Crossdock sends the partner: GS02/GS03 are the partner's application codes where it gives them. */
export function envelopeFor(partner: PartnerRow, controlNumbers: ControlNumbers, at: Date): X12Envelope {
  const { ours, theirs } = partiesOf(partner);
  const x12 = partner.x12 as X12Identifiers | null;
  return {
    version: OUTBOUND_X12_VERSION,
    sender: ours,
    receiver: theirs,
    ...(x12?.applicationReceiverCode ? { applicationSender: x12.applicationReceiverCode } : {}),
    ...(x12?.applicationSenderCode ? { applicationReceiver: x12.applicationSenderCode } : {}),
    controlNumbers,
    at,
  };
}
