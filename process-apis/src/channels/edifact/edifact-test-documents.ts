import { parseEdifactInterchange } from './parse-interchange';
import type { EdifactEnvelope } from './write-interchange';

/**
 * EDIFACT interchanges for tests, written segment by segment from the syntax rules (ISO 9735) with
 * every count and reference right unless a test says otherwise. Not a test file.
 */

export interface InterchangeOptions {
  /** UNB S002 "id:qualifier". */
  sender?: string;
  /** UNB S003 "id:qualifier". */
  recipient?: string;
  /** UNB 0020. */
  reference?: string;
  /** UNB S001. */
  syntax?: string;
  /** UNB 0031 = 1. */
  acknowledgementRequested?: boolean;
  /** UNB 0035 = 1. */
  test?: boolean;
  /** UNZ 0036, when a test wants it wrong. */
  unzCount?: number;
  /** Service characters in UNA order; the default separators and no UNA when absent. */
  una?: string;
}

/** A message UNH ... UNT (segments without terminators), UNT counting them right unless `untCount` says otherwise. */
export function messageOf(reference: string, identifier: string, body: string[], untCount = body.length + 2): string[] {
  return [`UNH+${reference}+${identifier}`, ...body, `UNT+${untCount}+${reference}`];
}

/** The body of an ORDERS message: `header` after BGM (DTM, NAD, CUX...), then `lines` (LIN and what follows), then UNS. */
export function ordersBody(orderNumber: string, header: string[], lines: string[], bgm = `BGM+220+${orderNumber}+9`) {
  return [bgm, ...header, ...lines, 'UNS+S'];
}

/** An interchange of `messages` with UNA (when asked), UNB and UNZ around them; segments end with "'" and a line break. */
export function interchangeOf(messages: string[][], options: InterchangeOptions = {}): string {
  const reference = options.reference ?? '1001';
  const unb = [
    'UNB',
    options.syntax ?? 'UNOC:3',
    options.sender ?? 'BUYERCO:ZZZ',
    options.recipient ?? 'CROSSDOCK:ZZZ',
    '261207:1015',
    reference,
    '',
    '',
    '',
    options.acknowledgementRequested ? '1' : '',
    '',
    options.test ? '1' : '',
  ];
  while (unb[unb.length - 1] === '') unb.pop();
  const segments = [unb.join('+'), ...messages.flat(), `UNZ+${options.unzCount ?? messages.length}+${reference}`];
  return `${options.una ? `UNA${options.una}` : ''}${segments.map((segment) => `${segment}'\n`).join('')}`;
}

/** A D.96A order for a Dallas store: two lines (EAN with a supplier's article number; a buyer's part number). */
export function sampleOrder(orderNumber: string, release: '96A' | '01B' = '96A'): string[] {
  return messageOf(
    '1',
    `ORDERS:D:${release}:UN`,
    ordersBody(
      orderNumber,
      [
        'DTM+137:20261207:102',
        'DTM+2:202612141200:203',
        'NAD+BY+5412345000013::9',
        'NAD+DP+5412345000020::9++Store 112+1200 Commerce St:Dock 4+Dallas+TX+75202+US',
        'CUX+2:USD:9',
      ],
      [
        'LIN+1++4000862141404:EN',
        'PIA+1+HX-2201:SA',
        'QTY+21:12:PCE',
        'PRI+AAA:5.25',
        'LIN+2',
        'PIA+5+BRK-77:BP',
        'QTY+21:3',
        'MOA+203:22.5',
      ],
    ),
  );
}

/** An envelope for what Crossdock writes to a buyer with a GLN. */
export const OUTBOUND_ENVELOPE: EdifactEnvelope = {
  syntax: { identifier: 'UNOC', version: '3' },
  from: { id: 'CROSSDOCK', qualifier: 'ZZZ' },
  to: { id: '5412345000013', qualifier: '14' },
  controlReference: '42',
  at: new Date('2026-12-08T09:30:00Z'),
};

/**
 * The segments of the one message of an interchange Crossdock wrote, read back with its own reader
 * (releases undone), as "TAG+a:b+c". Throws when the envelope or the message's counts do not hold:
 * the reader reports only the message type on UNH (it takes ORDERS in, not what we send).
 */
export function segmentsReadBack(text: string): string[] {
  const read = parseEdifactInterchange(text);
  const message = read.messages[0];
  const problems = [...read.findings, ...(message?.findings ?? []).filter((finding) => finding.segmentTag !== 'UNH')];
  if (read.messages.length !== 1 || problems.length > 0)
    throw new Error(`Not one sound message: ${JSON.stringify(problems)}`);
  return message!.segments.map((segment) =>
    [segment.tag, ...segment.elements.map((components) => components.join(':'))].join('+'),
  );
}
