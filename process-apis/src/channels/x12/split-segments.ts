import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { INTERCHANGE_NOTE, type InterchangeNoteCode } from './x12-codes';
import type { Delimiters } from './x12-segments';

/** A segment's text split into its id and elements, before it is placed in a transaction set. */
export interface RawSegment {
  id: string;
  elements: string[];
}

/**
 * A part of the envelope that cannot be read: the field at fault and the TA105 note code for it, and
 * ISA01 to ISA15 as far as they could be read (for a TA1 to the sender they name).
 */
export class UnreadableEnvelopeError extends UnreadableDocumentError {
  constructor(
    detail: string,
    readonly field: string,
    readonly note: InterchangeNoteCode,
    readonly isaElements: string[] = [],
  ) {
    super(detail, [{ field, message: `TA1 note ${note}` }]);
  }
}

const BYTE_ORDER_MARK = '\uFEFF';
/** ISA01 to ISA16: the widths the standard fixes; with "ISA", 16 separators and the terminator, 106 characters. */
const ISA_WIDTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1] as const;
const ISA_LENGTH = 3 + ISA_WIDTHS.length + ISA_WIDTHS.reduce((sum, width) => sum + width, 0) + 1;
// A delimiter may be any character that is no letter, digit or blank, nor one that cannot be data at all.
const UNUSABLE_DELIMITER = /[A-Za-z0-9 \u0000\uFFFD]/;

/**
 * Reads the delimiters from the ISA segment and splits the interchange into segments. Tolerates a
 * UTF-8 byte-order mark, blanks and line breaks before the ISA and between segments (CR/LF, LF, or
 * none), and any segment terminator the ISA declares. An ISA whose fields are not at their fixed
 * widths is still read by its separators when that is unambiguous, and `warnings` says so.
 *
 * @throws UnreadableDocumentError when there is no ISA to read the delimiters from.
 */
