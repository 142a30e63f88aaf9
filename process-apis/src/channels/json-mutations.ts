/**
 * Mutated copies of a valid JSON document, for the channel readers' fuzz tests: fields dropped,
 * values of the wrong type, huge / negative / fractional / NaN-like numbers written as literals,
 * control characters and NUL, half UTF-16 pairs, deep nesting, arrays where objects are, bytes
 * flipped, the text cut short. Deterministic: the same seed gives the same copies. Not a test file.
 */
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { isOrderNotTaken, type ReadOrder } from '../inbound-documents/channel-order-draft';
import type { DocumentPart } from '../inbound-documents/document-part';
import type { DocumentReader } from '../inbound-documents/inbound-channel';
import { seededRandom } from './x12/x12-mutations';

type Json = Record<string, unknown> | unknown[];

// A number literal JSON.stringify cannot write (1e400, -0, NaN) is marked and written raw afterwards.
const RAW = '\u0001raw:';
/** A JSON number written exactly as given ("5123456789012345678", "1e400"), which a JS number cannot hold. */
export const rawNumber = (literal: string) => `${RAW}${literal}`;

const ODD_VALUES: unknown[] = [
  null,
  '',
  ' ',
  0,
  -1,
  1.5,
  rawNumber('12345678901234567890123'),
  rawNumber('-0'),
  rawNumber('1e400'),
  rawNumber('-1e-400'),
  rawNumber('0.1e2'),
  rawNumber('NaN'),
  'NaN',
  'Infinity',
  '-5',
  '2.5',
  '1e3',
  '0x10',
  '\u0000',
  'A\u0000B',
  '\u0007\u001b[31m\r\n',
  '\ud800',
  '\udfff tail',
  '9'.repeat(400),
  'x'.repeat(5000),
  true,
  false,
  [],
  [{}],
  {},
  { '': null },
  ['1'],
];

const below = (random: () => number, n: number) => Math.floor(random() * n);

/** Every object and array in the document, the document itself first. */
function containers(value: unknown, found: Json[] = []): Json[] {
  if (value && typeof value === 'object') {
    found.push(value as Json);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

/** A value wrapped `depth` times in arrays or objects. */
function nested(depth: number, inner: unknown, random: () => number): unknown {
  let value = inner;
  const asArray = random() < 0.5;
  for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value };
  return value;
}

/** One structural change somewhere in a copy of the valid document. */
function changedOnce(copy: unknown, random: () => number): void {
  const all = containers(copy);
  const target = all[below(random, all.length)]!;
  const keys = Object.keys(target);
  const key = keys[below(random, keys.length)];
  if (key === undefined) return;
  const record = target as Record<string, unknown>;
  const old = record[key];
  const choice = random();
  if (choice < 0.25 && !Array.isArray(target)) delete record[key];
  else if (choice < 0.3) record[key] = nested(1 + below(random, 200), old, random);
  else if (choice < 0.38 && old && typeof old === 'object' && !Array.isArray(old)) record[key] = [old, old];
  else if (choice < 0.43 && Array.isArray(old)) record[key] = old.length ? old[0] : {};
  else if (choice < 0.48 && Array.isArray(target)) target.push(...target);
  // A copy: the list's own arrays and objects must not be changed by a later mutation.
  else record[key] = structuredClone(ODD_VALUES[below(random, ODD_VALUES.length)]);
}

const withRawNumbers = (json: string) => json.replace(/"\\u0001raw:([^"]*)"/g, '$1');

/** The document as text after one to three changes, with the raw number literals written in. */
export function mutatedJsonText(valid: unknown, random: () => number): string {
  const copy = JSON.parse(JSON.stringify(valid)) as unknown;
  for (let changes = 1 + below(random, 3); changes > 0; changes--) changedOnce(copy, random);
  const text = withRawNumbers(JSON.stringify(copy));
  if (random() > 0.03 || !text.startsWith('{')) return text;
  // Nesting deeper than a reader's stack, written as text: a parser must refuse it, not overflow.
  const depth = 1000 + below(random, 100_000);
  return `{"deep":${'['.repeat(depth)}${']'.repeat(depth)},${text.slice(1)}`;
}

