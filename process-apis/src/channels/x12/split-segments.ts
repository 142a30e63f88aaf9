import { UnreadableDocumentError } from '@crossdock/shared-contracts/errors/errors';
import type { Delimiters } from './x12-segments';

/** A segment's text split into its id and elements, before it is placed in a transaction set. */
export interface RawSegment {
  id: string;
  elements: string[];
}

const ISA_ELEMENT_COUNT = 16;
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Reads the delimiters from the ISA segment and splits the interchange into segments. Tolerates a
 * UTF-8 byte-order mark, blanks and line breaks before the ISA and between segments (CR/LF, LF, or
 * none), and any segment terminator the ISA declares.
 *
 * @throws UnreadableDocumentError when there is no ISA to read the delimiters from.
 */
export function splitSegments(raw: string | Uint8Array): { delimiters: Delimiters; segments: RawSegment[] } {
  const text = typeof raw === 'string' ? raw : decode(raw);
  const body = stripLeadingBlanks(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  const delimiters = readDelimiters(body);
  const segments: RawSegment[] = [];
  for (const piece of body.split(delimiters.segment)) {
    const segmentText = stripLineBreaksAtEnd(stripLeadingBlanks(piece));
    if (segmentText === '') continue;
    const [id = '', ...elements] = segmentText.split(delimiters.element);
    segments.push({ id, elements });
  }
  return { delimiters, segments };
}

/**
 * Element separator = the byte after "ISA"; ISA16 (the component separator) is the byte after the 16th
 * element separator, and the segment terminator the byte after that. Counting separators rather than
 * taking fixed offsets also reads an ISA whose fields were not padded to their fixed widths.
 */
function readDelimiters(body: string): Delimiters {
  if (!body.startsWith('ISA')) throw new UnreadableDocumentError('The document is not an X12 interchange: it does not begin with an ISA segment.');
  const element = body[3];
  if (element === undefined || /[A-Za-z0-9\s]/.test(element)) {
    throw new UnreadableDocumentError('The ISA segment declares no element separator (the fourth character must be a separator such as "*").');
  }
  let at = 3;
  for (let count = 1; count < ISA_ELEMENT_COUNT; count++) {
    at = body.indexOf(element, at + 1);
    if (at < 0) throw new UnreadableDocumentError(`The interchange is cut off inside its ISA segment: ${count} of ${ISA_ELEMENT_COUNT} elements are there.`);
  }
  const component = body[at + 1];
  const segment = body[at + 2];
  if (component === undefined || segment === undefined) throw new UnreadableDocumentError('The interchange is cut off inside its ISA segment: ISA16 or the segment terminator is missing.');
  if (/[A-Za-z0-9]/.test(segment) || segment === element || segment === component) {
    throw new UnreadableDocumentError(`The ISA segment declares no usable segment terminator (found "${segment}" after ISA16).`);
  }
  if (/[A-Za-z0-9]/.test(component) || component === element) {
    throw new UnreadableDocumentError(`ISA16, the component separator, must be a separator character, not "${component}".`);
  }
  const isa = body.slice(0, at + 1).split(element);
  return { element, component, segment, repetition: repetitionSeparator(isa[11], isa[12], [element, component, segment]) };
}

/** ISA11 is the repetition separator from version 00402 on (005010 included); before, it is a standards id such as "U". */
function repetitionSeparator(isa11: string | undefined, isa12: string | undefined, others: string[]): string | undefined {
  if (!isa11 || isa11.length !== 1 || /[A-Za-z0-9\s]/.test(isa11) || others.includes(isa11)) return undefined;
  return isa12 !== undefined && isa12.trim() >= '00402' ? isa11 : undefined;
}

/** UTF-8 when the bytes are UTF-8; otherwise ISO-8859-1, which many EDI translators still write (CAFÉ as one byte). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function stripLeadingBlanks(text: string): string {
  return text.replace(/^[\s]+/, '');
}

function stripLineBreaksAtEnd(text: string): string {
  return text.replace(/[\r\n]+$/, '');
}