export function splitSegments(raw: string | Uint8Array): {
  delimiters: Delimiters;
  segments: RawSegment[];
  warnings: string[];
} {
  const text = typeof raw === 'string' ? raw : decode(raw);
  const body = stripLeadingBlanks(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  const warnings: string[] = [];
  const delimiters = readDelimiters(body, warnings);
  const segments: RawSegment[] = [];
  for (const piece of body.split(delimiters.segment)) {
    const segmentText = stripLineBreaksAtEnd(stripLeadingBlanks(piece));
    if (segmentText === '') continue;
    const [id = '', ...elements] = segmentText.split(delimiters.element);
    segments.push({ id, elements });
  }
  return { delimiters, segments, warnings };
}

/**
 * Element separator = the character after "ISA". When every separator stands where the fixed widths
 * put it, ISA16 is character 105 and the terminator character 106. Otherwise the separators are
 * counted (an ISA whose fields were not padded), each field off its width is named in a warning, and
 * the terminator is checked against what follows it: ISA16 left out shows as the terminator where
 * ISA16 should be, and is refused rather than misread.
 */
function readDelimiters(body: string, warnings: string[]): Delimiters {
  if (!body.startsWith('ISA'))
    throw new UnreadableDocumentError('The document is not an X12 interchange: it does not begin with an ISA segment.');
  const element = body[3];
  if (element === undefined || UNUSABLE_DELIMITER.test(element) || /\s/.test(element)) {
    throw new UnreadableEnvelopeError(
      'The ISA segment declares no element separator (the fourth character must be a separator such as "*").',
      'ISA04',
      INTERCHANGE_NOTE.invalidElementSeparator,
    );
  }
  const separators = [3];
  for (let count = 1; count < ISA_WIDTHS.length; count++) {
    const at = body.indexOf(element, separators.at(-1)! + 1);
    if (at < 0)
      throw new UnreadableDocumentError(
        `The interchange is cut off inside its ISA segment: ${count} of ${ISA_WIDTHS.length} elements are there.`,
      );
    separators.push(at);
  }
  const last = separators.at(-1)!;
  const component = body[last + 1];
  const segment = body[last + 2];
  if (component === undefined || segment === undefined)
    throw new UnreadableDocumentError(
      'The interchange is cut off inside its ISA segment: ISA16 or the segment terminator is missing.',
    );
  const isaElements = body.slice(4, last).split(element);
  checkIsa16NotLeftOut(body, element, component, segment, last, isaElements);
  if (UNUSABLE_DELIMITER.test(segment) || segment === element || segment === component) {
    throw new UnreadableEnvelopeError(
      `The ISA segment declares no usable segment terminator (found "${printable(segment)}" after ISA16).`,
      'ISA16',
      INTERCHANGE_NOTE.segmentTerminatorInvalid,
      isaElements,
    );
  }
  if (UNUSABLE_DELIMITER.test(component) || /\s/.test(component) || component === element) {
    throw new UnreadableEnvelopeError(
      `ISA16, the component separator, must be a separator character, not "${printable(component)}".`,
      'ISA16',
      INTERCHANGE_NOTE.invalidComponentSeparator,
      isaElements,
    );
  }
  warnings.push(...widthWarnings(separators, last + 3));
  const isa = body.slice(0, last + 1).split(element);
  return {
    element,
    component,
    segment,
    repetition: repetitionSeparator(isa[11], isa[12], [element, component, segment]),
  };
}

/** "…*P*~GS*…" or "…*P*~\nGS*…~": the character read as ISA16 is the terminator, and ISA16 is empty. */
function checkIsa16NotLeftOut(
  body: string,
  element: string,
  component: string,
  segment: string,
  last: number,
  isaElements: string[],
): void {
  const next = body.slice(last + 2).replace(/^[\r\n]+/, '');
  const startsSegment = (text: string) =>
    /^(GS|IEA|TA1)/.test(text) && text[text.startsWith('IEA') || text.startsWith('TA1') ? 3 : 2] === element;
  const leftOut =
    startsSegment(body.slice(last + 2)) ||
    (/[\r\n]/.test(segment) && startsSegment(next) && next.split(/[\r\n]/)[0]!.endsWith(component));
  if (leftOut) {
    throw new UnreadableEnvelopeError(
      `ISA16, the component separator, is empty: "${printable(component)}" right after the 16th element separator ends the segment, so the interchange's delimiters cannot be told apart.`,
      'ISA16',
      INTERCHANGE_NOTE.invalidComponentSeparator,
      isaElements,
    );
  }
}

/** A field off the width the standard fixes, named, when the ISA is not 106 characters as it should be. */
function widthWarnings(separators: number[], length: number): string[] {
  // Field n lies between separator n and separator n + 1; ISA16 is one character by construction.
  const off = separators
    .slice(0, -1)
    .map((at, index) => ({
      field: `ISA${String(index + 1).padStart(2, '0')}`,
      width: separators[index + 1]! - at - 1,
      fixed: ISA_WIDTHS[index]!,
    }))
    .filter((field) => field.width !== field.fixed);
  if (off.length === 0 && length === ISA_LENGTH) return [];
  const fields = off.map((field) => `${field.field} is ${field.width} characters wide, not ${field.fixed}`).join('; ');
  return [
    `The ISA segment is ${length} characters long, not ${ISA_LENGTH} (${fields}); it was read by its separators.`,
  ];
}

/** ISA11 is the repetition separator from version 00402 on (005010 included); before, it is a standards id such as "U". */
function repetitionSeparator(
  isa11: string | undefined,
  isa12: string | undefined,
  others: string[],
): string | undefined {
  if (
    !isa11 ||
    isa11.length !== 1 ||
    /[A-Za-z0-9\s]/.test(isa11) ||
    UNUSABLE_DELIMITER.test(isa11) ||
    others.includes(isa11)
  )
    return undefined;
  return isa12 !== undefined && isa12.trim() >= '00402' ? isa11 : undefined;
}

/**
 * The rule for characters: an interchange is read as UTF-8 (plain ASCII, what the X12 basic and
 * extended character sets hold, included). Bytes that are not UTF-8 — 0xFF 0xFE, a lone 0xC3, a name
 * written in ISO-8859-1 — become U+FFFD here, and an element holding one is an invalid character
 * (AK4 code 6, see invalidCharacterAt): guessing another character set would let mojibake through.
 */
function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

// C0 and C1 controls, DEL, and what an undecodable byte became; delimiters are split out before this is asked.
const INVALID_CHARACTER = /[\u0000-\u001F\u007F-\u009F\uFFFD]/;

/** The index of the first character an element may not hold, ignoring the composite and repetition separators; -1 when none. */
export function invalidCharacterAt(value: string, delimiters: Delimiters): number {
  for (let at = 0; at < value.length; at++) {
    const character = value[at]!;
    if (character === delimiters.component || character === delimiters.repetition) continue;
    if (INVALID_CHARACTER.test(character)) return at;
  }
  return -1;
}

/** A character shown in a message: controls by their code, so no NUL reaches a log or a stored problem. */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001F\u007F-\u009F]/g,
    (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

function stripLeadingBlanks(text: string): string {
  return text.replace(/^[\s]+/, '');
}

function stripLineBreaksAtEnd(text: string): string {
  return text.replace(/[\r\n]+$/, '');
}
