import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';

/**
 * The service characters of an interchange (ISO 9735 part 1, clause 7): given by the service string
 * advice UNA, or the defaults of syntax level A when there is none.
 */
export interface ServiceCharacters {
  component: string;
  element: string;
  decimal: string;
  /** The release character ("?"), or undefined when UNA names none (a space). */
  release?: string;
  /** Syntax version 4's repetition separator; a space (reserved) in versions 1 to 3. */
  repetition: string;
  segment: string;
}

export const DEFAULT_SERVICE_CHARACTERS: ServiceCharacters = {
  component: ':',
  element: '+',
  decimal: '.',
  release: '?',
  repetition: ' ',
  segment: "'",
};

/** One segment as sent: its tag, then its data elements, each a list of components, releases undone. */
export interface EdifactSegment {
  tag: string;
  /** Data elements after the tag; each element's components (a simple element has one). */
  elements: string[][];
  /** 1-based position in the interchange, UNA not counted. */
  position: number;
}

/** A component of a segment, positions 1-based as the standard counts them; '' when absent. */
export function componentOf(segment: EdifactSegment | undefined, element: number, component = 1): string {
  return segment?.elements[element - 1]?.[component - 1] ?? '';
}

/** The service characters and the segments of an interchange's text. */
export interface SplitInterchange {
  characters: ServiceCharacters;
  /** True when the interchange opened with a UNA. */
  advised: boolean;
  segments: EdifactSegment[];
  /** True when the text ended inside a segment (no terminator after the last one). */
  unterminated: boolean;
}

/**
 * Splits an interchange into segments by its service string advice (or the defaults).
 * @throws UnreadableDocumentError when the text opens with neither UNA nor UNB, or UNA is not valid.
 */
export function splitInterchange(text: string): SplitInterchange {
  const start = text.replace(/^\uFEFF?[\s]*/, '');
  let characters = DEFAULT_SERVICE_CHARACTERS;
  let body = start;
  const advised = start.startsWith('UNA');
  if (advised) {
    characters = serviceStringAdvice(start.slice(3, 9));
    body = start.slice(9).replace(/^[\r\n]+/, '');
  }
  if (!body.startsWith('UNB'))
    throw new UnreadableDocumentError(
      'The body is not a UN/EDIFACT interchange: it must open with the service string advice UNA or the interchange header UNB.',
      [{ field: advised ? 'UNB' : 'UNA', message: 'an interchange opens with UNA or UNB' }],
    );
  return { characters, advised, ...segmentsOf(body, characters) };
}

/** UNA1 to UNA6: six service characters, distinct, none a letter or digit. */
function serviceStringAdvice(advice: string): ServiceCharacters {
  const [component, element, decimal, release, repetition, segment] = [...advice];
  const used = [component, element, release, segment].filter((character) => character !== ' ');
  const valid =
    advice.length === 6 &&
    used.length === 4 &&
    new Set(used).size === used.length &&
    used.every((character) => !/[A-Za-z0-9]/.test(character!)) &&
    (decimal === '.' || decimal === ',');
  if (!valid)
    throw new UnreadableDocumentError(
      'The service string advice (UNA) is not valid: it needs six characters, the component, element and segment separators and the release character distinct and no letter or digit, and the decimal mark "." or ",".',
      [{ field: 'UNA', message: `"${[...advice].map(printableCharacter).join('')}" is no service string advice` }],
    );
  return {
    component: component!,
    element: element!,
    decimal: decimal!,
    release: release === ' ' ? undefined : release,
    repetition: repetition!,
    segment: segment!,
  };
}

/**
 * Reads the segments, a released character taken as data; line breaks between segments are ignored.
 * Values are sliced from the text (a released character joins the slices around it), not built a
 * character at a time: a drop of a thousand orders would otherwise be mostly garbage collection.
 */
function segmentsOf(body: string, characters: ServiceCharacters): Omit<SplitInterchange, 'characters' | 'advised'> {
  const segments: EdifactSegment[] = [];
  let elements: string[][] = [[]];
  let released = '';
  let start = 0;
  let open = false;
  const take = (end: number) => {
    const value = released + body.slice(start, end);
    released = '';
    start = end + 1;
    return value;
  };
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index]!;
    if (!open && (character === '\r' || character === '\n')) {
      start = index + 1;
      continue;
    }
    open = true;
    if (character === characters.release) {
      released += body.slice(start, index) + (body[index + 1] ?? '');
      index += 1;
      start = index + 1;
    } else if (character === characters.component) {
      elements[elements.length - 1]!.push(take(index));
    } else if (character === characters.element) {
      elements[elements.length - 1]!.push(take(index));
      elements.push([]);
    } else if (character === characters.segment) {
      elements[elements.length - 1]!.push(take(index));
      segments.push(segmentFrom(elements, segments.length + 1));
      elements = [[]];
      open = false;
    }
  }
  if (open) {
    elements[elements.length - 1]!.push(take(body.length));
    segments.push(segmentFrom(elements, segments.length + 1));
  }
  return { segments, unterminated: open };
}

function segmentFrom(elements: string[][], position: number): EdifactSegment {
  const [tag = [''], ...rest] = elements;
  // A segment tag may carry components (syntax 4 nesting); the tag is its first.
  return { tag: tag[0]!.trim(), elements: rest, position };
}

/** A character as a person can read it in a message: itself when printable, else its code (U+0000). */
export function printableCharacter(character: string): string {
  return /^[\x20-\x7e]$/.test(character)
    ? character
    : `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text escaped for an interchange written with the default service characters (writing never needs UNA). */
export function released(value: string, characters: ServiceCharacters = DEFAULT_SERVICE_CHARACTERS): string {
  const special = [characters.component, characters.element, characters.segment, characters.release ?? ''];
  return [...value].map((character) => (special.includes(character) ? `?${character}` : character)).join('');
}
