import { SEGMENT_ERROR, type ElementErrorCode, type SegmentErrorCode } from './x12-codes';
import type { Segment } from './x12-segments';

/** An error in one data element: an AK4 of the 997. */
export interface ElementNote {
  /** AK401-1: the element's position in its segment (1-based). */
  position: number;
  /** AK401-2: the component's position, for an error inside a composite. */
  componentPosition?: number;
  /** AK402: the X12 data element reference number (e.g. 330 for a quantity ordered). */
  reference?: string;
  /** AK403. */
  code: ElementErrorCode;
  /** AK404: a copy of the element in error (never for an invalid character, as the standard asks). */
  badData?: string;
}

/** An error in one segment: an AK3 of the 997, with its AK4s. */
export interface SegmentNote {
  /** AK301. */
  segmentId: string;
  /** AK302: the segment's position in the transaction set, ST being 1. */
  position: number;
  /** AK303: the loop the segment belongs to (N1, PO1, CTT...). */
  loopId?: string;
  /** AK304. */
  code: SegmentErrorCode;
  elements: ElementNote[];
  /** True when the set cannot be used because of it (AK5 R); false for an error noted and got round (AK5 E). */
  rejects: boolean;
}

/** Errors found while reading one transaction set, in document order. */
export class SegmentNotes {
  readonly all: SegmentNote[] = [];

  /** Notes an error in one element of `segment`. */
  element(segment: Segment, loopId: string | undefined, element: ElementNote, rejects: boolean): void {
    const earlier = this.all.find(
      (note) => note.position === segment.position && note.code === SEGMENT_ERROR.hasElementErrors,
    );
    if (earlier) {
      earlier.elements.push(element);
      earlier.rejects ||= rejects;
      return;
    }
    this.all.push({
      segmentId: segment.id,
      position: segment.position,
      ...(loopId ? { loopId } : {}),
      code: SEGMENT_ERROR.hasElementErrors,
      elements: [element],
      rejects,
    });
  }

  /** Notes an error in a segment as a whole (missing, unrecognised). */
  segment(note: Omit<SegmentNote, 'elements'>): void {
    this.all.push({ ...note, elements: [] });
  }

  get rejecting(): boolean {
    return this.all.some((note) => note.rejects);
  }
}
