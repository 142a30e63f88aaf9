import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import {
  GROUP_ERROR,
  INTERCHANGE_NOTE,
  SET_ERROR,
  type GroupErrorCode,
  type InterchangeNoteCode,
  type SetErrorCode,
} from './x12-codes';
import { invalidCharacterAt, splitSegments, type RawSegment } from './split-segments';
import { trimmedElementAt, type Delimiters, type Segment } from './x12-segments';

/** The ISA header, its fixed-width fields trimmed. */
export interface InterchangeHeader {
  senderQualifier: string;
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  /** ISA09 YYMMDD and ISA10 HHMM, as written. */
  date: string;
  time: string;
  /** ISA12, e.g. "00401", "00501". */
  version: string;
  /** ISA13, nine digits. */
  controlNumber: string;
  /** ISA14 = "1": the sender asks for a TA1. */
  acknowledgementRequested: boolean;
  /** ISA15: P production, T test. */
  usage: string;
}

export interface TransactionSet {
  /** ST01: 850, 855... */
  code: string;
  /** ST02. */
  controlNumber: string;
  /** ST03 (005010): the implementation convention reference. */
  conventionReference?: string;
  /** ST to SE inclusive, each with its position in the set. */
  segments: Segment[];
  /** SE01 and SE02 as written; absent when the SE is missing. */
  trailer?: { segmentCount: string; controlNumber: string };
  /** What is wrong with the set's envelope (AK502–AK506). */
  errors: SetErrorCode[];
}

export interface FunctionalGroup {
  /** GS01: PO for purchase orders, PR, SH, IN, FA... */
  functionalId: string;
  applicationSender: string;
  applicationReceiver: string;
  /** GS06. */
  controlNumber: string;
  /** GS08, e.g. "004010", "005010", "004010VICS". */
  version: string;
  transactionSets: TransactionSet[];
  /** GE01 and GE02 as written; absent when the GE is missing. */
  trailer?: { setCount: string; controlNumber: string };
  /** What is wrong with the group's envelope (AK905–AK909). */
  errors: GroupErrorCode[];
}

export interface Interchange {
  delimiters: Delimiters;
  header: InterchangeHeader;
  groups: FunctionalGroup[];
  /** IEA01 and IEA02 as written. */
  trailer: { groupCount: string; controlNumber: string };
  /** What is wrong with the interchange envelope (TA105 notes); empty when nothing is. */
  notes: InterchangeNoteCode[];
  /** What was read leniently, for the document's outcome (an ISA not at its fixed width). */
  warnings: string[];
  /** TA1 segments between the ISA and the first GS: the partner acknowledging an interchange of ours. */
  interchangeAcknowledgements: RawSegment[];
}

const ENVELOPE_IDS = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST']);

/**
 * Reads a raw interchange: its delimiters from the ISA, its functional groups and transaction sets.
 * Envelope faults inside a readable interchange (control numbers that do not match, wrong counts, a
 * missing SE or GE) are recorded on the interchange, group or set they belong to, for the 997 and
 * TA1 to report; only an interchange that cannot be read at all is refused.
 *
 * @throws UnreadableDocumentError without a valid ISA, or when the interchange ends before its IEA.
 */