/** The same, then (a third of the time) bytes flipped, a half UTF-16 pair written raw, or the text cut short. */
export function mutatedJsonBytes(valid: unknown, random: () => number): Buffer {
  const bytes = Buffer.from(mutatedJsonText(valid, random));
  const choice = random();
  if (choice < 0.66) return bytes;
  if (choice < 0.78) return bytes.subarray(0, below(random, bytes.length));
  if (choice < 0.84) {
    // A lone high surrogate encoded as if it were a character: not UTF-8.
    const at = below(random, bytes.length);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), bytes.subarray(at)]);
  }
  const copy = Buffer.from(bytes);
  for (let flips = 1 + below(random, 3); flips > 0; flips--) copy[below(random, copy.length)] = below(random, 256);
  return copy;
}

/** A part holding a document as JSON, its {@link rawNumber}s written as they are. */
export function jsonPart(name: string, value: unknown): DocumentPart {
  return { name, contentType: 'application/json', body: Buffer.from(withRawNumbers(JSON.stringify(value))) };
}

/**
 * `count` mutated copies of a valid document of named JSON parts (a webhook's body, or a poll's answers
 * by request path): in each copy one part is mutated, the others are as valid. The same for the same seed.
 */
export function mutatedDocuments(parts: Record<string, unknown>, count: number, seed: number): DocumentPart[][] {
  const random = seededRandom(seed);
  const names = Object.keys(parts);
  return Array.from({ length: count }, () => {
    const mutated = names[below(random, names.length)];
    return names.map((name) => ({
      name,
      contentType: 'application/json',
      body: name === mutated ? mutatedJsonBytes(parts[name], random) : jsonPart(name, parts[name]).body,
    }));
  });
}

export interface FuzzOutcomes {
  drafts: number;
  notTaken: number;
  refused: number;
  /** What broke the rules, with the input that did it: empty when the reader held. */
  faults: string[];
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const QUANTITY = /^\d+(\.\d+)?$/;

/** What is wrong with one read order: money or a quantity not decimal text, an id not text. */
function draftFaults(order: ReadOrder): string[] {
  if (isOrderNotTaken(order)) {
    const status = order.problem.status;
    return status >= 400 && status < 500 ? [] : [`order not taken with status ${status}`];
  }
  const faults: string[] = [];
  if (typeof order.sourceOrderId !== 'string' || !order.sourceOrderId) faults.push('sourceOrderId is not text');
  for (const line of order.lines) {
    // Decimal text. A zero, or no line at all (every Amazon item cancelled), is the partner mapping's to
    // refuse with a problem naming the field (map-draft), not the reader's.
    if (typeof line.quantity !== 'string' || !QUANTITY.test(line.quantity)) faults.push(`quantity ${line.quantity}`);
    if (line.unitPrice !== undefined && (typeof line.unitPrice !== 'string' || !DECIMAL.test(line.unitPrice)))
      faults.push(`unitPrice ${String(line.unitPrice)} (${typeof line.unitPrice})`);
    for (const id of line.productIds) if (typeof id.id !== 'string' || !id.id) faults.push('a product id is not text');
  }
  return faults;
}

/**
 * Reads every copy and sorts the answers: drafts, orders not taken (a 4xx problem) and documents
 * refused whole (a 4xx {@link CrossdockError}). Anything else thrown, and any draft that breaks the
 * rules above, is a fault naming the input.
 */
export function readEveryCopy(copies: DocumentPart[][], read: DocumentReader): FuzzOutcomes {
  const outcomes: FuzzOutcomes = { drafts: 0, notTaken: 0, refused: 0, faults: [] };
  for (const parts of copies) {
    const input = parts
      .map((part) => `${part.name}: ${JSON.stringify(Buffer.from(part.body).toString('latin1').slice(0, 400))}`)
      .join('\n');
    try {
      for (const order of read(parts)) {
        if (isOrderNotTaken(order)) outcomes.notTaken++;
        else outcomes.drafts++;
        for (const fault of draftFaults(order)) outcomes.faults.push(`${fault} from ${input}`);
      }
    } catch (error) {
      if (error instanceof CrossdockError && error.status >= 400 && error.status < 500) outcomes.refused++;
      else outcomes.faults.push(`threw ${String(error)} on ${input}`);
    }
  }
  return outcomes;
}
