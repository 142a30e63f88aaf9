import type { WrittenInterchange } from '../x12/write-interchange';
import { released } from './edifact-segments';
import type { EdifactParty } from './parse-interchange';

/** A segment to write: its tag, then its data elements, each a list of components. */
export type SegmentToWrite = string[][];

/** The envelope of an interchange Crossdock sends: from us (the partner's recipient id) to the partner. */
export interface EdifactEnvelope {
  /** UNB S001: syntax identifier and version (1 to 4). */
  syntax: { identifier: string; version: string };
  from: EdifactParty;
  to: EdifactParty;
  /** UNB 0020, ours. */
  controlReference: string;
  at: Date;
}

/**
 * An interchange of one message (UNH to UNT, which is counted and added here), with a UNA giving the
 * default service characters, UNB and UNZ. What came from a partner is written back released, but
 * never a control character (nor, in UNOA/UNOB, a character beyond ASCII): each becomes "?".
 */
export function writeEdifactInterchange(
  envelope: EdifactEnvelope,
  message: { reference: string; identifier: string[]; body: SegmentToWrite[] },
): WrittenInterchange {
  const { syntax, at } = envelope;
  const iso = at.toISOString();
  const date = syntax.version === '4' ? iso.slice(0, 10).replace(/-/g, '') : iso.slice(2, 10).replace(/-/g, '');
  const segments: SegmentToWrite[] = [
    [
      ['UNB'],
      [syntax.identifier, syntax.version],
      party(envelope.from),
      party(envelope.to),
      [date, iso.slice(11, 16).replace(':', '')],
      [envelope.controlReference],
    ],
    [['UNH'], [message.reference], message.identifier],
    ...message.body,
    [['UNT'], [String(message.body.length + 2)], [message.reference]],
    [['UNZ'], ['1'], [envelope.controlReference]],
  ];
  const asciiOnly = syntax.identifier === 'UNOA' || syntax.identifier === 'UNOB';
  return {
    text: `UNA:+.? '${segments.map((segment) => segmentText(segment, asciiOnly)).join('')}`,
    interchangeControlNumber: envelope.controlReference,
    groupControlNumbers: [],
    transactionSetControlNumbers: [message.reference],
  };
}

export function party(of: EdifactParty): string[] {
  return of.qualifier ? [of.id, of.qualifier] : [of.id];
}

function segmentText([tag, ...elements]: SegmentToWrite, asciiOnly: boolean): string {
  const unwanted = asciiOnly ? /[^\x20-\x7e]/g : /[\x00-\x1f\x7f-\x9f]/g;
  // Trailing empty elements are left out, as the syntax rules ask.
  while (elements.length > 0 && elements[elements.length - 1]!.every((value) => value === '')) elements.pop();
  const text = [
    tag!.join(':'),
    ...elements.map((components) => components.map((value) => released(value.replace(unwanted, '?'))).join(':')),
  ];
  return `${text.join('+')}'`;
}
