import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { describe, expect, it } from 'vitest';
import { parseInterchange } from './parse-interchange';
import { readInboundInterchange } from './read-inbound-interchange';
import { interchangeOf, purchaseOrderBody, sample } from './x12-test-documents';

describe('reading the public X12 samples', () => {
  it.each([
    ['nodeX12PurchaseOrder', '850', 'PO', '004010VICS', '000003438', 33],
    ['stediPurchaseOrder5010', '850', 'OW', '005010', '000000057', 16],
    ['nodeX12Acknowledgement', '855', 'PR', '004010', '000000005', 26],
    ['nodeX12ShipNotice', '856', 'SH', '004060', '000000049', 31],
    ['edinetInvoice', '810', 'IN', '004010', '000000001', 64],
  ] as const)(
    'reads %s: one group holding one %s, its envelope whole',
    (name, code, functionalId, version, controlNumber, segmentCount) => {
      const interchange = parseInterchange(sample(name));

      expect(interchange.header.controlNumber).toBe(controlNumber);
      expect(interchange.notes).toEqual([]);
      expect(interchange.groups).toHaveLength(1);
      const [group] = interchange.groups;
      expect(group).toMatchObject({ functionalId, version, errors: [] });
      expect(group!.transactionSets).toHaveLength(1);
      const [set] = group!.transactionSets;
      expect(set).toMatchObject({ code, errors: [] });
      expect(set!.segments).toHaveLength(segmentCount);
      expect(set!.segments.at(-1)).toMatchObject({ id: 'SE', position: segmentCount });
    },
  );

  it('reads the invoice sample through its byte-order mark, indentation and a blank after a terminator', () => {
    const bytes = sample('edinetInvoice');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [set] = parseInterchange(bytes).groups[0]!.transactionSets;

    expect(set!.segments[1]).toMatchObject({
      id: 'BIG',
      elements: ['20030310', 'DO091003TESTINV01', '20030910', 'DO091003', '', '', 'DI', '00'],
      position: 2,
    });
    expect(set!.segments.find((segment) => segment.id === 'TDS')?.elements).toEqual(['36596']);
  });

  it('reads the ISA even when its fields are not padded to their fixed widths', () => {
    expect(parseInterchange(sample('edinetInvoice')).header).toMatchObject({
      senderQualifier: 'ZZ',
      senderId: 'ABCMUSICSUPPLY',
      receiverId: 'ARIBAEDI',
      version: '00401',
      usage: 'T',
    });
  });
});

describe('delimiters come from the ISA, never assumed', () => {
  const standard = interchangeOf([{ controlNumber: '0001', body: purchaseOrderBody() }]);
  const draftOf = (text: string | Buffer) => readInboundInterchange(text).purchaseOrders[0]?.draft;

  /** The same interchange with other delimiters: element, component and terminator swapped throughout. */
  function rewritten(element: string, component: string, terminator: string, lineBreak: string): string {
    return standard
      .split('~\n')
      .map((segment) => segment.replace(/~$/, '').replaceAll('*', element).replace(/>$/, component))
      .join(`${terminator}${lineBreak}`)
      .concat(terminator);
  }

  it('reads the same order whatever the separators and terminator, with CR/LF, LF or no line breaks', () => {
    const expected = draftOf(standard);
    expect(expected?.lines).toHaveLength(2);

    for (const variant of [
      rewritten('|', ':', '!', ''),
      rewritten('*', '>', '~', '\r\n'),
      rewritten('^', '\\', '\n', ''),
      rewritten('\u001d', '\u001f', '\u001c', '\r\n'),
    ]) {
      expect(draftOf(variant)).toEqual(expected);
    }
  });

  it('takes a UTF-8 byte-order mark and blank lines before the ISA', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`\r\n\r\n${standard}\r\n`)]);

    expect(draftOf(withBom)).toEqual(draftOf(standard));
  });

  it('reads names written in UTF-8; a name in ISO-8859-1 is not UTF-8 and rejects its set (AK4 6) instead of being guessed', () => {
    // This test asserted the old Latin-1 fallback; the rule is now UTF-8 or an invalid character (see split-segments).
    const withName = standard.replace('ACME HARDWARE STORE 112', 'CAFÉ MÜLLER');
    const shipToName = (bytes: Buffer) => readInboundInterchange(bytes).purchaseOrders[0]?.draft.shipTo?.address.name;

    expect(shipToName(Buffer.from(withName, 'utf8'))).toBe('CAFÉ MÜLLER');
    const latin1 = readInboundInterchange(Buffer.from(withName, 'latin1'));
    expect(latin1.purchaseOrders).toEqual([]);
    expect(latin1.acknowledgement.groups[0]!.transactionSets[0]).toMatchObject({
      status: 'R',
      notes: [{ segmentId: 'N1', elements: [{ position: 2, code: '6' }] }],
    });
  });

  it('reads the repetition separator from ISA11 in 005010, and none from the "U" of 004010', () => {
    const v5010 = parseInterchange(
      interchangeOf([{ controlNumber: '0001', body: purchaseOrderBody() }], { version: '005010' }),
    );
    const v4010 = parseInterchange(standard);

    expect(v5010.delimiters).toEqual({ element: '*', component: '>', segment: '~', repetition: '^' });
    expect(v5010.header.version).toBe('00501');
    expect(v5010.groups[0]!.version).toBe('005010');
    expect(v4010.delimiters).toEqual({ element: '*', component: '>', segment: '~', repetition: undefined });
  });
});

