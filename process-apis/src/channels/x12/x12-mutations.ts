/**
 * Mutated copies of a valid interchange, for the fuzz tests: byte flips, NUL and control bytes,
 * bytes that are no UTF-8, truncations, repeated and missing segments, separator swaps, oversized
 * elements. Deterministic: the same seed gives the same copies. Not a test file.
 */

/** A small seeded generator (mulberry32): the same seed, the same sequence, on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (bytes: Buffer, random: () => number) => Buffer;

const below = (random: () => number, n: number) => Math.floor(random() * n);
const CONTROL_BYTES = [0x00, 0x01, 0x07, 0x08, 0x0b, 0x1b, 0x7f];
const NOT_UTF8 = [[0xff, 0xfe], [0xc3], [0x80], [0xe2, 0x82]];
const SEPARATOR_CANDIDATES = ['*', '~', '>', '^', '|', '$', '!', '\n', ':', ' ', 'A', '\u001c', '\u0000'];

/** Where each segment starts, by the terminator "~" the source interchange is written with. */
function segmentBounds(bytes: Buffer): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  for (let at = 0; at < bytes.length; at++) {
    if (bytes[at] === 0x7e) {
      bounds.push([start, at + 1]);
      start = at + 1;
    }
  }
  return bounds;
}

const MUTATIONS: Record<string, Mutation> = {
  flipByte: (bytes, random) => {
    const copy = Buffer.from(bytes);
    copy[below(random, copy.length)] = below(random, 256);
    return copy;
  },
  controlByte: (bytes, random) =>
    insert(bytes, below(random, bytes.length), [CONTROL_BYTES[below(random, CONTROL_BYTES.length)]!]),
  notUtf8: (bytes, random) => insert(bytes, below(random, bytes.length), NOT_UTF8[below(random, NOT_UTF8.length)]!),
  truncate: (bytes, random) => bytes.subarray(0, below(random, bytes.length)),
  repeatSegment: (bytes, random) => {
    const bounds = segmentBounds(bytes);
    const [start, end] = bounds[below(random, bounds.length)] ?? [0, 0];
    return Buffer.concat([bytes.subarray(0, end), bytes.subarray(start, end), bytes.subarray(end)]);
  },
  dropSegment: (bytes, random) => {
    const bounds = segmentBounds(bytes);
    const [start, end] = bounds[below(random, bounds.length)] ?? [0, 0];
    return Buffer.concat([bytes.subarray(0, start), bytes.subarray(end)]);
  },
  swapSeparator: (bytes, random) => {
    const from = ['*', '~', '>'][below(random, 3)]!;
    const to = SEPARATOR_CANDIDATES[below(random, SEPARATOR_CANDIDATES.length)]!;
    return Buffer.from(bytes.toString('latin1').replaceAll(from, to), 'latin1');
  },
  oversizedElement: (bytes, random) => {
    const text = bytes.toString('latin1');
    const stars = [...text.matchAll(/\*/g)].map((match) => match.index);
    const at = (stars[below(random, stars.length)] ?? 0) + 1;
    return insert(bytes, at, [...Buffer.from('9'.repeat(1 + below(random, 4000)))]);
  },
};

function insert(bytes: Buffer, at: number, inserted: number[]): Buffer {
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(inserted), bytes.subarray(at)]);
}

export interface MutatedCopy {
  /** Which mutations were applied, in order, for a failure message. */
  applied: string[];
  bytes: Buffer;
}

/** `count` copies of `valid`, each with one to three mutations, from `seed`. */
export function mutatedCopies(valid: string | Buffer, count: number, seed: number): MutatedCopy[] {
  const random = seededRandom(seed);
  const names = Object.keys(MUTATIONS);
  const source = typeof valid === 'string' ? Buffer.from(valid, 'latin1') : valid;
  return Array.from({ length: count }, () => {
    let bytes = source;
    const applied: string[] = [];
    for (let times = 1 + below(random, 3); times > 0; times--) {
      const name = names[below(random, names.length)]!;
      bytes = MUTATIONS[name]!(bytes, random);
      applied.push(name);
    }
    return { applied, bytes };
  });
}
