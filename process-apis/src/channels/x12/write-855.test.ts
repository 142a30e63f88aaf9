import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { describe, expect, it } from 'vitest';
import { parseInterchange } from './parse-interchange';
import { write855, write855Rejection, type PurchaseOrderAcknowledgementInput } from './write-855';
import { segmentsWithId, testEnvelope } from './x12-test-documents';

const envelope = testEnvelope;

/** Acme's PO-7781 as Crossdock planned it: gloves in stock, bolts split between stock and backorder, one item rejected. */
const acknowledgement: PurchaseOrderAcknowledgementInput = {
  purchaseOrderNumber: 'PO-7781',
  purchaseOrderDate: '2026-11-27',
  acknowledgedOn: '2026-11-28',
  erpOrderId: 'SO-000042',
  currency: 'USD',
  shipTo: {
    ids: [{ qualifier: '92', id: '0112' }],
    address: {
      name: 'Acme Hardware — Store 112',
      line1: '2400 Elm St',
      city: 'Dallas',
      region: 'TX',
      postalCode: '75226',
      country: 'US',
    },
  },
  lines: [
    {
      lineNumber: 1,
      sourceLineId: '1',
      sku: 'GLV-002',
      customerPartNumber: '88-GLOVE',
      description: 'Nitrile gloves, case of 12',
      quantity: 2,
      uom: 'CS',
      unitPrice: '33.0000',
      acknowledgements: [{ status: 'accepted', quantity: 2 }],
    },
    {
      lineNumber: 2,
      sourceLineId: '2',
      sku: 'HXB-004',
      gtin: '012345678905',
      quantity: 600,
      uom: 'EA',
      unitPrice: '0.1900',
      acknowledgements: [
        { status: 'accepted', quantity: 450 },
        { status: 'backordered', quantity: 150, expectedShipDate: '2026-12-09' },
      ],
    },
    {
      lineNumber: 3,
      sku: 'NO-SUCH-SKU',
      quantity: 1,
      uom: 'EA',
      acknowledgements: [{ status: 'rejected', quantity: 0 }],
    },
  ],
};