describe('a document that cannot be read is refused with a typed error', () => {
  const valid = interchangeOf([{ controlNumber: '0001', body: purchaseOrderBody() }]);

  it.each([
    ['an empty document', '', /does not begin with an ISA/],
    ['a JSON body', '{"order":1}', /does not begin with an ISA/],
    ['an interchange cut off inside its ISA', valid.slice(0, 60), /cut off inside its ISA segment: 8 of 16 elements/],
    [
      'an interchange cut off before its IEA',
      valid.slice(0, valid.indexOf('GE*')),
      /interchange 000000101 is cut off: it ends without its IEA/,
    ],
    [
      'an ISA whose control number is not nine digits',
      valid.replace('000000101*0*P', '00000A101*0*P'),
      /ISA13.*nine digits/,
    ],
    ['an ISA whose terminator is a letter', valid.replace('*P*>~', '*P*>X'), /no usable segment terminator/],
    ['two interchanges in one document', `${valid}\n${valid}`, /goes on after the IEA/],
  ])('refuses %s as unreadable (400)', (_what, text, message) => {
    const read = () => parseInterchange(text);

    expect(read).toThrow(UnreadableDocumentError);
    expect(read).toThrow(message);
    try {
      read();
    } catch (error) {
      expect(error).toMatchObject({ status: 400, type: 'urn:crossdock:problem:unreadable-document' });
    }
  });
});

describe('envelope faults are recorded where they belong, not hidden', () => {
  const body = purchaseOrderBody();
  const valid = interchangeOf([
    { controlNumber: '0001', body },
    { controlNumber: '0002', body },
  ]);
  const seCount = body.length + 2;

  it('records nothing for a whole envelope', () => {
    const interchange = parseInterchange(valid);
    expect([
      interchange.notes,
      interchange.groups[0]!.errors,
      interchange.groups[0]!.transactionSets.map((set) => set.errors),
    ]).toEqual([[], [], [[], []]]);
  });

  it.each([
    ['IEA02 differs from ISA13', valid.replace('IEA*1*000000101', 'IEA*1*000000102'), ['001']],
    ['IEA01 counts two groups for one', valid.replace('IEA*1*', 'IEA*2*'), ['021']],
  ])('notes the interchange when %s', (_what, text, notes) => {
    expect(parseInterchange(text).notes).toEqual(notes);
  });

  it.each([
    ['GE02 differs from GS06', valid.replace('GE*2*7001', 'GE*2*7002'), ['4']],
    ['GE01 counts three sets for two', valid.replace('GE*2*7001', 'GE*3*7001'), ['5']],
    ['the GE is missing', valid.replace('GE*2*7001~\n', ''), ['3']],
  ])('notes the group when %s', (_what, text, errors) => {
    expect(parseInterchange(text).groups[0]!.errors).toEqual(errors);
  });

  it.each([
    ['SE02 differs from ST02', valid.replace(`SE*${seCount}*0001`, `SE*${seCount}*0009`), ['3']],
    ['SE01 counts one segment too many', valid.replace(`SE*${seCount}*0001`, `SE*${seCount + 1}*0001`), ['4']],
    ['the SE is missing', valid.replace(`SE*${seCount}*0001~\n`, ''), ['2']],
    [
      'ST02 is too short to be a control number',
      valid.replace('ST*850*0001', 'ST*850*01').replace(`SE*${seCount}*0001`, `SE*${seCount}*01`),
      ['7'],
    ],
  ])('notes the first set when %s, and leaves the second alone', (_what, text, errors) => {
    const [first, second] = parseInterchange(text).groups[0]!.transactionSets;

    expect(first!.errors).toEqual(errors);
    expect(second!.errors).toEqual([]);
  });

  it('notes the second of two sets with the same control number', () => {
    const text = interchangeOf([
      { controlNumber: '0001', body },
      { controlNumber: '0001', body },
    ]);

    expect(parseInterchange(text).groups[0]!.transactionSets.map((set) => set.errors)).toEqual([[], ['23']]);
  });
});
