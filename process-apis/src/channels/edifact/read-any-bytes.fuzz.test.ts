/**
 * The EDIFACT reader against thousands of mutated copies of a valid ORDERS interchange: whatever the
 * bytes, it answers (a CONTRL, or a typed refusal as a 400), the CONTRL is itself a clean interchange
 * with no control character, and every message it acknowledges becomes a draft.
 */
import { describe, expect, it } from 'vitest';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { edifactMutatedCopies } from './edifact-mutations';
import { interchangeOf, messageOf, ordersBody, sampleOrder } from './edifact-test-documents';
import { parseEdifactInterchange } from './parse-interchange';
import { readEdifactInterchange } from './read-inbound-interchange';
import { writeContrl } from './write-contrl';

const VALID = Buffer.from(
  interchangeOf([
    sampleOrder('PO-FUZZ-1'),
    messageOf('2', 'ORDERS:D:01B:UN', ordersBody('PO-FUZZ-2', ['CUX+2:EUR:9'], ['LIN+1++A-1:SA', 'QTY+21:2,5:KGM'])),
  ]),
  'latin1',
);
const AT = new Date('2026-12-07T18:05:00Z');

describe('reading any byte sequence', () => {
  it('answers each of 4,000 mutated copies of a valid ORDERS interchange: a typed refusal, or a clean CONTRL whose acknowledged messages are all drafts', () => {
    let answered = 0;
    for (const { applied, bytes } of edifactMutatedCopies(VALID, 4000, 20261207)) {
      const context = `${applied.join(' + ')}: ${bytes.toString('base64')}`;
      let inbound;
      try {
        inbound = readEdifactInterchange(bytes);
      } catch (error) {
        if (error instanceof CrossdockError && error.status === 400) continue;
        throw new Error(`${context} made the reader throw ${String(error)}`);
      }
      answered++;
      const contrl = writeContrl(inbound.interchange, inbound.reports, {
        controlReference: '1',
        at: AT,
        from: { id: 'CROSSDOCK', qualifier: 'ZZZ' },
      });
      expect(contrl.text, context).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
      const reread = parseEdifactInterchange(contrl.text);
      expect(reread.findings, context).toEqual([]);
      const acknowledged = inbound.interchange.findings.length
        ? 0
        : inbound.reports.filter((report) => report.findings.length === 0).length;
      expect(inbound.orders.length, context).toBe(acknowledged);
    }
    // Most copies are still interchanges: the fuzz reaches the CONTRL, not only the refusal.
    expect(answered).toBeGreaterThan(2000);
  });
});
