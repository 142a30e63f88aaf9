/**
 * Mutated copies of a valid UBL Order, for the fuzz tests: elements dropped or repeated, namespaces
 * changed, a DOCTYPE with entities (internal, external, nested: what XXE and "billion laughs" send),
 * oversized text, decimals that are none, markup characters, NUL and bytes that are no UTF-8, the
 * text cut short. Deterministic: the same seed gives the same copies. Not a test file.
 */
import { seededRandom, type MutatedCopy } from '../x12/x12-mutations';
import { UBL_NAMESPACE } from './ubl-names';

type Mutation = (text: string, pick: (n: number) => number) => string;

const DOCTYPES = [
  '<!DOCTYPE Order [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE Order [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x "&b;&b;&b;&b;&b;&b;&b;&b;">]>',
  '<!DOCTYPE Order [<!ENTITY % p SYSTEM "http://127.0.0.1:1/x.dtd"> %p;]>',
  '<!DOCTYPE Order SYSTEM "http://127.0.0.1:1/order.dtd">',
];
const NOT_DECIMALS = [
  '1,5',
  '1e3',
  '-4',
  'NaN',
  'Infinity',
  '0',
  '1.2.3',
  '99999999999999999999.999999',
  ' 12 ',
  '0x10',
];
const ODD_TEXT = ['<', '>', '&', '"', '\u0000', '\u0007', '\uFFFF', ']]>', '&amp;', '&#0;', '&#x1F600;', 'é', '\uD800'];
const OTHER_NAMESPACES = [
  'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  'urn:oasis:names:specification:ubl:schema:xsd:order-2',
  '',
  'urn:example:not-ubl',
];
/** Byte runs that are no UTF-8: a lone lead byte, a continuation byte, an overlong NUL. */
const NOT_UTF8 = [Buffer.from([0xc3]), Buffer.from([0x80]), Buffer.from([0xff, 0xfe]), Buffer.from([0xc0, 0x80])];

/** Each element's start tag: where it starts, and its qualified name. */
const startTags = (text: string) => [...text.matchAll(/<([A-Za-z][\w.-]*(?::[\w.-]+)?)[\s>]/g)];
const spliced = (text: string, at: number, remove: number, put = '') =>
  text.slice(0, at) + put + text.slice(at + remove);

/** An element from its start tag to the end of its first closing tag (the whole of it, unless nested alike). */
function anElement(text: string, pick: (n: number) => number): { at: number; length: number } {
  const tags = startTags(text);
  const tag = tags[pick(tags.length)];
  if (!tag) return { at: 0, length: 0 };
  const close = `</${tag[1]}>`;
  const end = text.indexOf(close, tag.index);
  return { at: tag.index, length: end < 0 ? text.length - tag.index : end + close.length - tag.index };
}

/** Where text content may start: just after a start tag's ">". */
const textStarts = (text: string) => [...text.matchAll(/<[^/!?][^>]*>(?=[^<])/g)].map((m) => m.index + m[0].length);

const TEXT_MUTATIONS: Record<string, Mutation> = {
  dropElement: (text, pick) => {
    const { at, length } = anElement(text, pick);
    return spliced(text, at, length);
  },
  repeatElement: (text, pick) => {
    const { at, length } = anElement(text, pick);
    return spliced(text, at, 0, text.slice(at, at + length));
  },
  changeNamespace: (text, pick) => {
    const uris = Object.values(UBL_NAMESPACE);
    return text.replaceAll(uris[pick(uris.length)]!, OTHER_NAMESPACES[pick(OTHER_NAMESPACES.length)]!);
  },
  doctype: (text, pick) => {
    const withDoctype = text.replace(/(<\?xml[^>]*\?>)?/, `$1${DOCTYPES[pick(DOCTYPES.length)]}`);
    // The entity used where a value is read, as an attack would.
    return withDoctype.replace(/(<cbc:ID>)[^<]*/, '$1&x;');
  },
  oversizedText: (text, pick) => {
    const starts = textStarts(text);
    return spliced(text, starts[pick(starts.length)] ?? 0, 0, 'W'.repeat(1 + pick(20_000)));
  },
  notADecimal: (text, pick) => {
    const amounts = [...text.matchAll(/(Quantity|Amount)([^>]*)>([^<]*)</g)];
    const amount = amounts[pick(amounts.length)];
    if (!amount) return text;
    const at = amount.index + amount[0].length - 1 - amount[3]!.length;
    return spliced(text, at, amount[3]!.length, NOT_DECIMALS[pick(NOT_DECIMALS.length)]);
  },
  oddText: (text, pick) => spliced(text, pick(text.length + 1), 0, ODD_TEXT[pick(ODD_TEXT.length)]),
};

const BYTE_MUTATIONS: Record<string, (bytes: Buffer, pick: (n: number) => number) => Buffer> = {
  flipByte: (bytes, pick) => {
    const copy = Buffer.from(bytes);
    copy[pick(copy.length)] = pick(256);
    return copy;
  },
  notUtf8: (bytes, pick) => {
    const at = pick(bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), NOT_UTF8[pick(NOT_UTF8.length)]!, bytes.subarray(at)]);
  },
  cutShort: (bytes, pick) => bytes.subarray(0, pick(bytes.length)),
};

/** `count` copies of `valid` (UTF-8), each with one to three mutations, from `seed`. */
export function ublMutatedCopies(valid: string, count: number, seed: number): MutatedCopy[] {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * Math.max(n, 0));
  const names = [...Object.keys(TEXT_MUTATIONS), ...Object.keys(BYTE_MUTATIONS)];
  return Array.from({ length: count }, () => {
    const applied = Array.from({ length: 1 + pick(3) }, () => names[pick(names.length)]!);
    const bytes = applied.reduce<Buffer>(
      (current, name) => {
        const onText = TEXT_MUTATIONS[name];
        return onText
          ? Buffer.from(onText(current.toString('utf8'), pick), 'utf8')
          : BYTE_MUTATIONS[name]!(current, pick);
      },
      Buffer.from(valid, 'utf8'),
    );
    return { applied, bytes };
  });
}