describe('an 855 written by Crossdock', () => {
  const written = write855(acknowledgement, envelope());
  const interchange = parseInterchange(written.text);
  const set = interchange.groups[0]!.transactionSets[0]!;

  it('parses back with the same reader, its envelope whole: control numbers as allocated, SE01, GE01 and IEA01 counted', () => {
    expect(interchange.notes).toEqual([]);
    expect(interchange.header).toMatchObject({
      controlNumber: '000000123',
      senderId: 'CROSSDOCK',
      receiverId: 'ACMEHW',
      version: '00401',
    });
    expect(interchange.trailer).toEqual({ groupCount: '1', controlNumber: '000000123' });
    expect(interchange.groups[0]).toMatchObject({
      functionalId: 'PR',
      controlNumber: '45',
      version: '004010',
      trailer: { setCount: '1', controlNumber: '45' },
      errors: [],
    });
    expect(set).toMatchObject({
      code: '855',
      controlNumber: '0001',
      errors: [],
      trailer: { segmentCount: String(set.segments.length), controlNumber: '0001' },
    });
    expect(written).toMatchObject({
      interchangeControlNumber: '000000123',
      groupControlNumbers: ['45'],
      transactionSetControlNumbers: ['0001'],
    });
  });

  it('says AC in BAK (some lines changed), with the PO number and date, the ERP order number and the acknowledgement date', () => {
    expect(set.segments[1]).toMatchObject({
      id: 'BAK',
      elements: ['00', 'AC', 'PO-7781', '20261127', '', '', '', 'SO-000042', '20261128'],
    });
    expect(segmentsWithId(set.segments, 'N1')[0]!.elements).toEqual(['ST', 'Acme Hardware — Store 112', '92', '0112']);
  });

  it('echoes each line as ordered and acknowledges it: IA, IA + IB with the expected date, IR', () => {
    const lines = set.segments
      .filter((segment) => ['PO1', 'PID', 'ACK'].includes(segment.id))
      .map((segment) => `${segment.id}*${segment.elements.join('*')}`);
    expect(lines).toEqual([
      'PO1*1*2*CS*33**VP*GLV-002*BP*88-GLOVE',
      'PID*F****Nitrile gloves, case of 12',
      'ACK*IA*2*CS',
      'PO1*2*600*EA*0.19**VP*HXB-004*UP*012345678905',
      'ACK*IA*450*EA',
      'ACK*IB*150*EA*068*20261209',
      'PO1*3*1*EA***VP*NO-SUCH-SKU',
      'ACK*IR*0*EA',
    ]);
    expect(segmentsWithId(set.segments, 'CTT')[0]!.elements).toEqual(['3']);
  });

  it('says AD when every line is accepted as ordered, RD when every line is rejected', () => {
    const bak02 = (input: PurchaseOrderAcknowledgementInput) =>
      parseInterchange(write855(input, envelope()).text).groups[0]!.transactionSets[0]!.segments[1]!.elements[1];
    const accepted = { ...acknowledgement, lines: [acknowledgement.lines[0]!] };
    const rejected = { ...acknowledgement, lines: [acknowledgement.lines[2]!] };

    expect(bak02(accepted)).toBe('AD');
    expect(bak02(rejected)).toBe('RD');
  });

  it('writes 005010 with its repetition separator in ISA11', () => {
    const text = write855(acknowledgement, envelope({ version: '005010' })).text;

    expect(
      text.startsWith(
        'ISA*00*          *00*          *ZZ*CROSSDOCK      *ZZ*ACMEHW         *261128*0907*^*00501*000000123*0*P*>~',
      ),
    ).toBe(true);
    expect(parseInterchange(text).groups[0]!.version).toBe('005010');
  });

  it('refuses an identifier holding a delimiter, an empty acknowledgement and a zero quantity ordered', () => {
    expect(() => write855({ ...acknowledgement, purchaseOrderNumber: 'PO*7781' }, envelope())).toThrow(ValidationError);
    expect(() => write855({ ...acknowledgement, purchaseOrderNumber: 'PO*7781' }, envelope())).toThrow(
      /BAK03 \("PO\*7781"\) contains "\*"/,
    );
    expect(() => write855({ ...acknowledgement, lines: [] }, envelope())).toThrow(/at least one line/);
    expect(() =>
      write855({ ...acknowledgement, lines: [{ ...acknowledgement.lines[0]!, quantity: 0 }] }, envelope()),
    ).toThrow(/lines.0.quantity must be more than zero/);
    expect(() =>
      write855(acknowledgement, envelope({ sender: { qualifier: 'ZZ', id: 'A-SENDER-ID-LONGER-THAN-15' } })),
    ).toThrow(/sender.id must be 1 to 15 characters/);
  });

  it('cleans delimiters out of free text instead of refusing it', () => {
    const input = {
      ...acknowledgement,
      lines: [{ ...acknowledgement.lines[0]!, description: 'Gloves ~ size L * 12 > cases' }],
    };
    const pid = segmentsWithId(
      parseInterchange(write855(input, envelope()).text).groups[0]!.transactionSets[0]!.segments,
      'PID',
    )[0]!;

    expect(pid.elements[4]).toBe('Gloves size L 12 cases');
  });
});

describe('write855Rejection', () => {
  it('refuses a purchase order with BAK02 RJ and says why in an N9 note and a MSG', () => {
    const written = write855Rejection(
      {
        purchaseOrderNumber: 'PO-7781',
        purchaseOrderDate: '2026-11-27',
        acknowledgedOn: '2026-11-28',
        reasonCode: 'validation-failed',
        reason: 'lines.0.quantity: The quantity "0" is not more than zero.',
      },
      envelope(),
    );
    const read = parseInterchange(written.text);
    expect(read.notes).toEqual([]);
    const [set] = read.groups[0]!.transactionSets;
    expect(set!.code).toBe('855');
    expect(segmentsWithId(set!.segments, 'BAK')[0]!.elements).toEqual([
      '00',
      'RJ',
      'PO-7781',
      '20261127',
      '',
      '',
      '',
      '',
      '20261128',
    ]);
    expect(segmentsWithId(set!.segments, 'N9')[0]!.elements).toEqual(['L1', 'VALIDATION-FAILED']);
    expect(segmentsWithId(set!.segments, 'MSG')[0]!.elements).toEqual([
      'lines.0.quantity: The quantity "0" is not more than zero.',
    ]);
    expect(segmentsWithId(set!.segments, 'PO1')).toEqual([]);
  });
});
