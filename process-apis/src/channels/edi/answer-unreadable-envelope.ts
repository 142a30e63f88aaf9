import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../../database';
import type { PartnerRow } from '../../partners/partner-view';
import { keepOutboundDocument, type OutboundDocument } from '../outbound-documents/outbound-documents';
import type { ControlNumberAllocator } from '../x12/control-numbers';
import { UnreadableEnvelopeError } from '../x12/split-segments';
import { writeInterchange } from '../x12/write-interchange';
import { controlNumberScope } from './partner-envelope';

/** ISA05, ISA06, ISA07, ISA08, ISA09, ISA10, ISA13 of an envelope that could not be read as a whole. */
export interface ReadableIsaFields {
  sender: { qualifier: string; id: string };
  receiver: { qualifier: string; id: string };
  date: string;
  time: string;
  controlNumber: string;
}

/** The ISA fields an unreadable envelope still names clearly enough to answer its sender; undefined when it does not. */
export function readableIsaFields(error: unknown): ReadableIsaFields | undefined {
  if (!(error instanceof UnreadableEnvelopeError) || error.isaElements.length !== 15) return undefined;
  const at = (position: number) => (error.isaElements[position - 1] ?? '').trim();
  const printableId = /^[\x21-\x7e][\x20-\x7e]{0,14}$/;
  if (![at(5), at(6), at(7), at(8)].every((value) => printableId.test(value)) || !/^\d{9}$/.test(at(13)))
    return undefined;
  return {
    sender: { qualifier: at(5), id: at(6) },
    receiver: { qualifier: at(7), id: at(8) },
    date: at(9),
    time: at(10),
    controlNumber: at(13),
  };
}

/**
 * A TA1 rejecting the interchange (TA104 R, TA105 the envelope's note: 027 for ISA16, 026 for the
 * element separator, 004 for the terminator), to the partner that sent it, kept as an outbound
 * document for its VAN to collect; the HTTP answer stays the problem naming the field.
 */
export async function rejectEnvelope(
  deps: { db: ProcessDatabase; clock: Clock; controlNumbers: ControlNumberAllocator },
  partner: PartnerRow,
  isa: ReadableIsaFields,
  error: UnreadableEnvelopeError,
): Promise<OutboundDocument> {
  const controlNumbers = await deps.controlNumbers.allocate(controlNumberScope(isa.receiver, isa.sender), 0);
  const ta1 = [
    'TA1',
    isa.controlNumber,
    /^\d{6}$/.test(isa.date) ? isa.date : '000000',
    /^\d{4}$/.test(isa.time) ? isa.time : '0000',
    'R',
    error.note,
  ] as const;
  const written = writeInterchange(
    { version: '004010', sender: isa.receiver, receiver: isa.sender, controlNumbers, at: deps.clock.now() },
    [],
    [[...ta1]],
  );
  return keepOutboundDocument(deps.db, { kind: 'TA1', partnerId: partner.id, written });
}
