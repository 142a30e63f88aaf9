/**
 * The shapes every X12 reader and writer shares: the delimiters an interchange declares, and a segment
 * as read (its id and its data elements, numbered the way X12 numbers them).
 */

/** The separators of one interchange, as its ISA segment declares them; never assumed. */
export interface Delimiters {
  /** ISA byte 4: between data elements. */
  element: string;
  /** ISA16: between the components of a composite element. */
  component: string;
  /** The character right after ISA16: ends every segment. */
  segment: string;
  /** ISA11 from version 00402 on (005010 included): between repetitions of an element. */
  repetition?: string;
}

/** What Crossdock writes with: the delimiters most partners expect. */
export const OUTBOUND_DELIMITERS: Delimiters = { element: '*', component: '>', segment: '~', repetition: '^' };

export interface Segment {
  /** The segment id: ISA, GS, ST, BEG, PO1... */
  id: string;
  /** The data elements exactly as written; `elements[0]` is what X12 calls XX01. */
  elements: string[];
  /** 1-based position within its transaction set (ST is 1), as the 997 counts; 0 for envelope segments. */
  position: number;
}

/** The value of XXnn (1-based), or undefined when the element is absent or empty. */
export function elementAt(segment: Segment, position: number): string | undefined {
  const value = segment.elements[position - 1];
  return value === undefined || value === '' ? undefined : value;
}

/** XXnn with the padding of fixed-width fields (ISA06 "ABCCO     ") and stray blanks removed. */
export function trimmedElementAt(segment: Segment, position: number): string | undefined {
  const value = elementAt(segment, position)?.trim();
  return value === '' ? undefined : value;
}

/** The components of a composite element ("2>1" → ["2", "1"]). */
export function componentsOf(value: string, delimiters: Delimiters): string[] {
  return value.split(delimiters.component);
}

/** The repetitions of an element (005010); a single value when the interchange declares no repetition separator. */
export function repetitionsOf(value: string, delimiters: Delimiters): string[] {
  return delimiters.repetition ? value.split(delimiters.repetition) : [value];
}
