/**
 * The EDIFACT reader against thousands of mutated copies of a valid ORDERS interchange: whatever the
 * bytes, it answers (a CONTRL, or a typed refusal as a 400), the CONTRL is itself a clean interchange
 * with no control character, and every message it acknowledges becomes a draft.
 */
import { describe, expect, it } from 'vitest';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { seededRandom } from '../x12/x12-mutations';
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
const SPECIAL = [0x00, 0x01, 0x1b, 0x7f, 0xff, 0xc3, 0x27, 0x2b, 0x3a, 0x3f, 0x0a];

type Mutation = (bytes: Buffer, random: () => number) => Buffer;
const below = (random: () => number, n: number) => Math.floor(random() * n);
/** Segment bounds by the default terminator "'" (and the line break after it). */
const segments = (bytes: Buffer) => bytes.toString('latin1').split(/(?<=')\n/);

const MUTATIONS: Record<string, Mutation> = {
  flipByte: (bytes, random) => {
    const copy = Buffer.from(bytes);
    copy[below(random, copy.length)] = below(random, 256);
    return copy;
  },
  specialByte: (bytes, random) => {
    const at = below(random, bytes.length);
    return Buffer.concat([
      bytes.subarray(0, at),
      Buffer.from([SPECIAL[below(random, SPECIAL.length)]!]),
      bytes.subarray(at),
    ]);
  },
  truncate: (bytes, random) => bytes.subarray(0, below(random, bytes.length)),
  repeatSegment: (bytes, random) => {
    const parts = segments(bytes);
    const at = below(random, parts.length);
    parts.splice(at, 0, parts[at]!);
    return Buffer.from(parts.join('\n'), 'latin1');
  },
  dropSegment: (bytes, random) => {
    const parts = segments(bytes);
    parts.splice(below(random, parts.length), 1);
    return Buffer.from(parts.join('\n'), 'latin1');
  },
  oversized: (bytes, random) => {
    const at = below(random, bytes.length);
    return Buffer.concat([bytes.subarray(0, at), Buffer.alloc(below(random, 5000), 'X'), bytes.subarray(at)]);
  },
  una: (bytes, random) => {
    const advice = Array.from({ length: 6 }, () => String.fromCharCode(SPECIAL[below(random, SPECIAL.length)]!));
    return Buffer.concat([Buffer.from(`UNA${advice.join('')}`, 'latin1'), bytes]);
  },
};

function mutated(count: number, seed: number): { applied: string[]; bytes: Buffer }[] {
  const random = seededRandom(seed);
  const names = Object.keys(MUTATIONS);
  return Array.from({ length: count }, () => {
    const applied = Array.from({ length: 1 + below(random, 3) }, () => names[below(random, names.length)]!);
    const bytes = applied.reduce<Buffer>((current, name) => MUTATIONS[name]!(current, random), VALID);
    return { applied, bytes };
  });
}

describe('reading any byte sequence', () => {
  it('answers each of 4,000 mutated copies of a valid ORDERS interchange: a typed refusal, or a clean CONTRL whose acknowledged messages are all drafts', () => {
    let answered = 0;
    for (const { applied, bytes } of mutated(4000, 20261207)) {
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