export function parseInterchange(raw: string | Uint8Array): Interchange {
  const { delimiters, segments, warnings } = splitSegments(raw);
  const cursor = new SegmentCursor(segments);
  const isa = cursor.take()!;
  const header = readHeader(isa);
  const groups: FunctionalGroup[] = [];
  const notes: InterchangeNoteCode[] = headerNotes(isa, delimiters);
  const interchangeAcknowledgements: RawSegment[] = [];
  for (let next = cursor.peek(); next && next.id !== 'IEA'; next = cursor.peek()) {
    if (next.id === 'GS') groups.push(readGroup(cursor));
    else if (next.id === 'TA1' && groups.length === 0) interchangeAcknowledgements.push(cursor.take()!);
    else {
      // A segment outside any functional group (a stray ST, a lost GS): the content is not valid.
      cursor.take();
      if (!notes.includes(INTERCHANGE_NOTE.invalidContent)) notes.push(INTERCHANGE_NOTE.invalidContent);
    }
  }
  const iea = cursor.take();
  if (!iea)
    throw new UnreadableDocumentError(
      `The interchange ${header.controlNumber} is cut off: it ends without its IEA segment.`,
    );
  if (cursor.peek())
    throw new UnreadableDocumentError(
      `The document goes on after the IEA of interchange ${header.controlNumber} (with ${cursor.peek()!.id}); send one interchange per document.`,
    );
  const trailer = { groupCount: iea.elements[0]?.trim() ?? '', controlNumber: iea.elements[1]?.trim() ?? '' };
  if (trailer.controlNumber !== header.controlNumber) notes.unshift(INTERCHANGE_NOTE.controlNumberMismatch);
  if (!sameCount(trailer.groupCount, groups.length)) notes.push(INTERCHANGE_NOTE.invalidGroupCount);
  markDuplicates(
    groups,
    (group) => group.controlNumber,
    (group) => group.errors.push(GROUP_ERROR.duplicateControlNumber),
  );
  return { delimiters, header, groups, trailer, notes, warnings, interchangeAcknowledgements };
}

class SegmentCursor {
  private at = 0;
  constructor(private readonly segments: RawSegment[]) {}
  peek(): RawSegment | undefined {
    return this.segments[this.at];
  }
  take(): RawSegment | undefined {
    return this.segments[this.at++];
  }
}

function readHeader(isa: RawSegment): InterchangeHeader {
  if (isa.elements.length !== 16)
    throw new UnreadableDocumentError(`The ISA segment has ${isa.elements.length} elements; it must have 16.`);
  const at = (position: number) => trimmedElementAt({ id: 'ISA', elements: isa.elements, position: 0 }, position) ?? '';
  const controlNumber = at(13);
  if (!/^\d{9}$/.test(controlNumber))
    throw new UnreadableDocumentError(
      `ISA13, the interchange control number, must be nine digits; it is "${controlNumber}".`,
    );
  return {
    senderQualifier: at(5),
    senderId: at(6),
    receiverQualifier: at(7),
    receiverId: at(8),
    date: at(9),
    time: at(10),
    version: at(12),
    controlNumber,
    acknowledgementRequested: at(14) === '1',
    usage: at(15),
  };
}

// ISA fields whose content is checked, with the TA105 note for each when it is not valid.
const HEADER_CHECKS: { position: number; note: InterchangeNoteCode; valid: RegExp }[] = [
  { position: 5, note: INTERCHANGE_NOTE.invalidSenderQualifier, valid: /^[A-Za-z0-9]{1,2} *$/ },
  { position: 6, note: INTERCHANGE_NOTE.invalidSenderId, valid: /^ *[^ ].*$/ },
  { position: 7, note: INTERCHANGE_NOTE.invalidReceiverQualifier, valid: /^[A-Za-z0-9]{1,2} *$/ },
  { position: 8, note: INTERCHANGE_NOTE.invalidReceiverId, valid: /^ *[^ ].*$/ },
  { position: 9, note: INTERCHANGE_NOTE.invalidDate, valid: /^\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/ },
  { position: 10, note: INTERCHANGE_NOTE.invalidTime, valid: /^([01]\d|2[0-3])[0-5]\d$/ },
  { position: 14, note: INTERCHANGE_NOTE.invalidAcknowledgementRequested, valid: /^[01]$/ },
  { position: 15, note: INTERCHANGE_NOTE.invalidTestIndicator, valid: /^[PT]$/ },
];

/** TA105 notes for ISA fields that are there but not valid (a sender id holding a control character, a 13th month). */
function headerNotes(isa: RawSegment, delimiters: Delimiters): InterchangeNoteCode[] {
  return HEADER_CHECKS.filter(({ position, valid }) => {
    const value = isa.elements[position - 1] ?? '';
    return !valid.test(value) || invalidCharacterAt(value, delimiters) >= 0;
  }).map(({ note }) => note);
}

