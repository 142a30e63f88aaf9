/**
 * The X12 reader against thousands of mutated copies of a valid 850 interchange: whatever the bytes,
 * it answers (a 997, or a typed refusal as a 400), writes a 997 that is itself a clean interchange
 * with no byte an X12 element may not hold, and every 850 it accepts (AK5 A or E) becomes a draft.
 */
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { describe, expect, it } from 'vitest';
import { acknowledgementGroupCount, write997 } from './acknowledge-997';
import { parseInterchange } from './parse-interchange';
import { readInboundInterchange } from './read-inbound-interchange';
import { mutatedCopies } from './x12-mutations';
import { interchangeOf, purchaseOrderBody } from './x12-test-documents';

const VALID = interchangeOf([
  { controlNumber: '0001', body: purchaseOrderBody({ poNumber: 'PO-FUZZ-1' }) },
  { controlNumber: '0002', body: purchaseOrderBody({ poNumber: 'PO-FUZZ-2' }) },
]);
const AT = new Date('2026-11-28T14:05:00Z');

/** What reading one copy came to: refused (400), or the 997 written and what it accepted. */
function outcomeOf(
  bytes: Buffer,
): { refused: true } | { refused: false; ack: string; accepted850s: number; drafts: number } {
  let inbound;
  try {
    inbound = readInboundInterchange(bytes);
  } catch (error) {
    if (error instanceof CrossdockError && error.status === 400) return { refused: true };
    throw error;
  }
  const written = write997(inbound.interchange, inbound.acknowledgement, {
    controlNumbers: {
      interchange: 1,
      groups: Array.from({ length: acknowledgementGroupCount(inbound.acknowledgement) }, (_, index) => index + 1),
    },
    at: AT,
  });
  const accepted850s = inbound.acknowledgement.groups
    .flatMap((group) => group.transactionSets)
    .filter((set) => set.code === '850' && set.status !== 'R').length;
  return { refused: false, ack: written.text, accepted850s, drafts: inbound.purchaseOrders.length };
}

describe('reading any byte sequence', () => {
  it('answers each of 4,000 mutated copies of a valid 850 precisely: a typed refusal, or a clean 997 whose accepted 850s are all drafts', () => {
    const copies = mutatedCopies(VALID, 4000, 20261207);
    let answered = 0;
    for (const { applied, bytes } of copies) {
      let outcome;
      try {
        outcome = outcomeOf(bytes);
      } catch (error) {
        throw new Error(
          `${applied.join(' + ')} made the reader throw ${String(error)}; copy (base64): ${bytes.toString('base64')}`,
        );
      }
      if (outcome.refused) continue;
      answered++;
      const context = `${applied.join(' + ')}: ${bytes.toString('base64')}`;
      expect(outcome.ack, context).not.toMatch(/[^\x20-\x7e]/);
      const ack = parseInterchange(outcome.ack);
      expect(ack.notes, context).toEqual([]);
      expect(
        ack.groups.flatMap((group) => [...group.errors, ...group.transactionSets.flatMap((set) => set.errors)]),
        context,
      ).toEqual([]);
      expect(outcome.drafts, context).toBe(outcome.accepted850s);
    }
    // Most copies are still interchanges: the fuzz reaches the 997, not only the refusal.
    expect(answered).toBeGreaterThan(copies.length / 2);
  });
});
