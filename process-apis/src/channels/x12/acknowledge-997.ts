import type { ControlNumbers } from './control-numbers';
import { isReadableVersion, type FunctionalGroup, type Interchange, type TransactionSet } from './parse-interchange';
import type { SegmentNote } from './segment-notes';
import {
  writeInterchange,
  freeText,
  type FunctionalGroupToWrite,
  type SegmentToWrite,
  type WrittenInterchange,
  type X12Envelope,
} from './write-interchange';
import {
  GROUP_ERROR,
  INTERCHANGE_NOTE,
  SET_ERROR,
  type AcknowledgementCode,
  type GroupErrorCode,
  type InterchangeNoteCode,
  type SetErrorCode,
} from './x12-codes';

/** AK2…AK5 for one transaction set. */
export interface TransactionSetAcknowledgement {
  code: string;
  controlNumber: string;
  conventionReference?: string;
  /** AK501: A accepted, E accepted with errors noted, R rejected. */
  status: Exclude<AcknowledgementCode, 'P'>;
  /** AK502–AK506. */
  errors: SetErrorCode[];
  /** AK3s with their AK4s. */
  notes: SegmentNote[];
}

/** AK1…AK9 for one functional group. */
export interface GroupAcknowledgement {
  functionalId: string;
  controlNumber: string;
  version: string;
  /** AK901: A, E, P (some sets rejected) or R. */
  status: AcknowledgementCode;
  /** AK902: as the GE said (the count received when the GE is missing or unreadable). */
  included: number;
  /** AK903. */
  received: number;
  /** AK904. */
  accepted: number;
  /** AK905–AK909. */
  errors: GroupErrorCode[];
  transactionSets: TransactionSetAcknowledgement[];
}

/** TA1: the interchange envelope itself. */
export interface InterchangeAcknowledgement {
  controlNumber: string;
  date: string;
  time: string;
  /** TA104: A, or E when the envelope had faults but its groups were still read. */
  status: 'A' | 'E';
  /** Every envelope fault; TA105 carries the first (000 when there is none). */
  notes: InterchangeNoteCode[];
}

export interface FunctionalAcknowledgement {
  interchange: InterchangeAcknowledgement;
  groups: GroupAcknowledgement[];
  /** True when the sender asked for a TA1 (ISA14 = 1) or the envelope had faults: a TA1 is written. */
  interchangeAcknowledged: boolean;
}

/** What reading a transaction set's content found; `unsupported` for a set no reader takes. */
export type ContentFindings = SegmentNote[] | 'unsupported';

// A group that cannot be trusted as a whole; the other group errors are noted and the group is still read.
const REJECTING_GROUP_ERRORS: GroupErrorCode[] = [GROUP_ERROR.versionNotSupported, GROUP_ERROR.trailerMissing];
const MAX_AK5_CODES = 5;

/**
 * The 997 (and TA1) for an interchange: per group AK1/AK9, per set AK2/AK5 with AK3/AK4 at fault.
 * A set is rejected for an envelope fault (SE count, ST/SE control numbers), a rejecting content
 * error, or when no reader takes it (AK5 R 1); one bad set never rejects the others in its group.
 */
export function acknowledgeInterchange(
  interchange: Interchange,
  findingsOf: (set: TransactionSet, group: FunctionalGroup) => ContentFindings,
): FunctionalAcknowledgement {
  const { header, notes } = interchange;
  return {
    interchange: {
      controlNumber: header.controlNumber,
      date: header.date,
      time: header.time,
      status: notes.length ? 'E' : 'A',
      notes,
    },
    groups: interchange.groups.map((group) => acknowledgeGroup(group, (set) => findingsOf(set, group))),
    interchangeAcknowledged: header.acknowledgementRequested || notes.length > 0,
  };
}

function acknowledgeGroup(
  group: FunctionalGroup,
  findingsOf: (set: TransactionSet) => ContentFindings,
): GroupAcknowledgement {
  const groupRejected = group.errors.some((error) => REJECTING_GROUP_ERRORS.includes(error));
  const transactionSets = group.transactionSets.map((set) =>
    acknowledgeSet(set, groupRejected ? 'unsupported' : findingsOf(set), group, groupRejected),
  );
  const received = transactionSets.length;
  const accepted = transactionSets.filter((set) => set.status !== 'R').length;
  const writtenCount = group.trailer?.setCount;
  return {
    functionalId: group.functionalId,
    controlNumber: group.controlNumber,
    version: group.version,
    status: groupStatus(
      groupRejected,
      received,
      accepted,
      group.errors.length > 0 || transactionSets.some((set) => set.status === 'E'),
    ),
    included: writtenCount && /^\d{1,6}$/.test(writtenCount) ? Number(writtenCount) : received,
    received,
    accepted,
    errors: group.errors.slice(0, MAX_AK5_CODES),
    transactionSets,
  };
}

function acknowledgeSet(
  set: TransactionSet,
  findings: ContentFindings,
  group: FunctionalGroup,
  groupRejected: boolean,
): TransactionSetAcknowledgement {
  const notes = findings === 'unsupported' ? [] : findings;
  // In a group of a version not read, no set of it is supported either: AK5 says so, beside AK9 2.
  const notSupported =
    findings === 'unsupported' && (!groupRejected || group.errors.includes(GROUP_ERROR.versionNotSupported));
  const errors: SetErrorCode[] = [...(notSupported ? [SET_ERROR.notSupported] : []), ...set.errors];
  if (notes.length > 0) errors.push(SET_ERROR.segmentsInError);
  const rejected =
    groupRejected || findings === 'unsupported' || set.errors.length > 0 || notes.some((note) => note.rejects);
  const acknowledgement: TransactionSetAcknowledgement = {
    code: set.code,
    controlNumber: set.controlNumber,
    status: rejected ? 'R' : notes.length > 0 ? 'E' : 'A',
    errors: errors.slice(0, MAX_AK5_CODES),
    notes,
  };
  if (set.conventionReference) acknowledgement.conventionReference = set.conventionReference;
  return acknowledgement;
}

