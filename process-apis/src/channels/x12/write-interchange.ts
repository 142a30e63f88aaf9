import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ControlNumbers } from './control-numbers';
import { OUTBOUND_DELIMITERS, type Delimiters } from './x12-segments';
import { x12Date, x12Time } from './x12-values';

/** An interchange sender or receiver: ISA05/ISA06 or ISA07/ISA08 (ZZ mutually defined, 01 DUNS, 12 phone...). */
export interface X12Party {
  qualifier: string;
  /** Up to 15 characters. */
  id: string;
}

/** Who sends what to whom, and under which control numbers: everything around the transaction sets. */
export interface X12Envelope {
  /** GS08: "004010", "005010", or with an industry suffix ("004010VICS"). ISA12 follows from it. */
  version: string;
  sender: X12Party;
  receiver: X12Party;
  /** GS02 and GS03; the interchange ids when absent. */
  applicationSender?: string;
  applicationReceiver?: string;
  /** ISA15: P production (default) or T test. */
  usage?: 'P' | 'T';
  /** ISA14: ask the partner for a TA1. */
  acknowledgementRequested?: boolean;
  /** From a {@link ControlNumberAllocator}: one group number per group written. */
  controlNumbers: ControlNumbers;
  /** When the interchange was made: ISA09/ISA10 and GS04/GS05, in UTC. */
  at: Date;
}

/** A segment to write: its id, then its elements; a composite is its components; trailing empty elements are dropped. */
export type SegmentToWrite = [id: string, ...elements: (string | string[] | undefined)[]];

export interface TransactionSetToWrite {
  /** ST01. */
  code: string;
  /** The segments between ST and SE. */
  body: SegmentToWrite[];
}

export interface FunctionalGroupToWrite {
  /** GS01: PR (855), SH (856), IN (810), FA (997). */
  functionalId: string;
  /** GS08 for this group; the envelope's version when absent. */
  version?: string;
  transactionSets: TransactionSetToWrite[];
}

/** A whole interchange as text, with the control numbers it was written under. */
export interface WrittenInterchange {
  text: string;
  /** ISA13, nine digits. */
  interchangeControlNumber: string;
  /** GS06 of each group. */
  groupControlNumbers: string[];
  /** ST02 of each transaction set, in order across groups. */
  transactionSetControlNumbers: string[];
}

/**
 * Writes ISA, GS, ST ... SE, GE, IEA around the given sets, with SE01, GE01 and IEA01 counted from
 * what is written. `leading` segments go between ISA and the first GS (a TA1).
 *
 * @throws ValidationError when a value contains a delimiter or does not fit its envelope field.
 */
export function writeInterchange(
  envelope: X12Envelope,
  groups: FunctionalGroupToWrite[],
  leading: SegmentToWrite[] = [],
): WrittenInterchange {
  if (envelope.controlNumbers.groups.length !== groups.length) {
    throw new RangeError(
      `${groups.length} functional group(s) need as many group control numbers; ${envelope.controlNumbers.groups.length} were given.`,
    );
  }
  const delimiters = delimitersFor(envelope.version);
  const segments: SegmentToWrite[] = [isaSegment(envelope, delimiters), ...leading];
  const interchangeControlNumber = controlNumber(envelope.controlNumbers.interchange, 9);
  const groupControlNumbers: string[] = [];
  const transactionSetControlNumbers: string[] = [];
  groups.forEach((group, index) => {
    const groupNumber = String(envelope.controlNumbers.groups[index]);
    checkControlNumber(envelope.controlNumbers.groups[index]!);
    groupControlNumbers.push(groupNumber);
    const at = envelope.at;
    segments.push([
      'GS',
      group.functionalId,
      envelope.applicationSender ?? envelope.sender.id,
      envelope.applicationReceiver ?? envelope.receiver.id,
      x12Date(at),
      x12Time(at),
      groupNumber,
      'X',
      group.version ?? envelope.version,
    ]);
    group.transactionSets.forEach((set, setIndex) => {
      const setNumber = String(setIndex + 1).padStart(4, '0');
      transactionSetControlNumbers.push(setNumber);
      segments.push(['ST', set.code, setNumber], ...set.body, ['SE', String(set.body.length + 2), setNumber]);
    });
    segments.push(['GE', String(group.transactionSets.length), groupNumber]);
  });
  segments.push(['IEA', String(groups.length), interchangeControlNumber]);
  const text = segments.map((segment) => writeSegment(segment, delimiters)).join('');
  return { text, interchangeControlNumber, groupControlNumbers, transactionSetControlNumbers };
}

