import { describe, expect, it } from 'vitest';
import { interchangeOf, messageOf, ordersBody, sampleOrder } from './edifact-test-documents';
import { parseEdifactInterchange } from './parse-interchange';
import { readEdifactInterchange } from './read-inbound-interchange';
import { writeContrl } from './write-contrl';

const AT = new Date('2026-12-07T18:05:00Z');

/** The CONTRL for `text`, read back with the same parser: its envelope, and its segments as "TAG+a:b+c". */
function contrlFor(text: string) {
  const { interchange, reports } = readEdifactInterchange(text);
  const written = writeContrl(interchange, reports, {
    controlReference: '42',
    at: AT,
    from: { id: 'CROSSDOCK', qualifier: 'ZZZ' },
  });
  const contrl = parseEdifactInterchange(written.text);
  const [message] = contrl.messages;
  const segments = message!.segments.map((segment) =>
    [segment.tag, ...segment.elements.map((components) => components.join(':'))].join('+'),
  );
  return { written, contrl, segments };
}

describe('writeContrl (ISO 9735-4)', () => {
  it('acknowledges a good interchange: UCI 7 and UCM 7 per message, back from its recipient to its sender', () => {
    const { written, contrl, segments } = contrlFor(
      interchangeOf([sampleOrder('PO-1')], { acknowledgementRequested: true }),
    );
    expect(written.text.startsWith("UNA:+.? 'UNB+UNOC:3+CROSSDOCK:ZZZ+BUYERCO:ZZZ+261207:1805+42'")).toBe(true);
    expect(written.interchangeControlNumber).toBe('42');
    // Its envelope holds (UNT and UNZ count right), and Crossdock's CONTRL reader (for partners' CONTRLs) takes it.
    expect(contrl.findings).toEqual([]);
    expect(contrl.messages[0]!.findings).toEqual([]);
    expect(segments).toEqual([
      'UNH+1+CONTRL:D:3:UN',
      'UCI+1001+BUYERCO:ZZZ+CROSSDOCK:ZZZ+7',
      'UCM+1+ORDERS:D:96A:UN+7',
      'UNT+4+1',
    ]);
  });

  it('rejects the interchange with UCI 4 and the envelope error (29 on UNZ, element 1), no message reported', () => {
    const { segments } = contrlFor(interchangeOf([sampleOrder('PO-1')], { unzCount: 3 }));
    expect(segments).toEqual(['UNH+1+CONTRL:D:3:UN', 'UCI+1001+BUYERCO:ZZZ+CROSSDOCK:ZZZ+4+29+UNZ+1', 'UNT+3+1']);
  });

  it('rejects one message with UCM 4: an envelope error on the UCM, a content error as UCS and UCD', () => {
    const badCount = messageOf('2', 'ORDERS:D:96A:UN', ordersBody('PO-2', [], ['LIN+1++Y:SA', 'QTY+21:1']), 4);
    const badQuantity = messageOf('3', 'ORDERS:D:96A:UN', ordersBody('PO-3', [], ['LIN+1++Y:SA', 'QTY+21:x']));
    const { segments } = contrlFor(interchangeOf([sampleOrder('PO-1'), badCount, badQuantity]));
    expect(segments).toEqual([
      'UNH+1+CONTRL:D:3:UN',
      'UCI+1001+BUYERCO:ZZZ+CROSSDOCK:ZZZ+7',
      'UCM+1+ORDERS:D:96A:UN+7',
      'UCM+2+ORDERS:D:96A:UN+4+29+UNT+1',
      'UCM+3+ORDERS:D:96A:UN+4',
      'UCS+4',
      'UCD+12+1:2',
      'UCS+3+13',
      'UNT+9+1',
    ]);
  });

  it('answers in syntax version 4 with a CONTRL 4:1 and a four-digit year; ids with separators are released', () => {
    const { written, segments } = contrlFor(
      interchangeOf([sampleOrder('PO-1')], { syntax: 'UNOC:4', sender: 'ACME?+CO:ZZZ' }),
    );
    expect(written.text).toContain("UNB+UNOC:4+CROSSDOCK:ZZZ+ACME?+CO:ZZZ+20261207:1805+42'");
    expect(segments.slice(0, 2)).toEqual(['UNH+1+CONTRL:4:1:UN', 'UCI+1001+ACME+CO:ZZZ+CROSSDOCK:ZZZ+7']);
  });
});