function groupStatus(rejected: boolean, received: number, accepted: number, errorsNoted: boolean): AcknowledgementCode {
  if (rejected || (received > 0 && accepted === 0)) return 'R';
  if (accepted < received) return 'P';
  return errorsNoted ? 'E' : 'A';
}

/** How many functional groups the 997 interchange has (one per X12 version acknowledged): allocate this many group numbers. */
export function acknowledgementGroupCount(acknowledgement: FunctionalAcknowledgement): number {
  return new Set(answered(acknowledgement).map((group) => replyVersion(group.version))).size;
}

/**
 * Writes the acknowledgement as an interchange back to the sender (sender and receiver swapped): a
 * TA1 when asked for or when the envelope had faults, and one 997 per functional group received,
 * gathered in one FA group per X12 version.
 */
export function write997(
  interchange: Interchange,
  acknowledgement: FunctionalAcknowledgement,
  reply: { controlNumbers: ControlNumbers; at: Date; usage?: 'P' | 'T' },
): WrittenInterchange {
  const versions = [...new Set(answered(acknowledgement).map((group) => replyVersion(group.version)))];
  const groups: FunctionalGroupToWrite[] = versions.map((version) => ({
    functionalId: 'FA',
    version,
    transactionSets: answered(acknowledgement)
      .filter((group) => replyVersion(group.version) === version)
      .map((group) => ({ code: '997', body: groupBody(group, version) })),
  }));
  const first = interchange.groups[0];
  const { header } = interchange;
  const envelope: X12Envelope = {
    version: versions[0] ?? '004010',
    sender: { qualifier: echoed(header.receiverQualifier, 2), id: echoed(header.receiverId, 15) },
    receiver: { qualifier: echoed(header.senderQualifier, 2), id: echoed(header.senderId, 15) },
    applicationSender: echoed(first?.applicationReceiver || header.receiverId, 15),
    applicationReceiver: echoed(first?.applicationSender || header.senderId, 15),
    usage: reply.usage ?? (interchange.header.usage === 'T' ? 'T' : 'P'),
    controlNumbers: reply.controlNumbers,
    at: reply.at,
  };
  const ta1 = interchangeAcknowledgement(acknowledgement.interchange);
  return writeInterchange(envelope, groups, acknowledgement.interchangeAcknowledged ? [ta1] : []);
}

/** The groups a 997 answers: every one but the partner's own acknowledgements (FA), which are matched, never acknowledged. */
function answered(acknowledgement: FunctionalAcknowledgement): GroupAcknowledgement[] {
  return acknowledgement.groups.filter((group) => group.functionalId !== 'FA');
}

/** The version a 997 answers in: the group's own (003010 to 008010), unless it is one Crossdock does not read. */
function replyVersion(version: string): string {
  if (!isReadableVersion(version)) return '004010';
  return /^[A-Z0-9]{6,12}$/.test(version) ? version : version.slice(0, 6);
}

function interchangeAcknowledgement(acknowledgement: InterchangeAcknowledgement): SegmentToWrite {
  const note = acknowledgement.notes[0] ?? INTERCHANGE_NOTE.none;
  // TA102/TA103 echo ISA09/ISA10; one that is no date or time (noted 014/015) is written as zeros rather than echoed.
  const date = /^\d{6}$/.test(acknowledgement.date) ? acknowledgement.date : '000000';
  const time = /^\d{4}$/.test(acknowledgement.time) ? acknowledgement.time : '0000';
  return ['TA1', acknowledgement.controlNumber, date, time, acknowledgement.status, note];
}

function groupBody(group: GroupAcknowledgement, version: string): SegmentToWrite[] {
  const from5010 = version >= '005010';
  const body: SegmentToWrite[] = [
    ['AK1', safe(group.functionalId), safe(group.controlNumber), from5010 ? safe(group.version) : undefined],
  ];
  for (const set of group.transactionSets) {
    body.push([
      'AK2',
      safe(set.code),
      safe(set.controlNumber),
      from5010 && set.conventionReference ? safe(set.conventionReference) : undefined,
    ]);
    for (const note of set.notes) {
      body.push([
        'AK3',
        note.segmentId.replace(/[^A-Za-z0-9]/g, '') || 'UNK',
        String(note.position),
        note.loopId,
        note.code,
      ]);
      for (const element of note.elements) {
        const position = element.componentPosition
          ? [String(element.position), String(element.componentPosition)]
          : String(element.position);
        body.push([
          'AK4',
          position,
          element.reference,
          element.code,
          element.badData === undefined ? undefined : safe(element.badData, 99),
        ]);
      }
    }
    body.push(['AK5', set.status, ...set.errors]);
  }
  body.push([
    'AK9',
    group.status,
    String(group.included),
    String(group.received),
    String(group.accepted),
    ...group.errors,
  ]);
  return body;
}

/**
 * A value echoed from the partner's document may hold what are delimiters in ours, or characters no
 * X12 element may (a NUL, a byte that was no UTF-8): it is cleaned to printable ASCII, not refused.
 */
function safe(value: string, maxLength = 35): string {
  return freeText(value.replace(/[^\x20-\x7E]/g, ' '), maxLength) || '0';
}

/** An envelope id echoed back (ISA05–ISA08, GS02/GS03): cleaned like any echo, never empty. */
function echoed(value: string, maxLength: number): string {
  return safe(value.trim(), maxLength);
}
