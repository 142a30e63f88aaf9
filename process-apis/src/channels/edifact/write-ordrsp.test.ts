import { describe, expect, it } from 'vitest';
import { parseEdifactInterchange } from './parse-interchange';
import { writeOrdrspRejection } from './write-ordrsp';

describe('writeOrdrspRejection', () => {
  it('refuses an order with BGM 231 / 27, the reason in FTX AAO (70 characters a line) and the order in RFF ON', () => {
    const reason = `The order cannot be mapped to a canonical order: lines.0.sku: The line has no product id at all. ${'x'.repeat(60)}`;
    const written = writeOrdrspRejection(
      {
        purchaseOrderNumber: "PO+7'A",
        orderedOn: '2026-12-07',
        answeredOn: '2026-12-08',
        reasonCode: 'not-mappable',
        reason,
      },
      {
        syntax: { identifier: 'UNOC', version: '3' },
        from: { id: 'CROSSDOCK', qualifier: 'ZZZ' },
        to: { id: '5412345000013', qualifier: '14' },
        controlReference: '17',
        at: new Date('2026-12-08T09:30:00Z'),
      },
    );
    expect(written.text.startsWith("UNA:+.? 'UNB+UNOC:3+CROSSDOCK:ZZZ+5412345000013:14+261208:0930+17'")).toBe(true);
    const read = parseEdifactInterchange(written.text);
    expect(read.findings).toEqual([]);
    const [message] = read.messages;
    expect(message!.findings.map((finding) => finding.segmentTag)).toEqual(['UNH']); // ORDRSP is not read in
    const segments = message!.segments.map((segment) =>
      [segment.tag, ...segment.elements.map((components) => components.join(':'))].join('+'),
    );
    expect(segments).toEqual([
      'UNH+1+ORDRSP:D:96A:UN',
      'BGM+231+RJ17+27',
      'DTM+137:20261208:102',
      `FTX+AAO++not-mappable+${reason.slice(0, 70)}:${reason.slice(70, 140)}:${reason.slice(140)}`,
      "RFF+ON:PO+7'A",
      'DTM+171:20261207:102',
      'UNS+S',
      'UNT+8+1',
    ]);
  });
});