/** The ISA12 a GS08 version belongs to: "004010VICS" → "00401", "005010" → "00501". */
export function isaVersionOf(version: string): string {
  if (!/^00\d{4}/.test(version))
    throw new ValidationError(`"${version}" is not an X12 version such as 004010 or 005010.`, [
      { field: 'version', message: 'expected 00xxxx' },
    ]);
  return version.slice(0, 5);
}

function delimitersFor(version: string): Delimiters {
  // Before 00402, ISA11 is the standards id "U", not a repetition separator.
  return isaVersionOf(version) >= '00402' ? OUTBOUND_DELIMITERS : { ...OUTBOUND_DELIMITERS, repetition: undefined };
}

function isaSegment(envelope: X12Envelope, delimiters: Delimiters): SegmentToWrite {
  const isaVersion = isaVersionOf(envelope.version);
  return [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    fixed(envelope.sender.qualifier, 2, 'sender.qualifier'),
    fixed(envelope.sender.id, 15, 'sender.id'),
    fixed(envelope.receiver.qualifier, 2, 'receiver.qualifier'),
    fixed(envelope.receiver.id, 15, 'receiver.id'),
    x12Date(envelope.at).slice(2),
    x12Time(envelope.at),
    delimiters.repetition ?? 'U',
    isaVersion,
    controlNumber(envelope.controlNumbers.interchange, 9),
    envelope.acknowledgementRequested ? '1' : '0',
    envelope.usage ?? 'P',
    delimiters.component,
  ];
}

/** A fixed-width ISA field: padded with blanks, refused when too long. */
function fixed(value: string, width: number, field: string): string {
  if (value.length === 0 || value.length > width) {
    throw new ValidationError(`The envelope's ${field} must be 1 to ${width} characters; "${value}" is not.`, [
      { field, message: `1 to ${width} characters` },
    ]);
  }
  return value.padEnd(width, ' ');
}

function controlNumber(value: number, width: number): string {
  checkControlNumber(value);
  return String(value).padStart(width, '0');
}

function checkControlNumber(value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 999_999_999)
    throw new RangeError(`Control number ${value} is not a whole number from 1 to 999999999.`);
}

function writeSegment([id, ...elements]: SegmentToWrite, delimiters: Delimiters): string {
  // ISA fields are fixed-width and checked where they are made; ISA16 is the component separator itself.
  if (id === 'ISA') return [id, ...elements].join(delimiters.element) + delimiters.segment;
  const written = elements.map((element, index) => {
    const components = Array.isArray(element) ? element : [element ?? ''];
    for (const component of components)
      assertNoDelimiter(component, `${id}${String(index + 1).padStart(2, '0')}`, delimiters);
    return components.join(delimiters.component).replace(new RegExp(`${escapeRegExp(delimiters.component)}+$`), '');
  });
  while (written.length > 0 && written.at(-1) === '') written.pop();
  return [id, ...written].join(delimiters.element) + delimiters.segment;
}

function assertNoDelimiter(value: string, field: string, delimiters: Delimiters): void {
  const found = [delimiters.element, delimiters.component, delimiters.segment, delimiters.repetition].find(
    (delimiter) => delimiter && value.includes(delimiter),
  );
  if (found)
    throw new ValidationError(
      `${field} ("${value}") contains "${found}", which this interchange uses as a delimiter.`,
      [{ field, message: `must not contain "${found}"` }],
    );
}

/**
 * Free text (names, descriptions, addresses) made safe to write: delimiters and line breaks become
 * blanks, runs of blanks one, and the text is cut to the element's maximum length. Identifiers are
 * never cleaned like this: a delimiter in one is refused instead.
 */
export function freeText(value: string, maxLength: number): string {
  return value
    .replace(/[*>~^\r\n\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, maxLength);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
