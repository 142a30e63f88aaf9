/**
 * Mutated copies of a valid EDIFACT interchange (written with the default service characters, one
 * segment a line), for the fuzz tests: segments dropped, repeated and swapped, separators and the
 * release character mangled, a UNA added or changed, elements cut short or oversized, bytes flipped
 * (NUL, control bytes, no UTF-8, beyond UNOA), UNT and UNZ counts wrong, another syntax level.
 * Deterministic: the same seed gives the same copies. Not a test file.
 */
import { seededRandom, type MutatedCopy } from '../x12/x12-mutations';

type Mutation = (text: string, pick: (n: number) => number) => string;

/** Characters a partner's software gets wrong: service characters, NUL and control bytes, Latin-1, no UTF-8. */
const ODD_CHARACTERS = ['\u0000', '\u0001', '\u001b', '\u007f', '\u00ff', '\u00c3', '\u00e9', '?', "'", '+', ':', '\n'];
const SERVICE_CHARACTERS = ["'", '+', ':', '?'];
const SERVICE_STRINGS = [':+.? ', ":+,? '", '*|.\\ ~', ":+.?*'", "++.? '", ":+.?'", "\u0000+.? '"];
const SYNTAX_LEVELS = ['UNOC:4', 'UNOA:4', 'UNOB:1', 'UNOW:4', 'UNOY:4', 'UNOC:9', 'UNOZ:3', 'UNOA:2'];

/** The segments, each with its terminator and line break. */
const segmentsOf = (text: string) => text.split(/(?<=')\n/);
const joined = (segments: string[]) => segments.join('\n');
const spliced = (text: string, at: number, remove: number, put = '') =>
  text.slice(0, at) + put + text.slice(at + remove);
/** Where each element or component starts (just after a "+" or ":"). */
const elementStarts = (text: string) => [...text.matchAll(/[+:]/g)].map((match) => match.index + 1);

const MUTATIONS: Record<string, Mutation> = {
  dropSegment: (text, pick) => {
    const segments = segmentsOf(text);
    segments.splice(pick(segments.length), 1);
    return joined(segments);
  },
  repeatSegment: (text, pick) => {
    const segments = segmentsOf(text);
    const at = pick(segments.length);
    segments.splice(at, 0, segments[at]!);
    return joined(segments);
  },
  swapSegments: (text, pick) => {
    const segments = segmentsOf(text);
    const at = pick(segments.length - 1);
    [segments[at], segments[at + 1]] = [segments[at + 1]!, segments[at]!];
    return joined(segments);
  },
  swapServiceCharacter: (text, pick) =>
    text.replaceAll(SERVICE_CHARACTERS[pick(SERVICE_CHARACTERS.length)]!, ODD_CHARACTERS[pick(ODD_CHARACTERS.length)]!),
  // A release character where none belongs (before a separator, at the end) or one taken away.
  releaseCharacter: (text, pick) => {
    const released = [...text.matchAll(/\?/g)];
    if (released.length > 0 && pick(3) === 0) return spliced(text, released[pick(released.length)]!.index, 1);
    return spliced(text, pick(text.length + 1), 0, '?'.repeat(1 + pick(2)));
  },
  una: (text, pick) => `UNA${SERVICE_STRINGS[pick(SERVICE_STRINGS.length)]!}${text.replace(/^UNA.{6}/s, '')}`,
  // The same interchange written with other service characters, announced by its UNA: still valid.
  otherServiceCharacters: (text) =>
    `UNA|*.! #${text.replace(/^UNA.{6}/s, '').replace(/[+:'?]/g, (found) => ({ '+': '*', ':': '|', "'": '#', '?': '!' })[found]!)}`,
  truncateElement: (text, pick) => {
    const starts = elementStarts(text);
    const at = starts[pick(starts.length)] ?? 0;
    const end = text.slice(at).search(/[+:']/);
    return spliced(text, at, end < 0 ? 0 : pick(end + 1));
  },
  oversizedElement: (text, pick) => {
    const starts = elementStarts(text);
    const filler = pick(2) === 0 ? '9' : 'W';
    return spliced(text, starts[pick(starts.length)] ?? 0, 0, filler.repeat(1 + pick(3000)));
  },
  flipByte: (text, pick) => spliced(text, pick(text.length), 1, String.fromCharCode(pick(256))),
  oddCharacter: (text, pick) => spliced(text, pick(text.length + 1), 0, ODD_CHARACTERS[pick(ODD_CHARACTERS.length)]),
  wrongCount: (text, pick) =>
    text.replace(pick(2) === 0 ? /(UNT\+)(\d+)/ : /(UNZ\+)(\d+)/, (_, tag: string, count: string) => {
      const wrong = [Number(count) + 1, Number(count) - 1, 0, 99999999999999][pick(4)]!;
      return `${tag}${wrong}`;
    }),
  syntaxLevel: (text, pick) => text.replace(/UNO[A-Z]:\d/, SYNTAX_LEVELS[pick(SYNTAX_LEVELS.length)]!),
};

/** `count` copies of `valid`, each with one to three mutations, from `seed`. */
export function edifactMutatedCopies(valid: string | Buffer, count: number, seed: number): MutatedCopy[] {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * Math.max(n, 0));
  const names = Object.keys(MUTATIONS);
  const source = typeof valid === 'string' ? valid : valid.toString('latin1');
  return Array.from({ length: count }, () => {
    const applied = Array.from({ length: 1 + pick(3) }, () => names[pick(names.length)]!);
    const text = applied.reduce((current, name) => MUTATIONS[name]!(current, pick), source);
    // Latin-1 keeps each character one byte: a lone 0xC3 or 0xFF is then no UTF-8, as a partner's stray byte is.
    return { applied, bytes: Buffer.from(text, 'latin1') };
  });
}