function readGroup(cursor: SegmentCursor): FunctionalGroup {
  const gs = cursor.take()!;
  const value = (position: number) => gs.elements[position - 1]?.trim() ?? '';
  const group: FunctionalGroup = {
    functionalId: value(1),
    applicationSender: value(2),
    applicationReceiver: value(3),
    controlNumber: value(6),
    version: value(8),
    transactionSets: [],
    errors: [],
  };
  if (!/^\d{1,9}$/.test(group.controlNumber)) group.errors.push(GROUP_ERROR.invalidControlNumber);
  if (!isReadableVersion(group.version)) group.errors.push(GROUP_ERROR.versionNotSupported);
  for (let next = cursor.peek(); next; next = cursor.peek()) {
    if (next.id === 'ST') group.transactionSets.push(readTransactionSet(cursor));
    else if (next.id === 'GE') {
      cursor.take();
      group.trailer = { setCount: next.elements[0]?.trim() ?? '', controlNumber: next.elements[1]?.trim() ?? '' };
      break;
    } else if (next.id === 'GS' || next.id === 'IEA') break;
    // A segment between sets belongs to no set: it is skipped; the set it lost its ST from is reported by its SE count.
    else cursor.take();
  }
  if (!group.trailer) group.errors.push(GROUP_ERROR.trailerMissing);
  else {
    if (group.trailer.controlNumber !== group.controlNumber) group.errors.push(GROUP_ERROR.controlNumberMismatch);
    if (!sameCount(group.trailer.setCount, group.transactionSets.length))
      group.errors.push(GROUP_ERROR.setCountMismatch);
  }
  markDuplicates(
    group.transactionSets,
    (set) => set.controlNumber,
    (set) => set.errors.push(SET_ERROR.duplicateControlNumber),
  );
  return group;
}

function readTransactionSet(cursor: SegmentCursor): TransactionSet {
  const st = cursor.take()!;
  const segments: Segment[] = [{ ...st, position: 1 }];
  const set: TransactionSet = {
    code: st.elements[0]?.trim() ?? '',
    controlNumber: st.elements[1]?.trim() ?? '',
    segments,
    errors: [],
  };
  const conventionReference = st.elements[2]?.trim();
  if (conventionReference) set.conventionReference = conventionReference;
  for (let next = cursor.peek(); next; next = cursor.peek()) {
    // An envelope segment before the SE means the SE is missing: the set ends here.
    if (ENVELOPE_IDS.has(next.id)) break;
    cursor.take();
    segments.push({ ...next, position: segments.length + 1 });
    if (next.id === 'SE') {
      set.trailer = { segmentCount: next.elements[0]?.trim() ?? '', controlNumber: next.elements[1]?.trim() ?? '' };
      break;
    }
  }
  if (!/^\d{3}$/.test(set.code)) set.errors.push(SET_ERROR.invalidIdentifier);
  if (!/^[A-Za-z0-9]{4,9}$/.test(set.controlNumber)) set.errors.push(SET_ERROR.invalidControlNumber);
  if (!set.trailer) set.errors.push(SET_ERROR.trailerMissing);
  else {
    if (set.trailer.controlNumber !== set.controlNumber) set.errors.push(SET_ERROR.controlNumberMismatch);
    if (!sameCount(set.trailer.segmentCount, segments.length)) set.errors.push(SET_ERROR.segmentCountMismatch);
  }
  return set;
}

/**
 * GS08 versions whose 850 segments (BEG, CUR, DTM, N1 loop, PO1, PID, CTT) mean what the reader takes
 * them to mean: 003010 through 008010, with or without an industry suffix ("004010VICS"). Earlier
 * releases (002xxx) and anything that is no version are not read.
 */
export function isReadableVersion(version: string): boolean {
  const release = /^00([3-8])0([0-9])0/.exec(version);
  return release !== null && (release[1] !== '8' || release[2] === '1');
}

/** A count element (SE01, GE01, IEA01) against the actual count; leading zeros allowed ("0033"). */
function sameCount(written: string, actual: number): boolean {
  return /^\d{1,10}$/.test(written) && Number(written) === actual;
}

/** Calls `mark` for each entry whose key repeats an earlier one's. */
function markDuplicates<T>(entries: T[], keyOf: (entry: T) => string, mark: (entry: T) => void): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (seen.has(key)) mark(entry);
    seen.add(key);
  }
}
