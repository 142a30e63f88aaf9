/**
 * Test documents: the public X12 samples, and interchanges built around transaction-set bodies with a
 * correct envelope (counts and control numbers right), for tests to break one thing at a time.
 * Not a test file; used by the codec's tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { X12Envelope } from './write-interchange';
import type { Segment } from './x12-segments';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export const SAMPLE_FILES = {
  nodeX12PurchaseOrder: 'x12-850_nodex12_850.edi',
  stediPurchaseOrder5010: 'x12-850_stedi-bootstrap_input.edi',
  nodeX12Acknowledgement: 'x12-855_nodex12_855.edi',
  nodeX12ShipNotice: 'x12-856_nodex12_856.edi',
  edinetInvoice: 'x12-810_edinet_810a.edi',
} as const;

/** A sample exactly as stored: bytes, BOM and line breaks included. */
export function sample(name: keyof typeof SAMPLE_FILES): Buffer {
  return readFileSync(path.join(FIXTURES, SAMPLE_FILES[name]));
}

export interface TestSet {
  code?: string;
  controlNumber: string;
  /** The segments between ST and SE, written with "*" and without terminators. */
  body: string[];
}

export interface TestInterchangeOptions {
  version?: '004010' | '005010';
  functionalId?: string;
  groupControlNumber?: string;
  interchangeControlNumber?: string;
  acknowledgementRequested?: boolean;
}

/** An interchange with one group around `sets`, every count and control number right, "*" and "~" as delimiters. */
export function interchangeOf(sets: TestSet[], options: TestInterchangeOptions = {}): string {
  const version = options.version ?? '004010';
  const isaVersion = version === '005010' ? '00501' : '00401';
  const repetition = version === '005010' ? '^' : 'U';
  const icn = options.interchangeControlNumber ?? '000000101';
  const gcn = options.groupControlNumber ?? '7001';
  const segments = [
    `ISA*00*          *00*          *ZZ*BUYERCO        *ZZ*CROSSDOCK      *261128*0930*${repetition}*${isaVersion}*${icn}*${options.acknowledgementRequested ? '1' : '0'}*P*>`,
    `GS*${options.functionalId ?? 'PO'}*BUYERCO*CROSSDOCK*20261128*0930*${gcn}*X*${version}`,
    ...sets.flatMap((set) => [
      `ST*${set.code ?? '850'}*${set.controlNumber}`,
      ...set.body,
      `SE*${set.body.length + 2}*${set.controlNumber}`,
    ]),
    `GE*${sets.length}*${gcn}`,
    `IEA*1*${icn}`,
  ];
  return segments.map((segment) => `${segment}~`).join('\n');
}

/** A small, valid 850 body: two lines, a ship-to, a delivery date; CTT01 counts the lines unless told otherwise. */
export function purchaseOrderBody(overrides: { poNumber?: string; ctt?: string; lines?: string[] } = {}): string[] {
  const lines = overrides.lines ?? [
    'PO1*1*12*CS*33.00**VP*GLV-002*BP*88-GLOVE',
    'PID*F****NITRILE GLOVES, CASE OF 12',
    'PO1*2*600*EA*0.19**VP*HXB-004*UP*012345678905',
  ];
  const lineCount = lines.filter((line) => line.startsWith('PO1')).length;
  return [
    `BEG*00*SA*${overrides.poNumber ?? 'PO-7781'}**20261127`,
    'CUR*BY*USD',
    'DTM*002*20261204',
    'N1*ST*ACME HARDWARE STORE 112*92*0112',
    'N3*2400 ELM ST',
    'N4*DALLAS*TX*75226*US',
    ...lines,
    `CTT*${overrides.ctt ?? lineCount}`,
  ];
}

/** The segments of a set with this id, in order. */
export function segmentsWithId(segments: Segment[], id: string): Segment[] {
  return segments.filter((segment) => segment.id === id);
}

/** The text of a written interchange, one segment per array entry, for readable assertions. */
export function segmentLines(text: string, terminator = '~'): string[] {
  return text.split(terminator).filter((segment) => segment.trim() !== '');
}

/** Crossdock writing to a partner: ZZ ids, 004010, interchange 123 with group 45, unless told otherwise. */
export function testEnvelope(overrides: Partial<X12Envelope> = {}): X12Envelope {
  return {
    version: '004010',
    sender: { qualifier: 'ZZ', id: 'CROSSDOCK' },
    receiver: { qualifier: 'ZZ', id: 'ACMEHW' },
    controlNumbers: { interchange: 123, groups: [45] },
    at: new Date('2026-11-28T09:07:00Z'),
    ...overrides,
  };
}
