import type { Interchange } from './parse-interchange';
import { trimmedElementAt } from './x12-segments';

/** What a partner's 997, 999 or TA1 says of one group or interchange Crossdock sent. */
export interface ReceivedAcknowledgement {
  /** 997 or 999 (an AK1…AK9 of one functional group), or TA1 (of a whole interchange). */
  kind: '997' | '999' | 'TA1';
  /** AK102: the control number of our functional group acknowledged (997, 999). */
  groupControlNumber?: string;
  /** TA101: the control number of our interchange acknowledged (TA1). */
  interchangeControlNumber?: string;
  /** AK901 (A, E, P, R) or TA104 (A, E, R), as written. */
  code: string;
}

/** GS01 of a group of acknowledgements: 997 and 999 both travel as functional group FA. */
export const ACKNOWLEDGEMENT_GROUP = 'FA';

/**
 * True when the interchange only acknowledges (TA1s, FA groups) and holds nothing to take in. Such an
 * interchange is never answered with a 997 of its own: two systems acknowledging each other's
 * acknowledgements is the classic endless loop.
 */
export function onlyAcknowledges(interchange: Interchange): boolean {
  const groups = interchange.groups;
  return (
    (groups.length > 0 || interchange.interchangeAcknowledgements.length > 0) &&
    groups.every((group) => group.functionalId === ACKNOWLEDGEMENT_GROUP)
  );
}

/** Every TA1, and every AK1/AK9 pair of the 997s and 999s, in the interchange. */
export function readAcknowledgements(interchange: Interchange): ReceivedAcknowledgement[] {
  const found: ReceivedAcknowledgement[] = interchange.interchangeAcknowledgements.map((ta1) => ({
    kind: 'TA1',
    interchangeControlNumber: (ta1.elements[0] ?? '').trim(),
    code: (ta1.elements[3] ?? '').trim(),
  }));
  for (const group of interchange.groups.filter((candidate) => candidate.functionalId === ACKNOWLEDGEMENT_GROUP)) {
    for (const set of group.transactionSets.filter(
      (candidate) => candidate.code === '997' || candidate.code === '999',
    )) {
      let groupControlNumber: string | undefined;
      for (const segment of set.segments) {
        if (segment.id === 'AK1') groupControlNumber = trimmedElementAt(segment, 2);
        if (segment.id === 'AK9' && groupControlNumber) {
          found.push({ kind: set.code as '997' | '999', groupControlNumber, code: trimmedElementAt(segment, 1) ?? '' });
          groupControlNumber = undefined;
        }
      }
    }
  }
  return found;
}
