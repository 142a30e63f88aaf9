import { describe, expect, it } from 'vitest';
import { parseEdifactInterchange } from './parse-interchange';
import { OUTBOUND_ENVELOPE, segmentsReadBack } from './edifact-test-documents';
import { writeOrdrsp, writeOrdrspRejection } from './write-ordrsp';

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

describe('writeOrdrsp', () => {
  const answer = { purchaseOrderNumber: 'PO-7781', orderedOn: '2026-12-07', answeredOn: '2026-12-08' };

  it('accepts an order as it was sent with BGM 231 / 29, naming our order in RFF VN', () => {
    const written = writeOrdrsp({ ...answer, outcome: 'accepted', salesOrderId: 'SO-000042' }, OUTBOUND_ENVELOPE);
    expect(segmentsReadBack(written.text)).toEqual([
      'UNH+1+ORDRSP:D:96A:UN',
      'BGM+231+AC42+29',
      'DTM+137:20261208:102',
      'RFF+ON:PO-7781',
      'DTM+171:20261207:102',
      'RFF+VN:SO-000042',
      'UNS+S',
      'UNT+8+1',
    ]);
  });

  it('accepts with amendment (30) with a LIN per line: 5 as ordered, 3 changed with what is delivered (QTY 113) and backordered (QTY 83)', () => {
    const written = writeOrdrsp(
      {
        ...answer,
        outcome: 'accepted',
        release: '01B',
        lines: [
          {
            lineNumber: 1,
            gtin: '4000862141404',
            sku: 'HX-2201',
            status: 'accepted',
            quantity: 12,
            backordered: 0,
            uom: 'PCE',
          },
          {
            lineNumber: 2,
            customerPartNumber: 'BRK-77',
            sku: 'BRK-0077',
            status: 'changed',
            quantity: 1,
            backordered: 2,
            uom: 'EA',
          },
        ],
      },
      OUTBOUND_ENVELOPE,
    );
    expect(segmentsReadBack(written.text)).toEqual([
      'UNH+1+ORDRSP:D:01B:UN',
      'BGM+231+AC42+30',
      'DTM+137:20261208:102',
      'RFF+ON:PO-7781',
      'DTM+171:20261207:102',
      'LIN+1+5+4000862141404:EN',
      'PIA+1+HX-2201:SA',
      'QTY+113:12:PCE',
      'LIN+2+3+BRK-77:BP',
      'PIA+1+BRK-0077:SA',
      'QTY+113:1:EA',
      'QTY+83:2:EA',
      'UNS+S',
      'UNT+14+1',
    ]);
  });

  it('tells a hold with BGM 231 / 12 (not processed yet) and the reason in FTX AAI, released', () => {
    const written = writeOrdrsp(
      { ...answer, outcome: 'held', reason: { code: 'CREDIT_LIMIT', text: "Over the customer's credit limit: 1+1" } },
      OUTBOUND_ENVELOPE,
    );
    expect(written.text).toContain("FTX+AAI++CREDIT_LIMIT+Over the customer?'s credit limit?: 1?+1'");
    expect(segmentsReadBack(written.text).slice(1, 3)).toEqual(['BGM+231+HD42+12', 'DTM+137:20261208:102']);
  });
});
