import { describe, expect, it } from 'vitest';
import { acknowledgementGroupCount, write997 } from './acknowledge-997';
import { parseInterchange } from './parse-interchange';
import { readInboundInterchange } from './read-inbound-interchange';
import { interchangeOf, purchaseOrderBody, sample, segmentLines } from './x12-test-documents';

const AT = new Date('2026-11-28T14:05:00Z');

/** Reads an inbound interchange and writes its 997 under control numbers 900000001 / 55. */
function acknowledge(raw: string | Buffer) {
  const inbound = readInboundInterchange(raw);
  const written = write997(inbound.interchange, inbound.acknowledgement, {
    controlNumbers: { interchange: 900000001, groups: [55] },
    at: AT,
  });
  return { inbound, written, lines: segmentLines(written.text) };
}

/** The 997's own segments (between ST and SE). */
const ackSegments = (lines: string[]) =>
  lines.slice(
    lines.findIndex((line) => line.startsWith('ST*997')) + 1,
    lines.findIndex((line) => line.startsWith('SE*')),
  );

const body = purchaseOrderBody();
const seCount = body.length + 2;

describe('the 997 for a clean purchase order', () => {
  it('answers the sender, swapping sender and receiver, with AK1/AK2/AK5 A/AK9 A and every count right', () => {
    const { written, inbound } = acknowledge(interchangeOf([{ controlNumber: '0001', body }]));

    expect(written.text).toBe(
      [
        'ISA*00*          *00*          *ZZ*CROSSDOCK      *ZZ*BUYERCO        *261128*1405*U*00401*900000001*0*P*>',
        'GS*FA*CROSSDOCK*BUYERCO*20261128*1405*55*X*004010',
        'ST*997*0001',
        'AK1*PO*7001',
        'AK2*850*0001',
        'AK5*A',
        'AK9*A*1*1*1',
        'SE*6*0001',
        'GE*1*55',
        'IEA*1*900000001',
      ]
        .map((segment) => `${segment}~`)
        .join(''),
    );
    expect(written).toMatchObject({
      interchangeControlNumber: '900000001',
      groupControlNumbers: ['55'],
      transactionSetControlNumbers: ['0001'],
    });
    expect(
      inbound.purchaseOrders.map((order) => [
        order.groupControlNumber,
        order.transactionSetControlNumber,
        order.draft.sourceOrderId,
      ]),
    ).toEqual([['7001', '0001', 'PO-7781']]);
  });

  it('is itself an interchange the same reader reads with its envelope whole', () => {
    const reread = parseInterchange(acknowledge(interchangeOf([{ controlNumber: '0001', body }])).written.text);

    expect(reread.notes).toEqual([]);
    expect(reread.groups[0]).toMatchObject({
      functionalId: 'FA',
      errors: [],
      transactionSets: [{ code: '997', errors: [] }],
    });
  });

  it('answers a 005010 interchange in 005010: repetition separator in ISA11, version in AK103', () => {
    const { lines } = acknowledge(interchangeOf([{ controlNumber: '0001', body }], { version: '005010' }));

    expect(lines[0]).toBe(
      'ISA*00*          *00*          *ZZ*CROSSDOCK      *ZZ*BUYERCO        *261128*1405*^*00501*900000001*0*P*>',
    );
    expect(lines[1]).toBe('GS*FA*CROSSDOCK*BUYERCO*20261128*1405*55*X*005010');
    expect(lines[3]).toBe('AK1*PO*7001*005010');
  });

  it('acknowledges the public 850 samples as accepted', () => {
    expect(ackSegments(acknowledge(sample('nodeX12PurchaseOrder')).lines)).toEqual([
      'AK1*PO*1421',
      'AK2*850*000000010',
      'AK5*A',
      'AK9*A*1*1*1',
    ]);
    expect(ackSegments(acknowledge(sample('stediPurchaseOrder5010')).lines)).toEqual([
      'AK1*OW*000000057*005010',
      'AK2*850*000000057',
      'AK5*A',
      'AK9*A*1*1*1',
    ]);
  });
});

describe('the 997 for malformed purchase orders', () => {
  it('rejects a set whose CTT does not add up: AK3 CTT, AK4 1/354/7 with the count, AK5 R 5, AK9 R', () => {
    const bad = purchaseOrderBody({ ctt: '5' });
    const { lines, inbound } = acknowledge(interchangeOf([{ controlNumber: '0001', body: bad }]));

    expect(ackSegments(lines)).toEqual([
      'AK1*PO*7001',
      'AK2*850*0001',
      `AK3*CTT*${bad.length + 1}*CTT*8`,
      'AK4*1*354*7*5',
      'AK5*R*5',
      'AK9*R*1*1*0',
    ]);
    expect(inbound.purchaseOrders).toEqual([]);
  });

  it.each([
    [
      'SE01 counts one segment too many',
      (text: string) => text.replace(`SE*${seCount}*0002`, `SE*${seCount + 1}*0002`),
      'AK5*R*4',
    ],
    ['SE02 differs from ST02', (text: string) => text.replace(`SE*${seCount}*0002`, `SE*${seCount}*0020`), 'AK5*R*3'],
    ['the SE is missing', (text: string) => text.replace(`SE*${seCount}*0002~\n`, ''), 'AK5*R*2'],
  ])('rejects the set whose %s and accepts the others in the group (AK9 P)', (_what, breakIt, ak5) => {
    const text = breakIt(
      interchangeOf([
        { controlNumber: '0001', body },
        { controlNumber: '0002', body: purchaseOrderBody({ poNumber: 'PO-2' }) },
        { controlNumber: '0003', body: purchaseOrderBody({ poNumber: 'PO-3' }) },
      ]),
    );
    const { lines, inbound } = acknowledge(text);

    expect(ackSegments(lines)).toEqual([
      'AK1*PO*7001',
      'AK2*850*0001',
      'AK5*A',
      'AK2*850*0002',
      ak5,
      'AK2*850*0003',
      'AK5*A',
      'AK9*P*3*3*2',
    ]);
    expect(inbound.purchaseOrders.map((order) => order.draft.sourceOrderId)).toEqual(['PO-7781', 'PO-3']);
  });

  it('rejects the second of two sets with the same control number (AK5 R 23)', () => {
    const { lines } = acknowledge(
      interchangeOf([
        { controlNumber: '0001', body },
        { controlNumber: '0001', body: purchaseOrderBody({ poNumber: 'PO-2' }) },
      ]),
    );

    expect(ackSegments(lines)).toEqual([
      'AK1*PO*7001',
      'AK2*850*0001',
      'AK5*A',
      'AK2*850*0001',
      'AK5*R*23',
      'AK9*P*2*2*1',
    ]);
  });

  it('notes a group whose GE02 or GE01 is wrong (AK9 E 4, E 5) and still takes its orders', () => {
    const two = interchangeOf([
      { controlNumber: '0001', body },
      { controlNumber: '0002', body: purchaseOrderBody({ poNumber: 'PO-2' }) },
    ]);

    const wrongNumber = acknowledge(two.replace('GE*2*7001', 'GE*2*7009'));
    expect(ackSegments(wrongNumber.lines).at(-1)).toBe('AK9*E*2*2*2*4');
    expect(wrongNumber.inbound.purchaseOrders).toHaveLength(2);

    expect(ackSegments(acknowledge(two.replace('GE*2*7001', 'GE*3*7001')).lines).at(-1)).toBe('AK9*E*3*2*2*5');
  });

  it('rejects a group whose GE is missing (AK9 R 3): none of its orders is taken', () => {
    const { lines, inbound } = acknowledge(
      interchangeOf([{ controlNumber: '0001', body }]).replace('GE*1*7001~\n', ''),
    );

    expect(ackSegments(lines)).toEqual(['AK1*PO*7001', 'AK2*850*0001', 'AK5*R', 'AK9*R*1*1*0*3']);
    expect(inbound.purchaseOrders).toEqual([]);
  });

  it('reports interchange envelope faults in a TA1 (E 001 when IEA02 differs, E 021 when IEA01 is wrong) and still reads the groups', () => {
    const valid = interchangeOf([{ controlNumber: '0001', body }]);

    const mismatch = acknowledge(valid.replace('IEA*1*000000101', 'IEA*1*000000999'));
    expect(mismatch.lines[1]).toBe('TA1*000000101*261128*0930*E*001');
    expect(mismatch.lines[2]).toMatch(/^GS\*FA\*/);
    expect(mismatch.inbound.purchaseOrders).toHaveLength(1);

    expect(acknowledge(valid.replace('IEA*1*', 'IEA*3*')).lines[1]).toBe('TA1*000000101*261128*0930*E*021');
  });

  it('writes a TA1 A 000 when the sender asks for one (ISA14 = 1) and nothing is wrong', () => {
    expect(
      acknowledge(interchangeOf([{ controlNumber: '0001', body }], { acknowledgementRequested: true })).lines[1],
    ).toBe('TA1*000000101*261128*0930*A*000');
  });
});

describe('groups Crossdock does not take as a whole', () => {
  it('rejects a group in a version it does not read (AK9 R 2, each set AK5 R 1) and answers it in 004010', () => {
    // 003040 was the example here; 003010 to 008010 are read now, so a 002 release stands for what is not.
    const text = interchangeOf([{ controlNumber: '0001', body }]).replace('*X*004010~', '*X*002040~');
    const { lines, inbound } = acknowledge(text);

    expect(lines[1]).toBe('GS*FA*CROSSDOCK*BUYERCO*20261128*1405*55*X*004010');
    expect(ackSegments(lines)).toEqual(['AK1*PO*7001', 'AK2*850*0001', 'AK5*R*1', 'AK9*R*1*1*0*2']);
    expect(inbound.purchaseOrders).toEqual([]);
  });

  it.each(['003010', '003040', '004010VICS', '006020', '008010'])(
    'takes an 850 in %s and answers it in that version',
    (version) => {
      const text = interchangeOf([{ controlNumber: '0001', body }]).replace('*X*004010~', `*X*${version}~`);
      const { lines, inbound } = acknowledge(text);

      expect(lines[1]).toBe(`GS*FA*CROSSDOCK*BUYERCO*20261128*1405*55*X*${version}`);
      expect(ackSegments(lines).at(-1)).toBe('AK9*A*1*1*1');
      expect(inbound.purchaseOrders.map((order) => order.draft.sourceOrderId)).toEqual(['PO-7781']);
    },
  );

  it('answers each group of a two-version interchange in a functional group of its own version', () => {
    const v4010 = interchangeOf([{ controlNumber: '0001', body }]);
    const v5010Group = segmentLines(
      interchangeOf([{ controlNumber: '0001', body: purchaseOrderBody({ poNumber: 'PO-5' }) }], {
        version: '005010',
        groupControlNumber: '7002',
      }),
    ).slice(1, -1);
    const text = v4010.replace('IEA*1*', `${v5010Group.map((segment) => `${segment.trim()}~`).join('\n')}\nIEA*2*`);
    const inbound = readInboundInterchange(text);

    expect(acknowledgementGroupCount(inbound.acknowledgement)).toBe(2);
    const written = write997(inbound.interchange, inbound.acknowledgement, {
      controlNumbers: { interchange: 9, groups: [31, 32] },
      at: AT,
    });
    const groups = segmentLines(written.text).filter(
      (segment) => segment.startsWith('GS') || segment.startsWith('AK1') || segment.startsWith('AK9'),
    );
    expect(groups).toEqual([
      'GS*FA*CROSSDOCK*BUYERCO*20261128*1405*31*X*004010',
      'AK1*PO*7001',
      'AK9*A*1*1*1',
      'GS*FA*CROSSDOCK*BUYERCO*20261128*1405*32*X*005010',
      'AK1*PO*7002*005010',
      'AK9*A*1*1*1',
    ]);
    expect(inbound.purchaseOrders.map((order) => order.draft.sourceOrderId)).toEqual(['PO-7781', 'PO-5']);
  });
});

describe('transaction sets Crossdock does not take', () => {
  it('acknowledges an 855, an 856 and an 810 as not supported (AK5 R 1, AK9 R)', () => {
    expect(ackSegments(acknowledge(sample('nodeX12Acknowledgement')).lines)).toEqual([
      'AK1*PR*5',
      'AK2*855*0005',
      'AK5*R*1',
      'AK9*R*1*1*0',
    ]);
    expect(ackSegments(acknowledge(sample('nodeX12ShipNotice')).lines)).toEqual([
      'AK1*SH*49',
      'AK2*856*0008',
      'AK5*R*1',
      'AK9*R*1*1*0',
    ]);
    expect(ackSegments(acknowledge(sample('edinetInvoice')).lines)).toEqual([
      'AK1*IN*1',
      'AK2*810*0001',
      'AK5*R*1',
      'AK9*R*1*1*0',
    ]);
  });

  it('rejects only the unsupported and the bad set of a group: the good 850 is still taken', () => {
    const text = interchangeOf([
      { controlNumber: '0001', body },
      { code: '860', controlNumber: '0002', body: ['BCH*01*SA*PO-7781**20261127'] },
      { controlNumber: '0003', body: purchaseOrderBody({ poNumber: 'PO-9', ctt: '7' }) },
    ]);
    const { lines, inbound } = acknowledge(text);

    expect(ackSegments(lines)).toEqual([
      'AK1*PO*7001',
      'AK2*850*0001',
      'AK5*A',
      'AK2*860*0002',
      'AK5*R*1',
      'AK2*850*0003',
      'AK3*CTT*11*CTT*8',
      'AK4*1*354*7*7',
      'AK5*R*5',
      'AK9*P*3*3*1',
    ]);
    expect(inbound.purchaseOrders.map((order) => order.draft.sourceOrderId)).toEqual(['PO-7781']);
  });
});

describe('acknowledging with errors noted', () => {
  it('accepts with errors (AK5 E, AK9 E) an order with an impossible optional date, and takes it', () => {
    const { lines, inbound } = acknowledge(
      interchangeOf([
        { controlNumber: '0001', body: body.map((segment) => segment.replace('DTM*002*20261204', 'DTM*002*20261304')) },
      ]),
    );

    expect(ackSegments(lines)).toEqual([
      'AK1*PO*7001',
      'AK2*850*0001',
      'AK3*DTM*4**8',
      'AK4*2*373*8*20261304',
      'AK5*E*5',
      'AK9*E*1*1*1',
    ]);
    expect(inbound.purchaseOrders).toEqual([expect.objectContaining({ acceptedWithErrors: true })]);
  });
});

describe('how many group control numbers a 997 needs', () => {
  it('is one per X12 version acknowledged, none for an interchange without groups', () => {
    const inbound = readInboundInterchange(interchangeOf([{ controlNumber: '0001', body }]));
    expect(acknowledgementGroupCount(inbound.acknowledgement)).toBe(1);

    const empty = readInboundInterchange(
      'ISA*00*          *00*          *ZZ*BUYERCO        *ZZ*CROSSDOCK      *261128*0930*U*00401*000000101*1*P*>~IEA*0*000000101~',
    );
    expect(acknowledgementGroupCount(empty.acknowledgement)).toBe(0);
    const written = write997(empty.interchange, empty.acknowledgement, {
      controlNumbers: { interchange: 3, groups: [] },
      at: AT,
    });
    expect(segmentLines(written.text).slice(1)).toEqual(['TA1*000000101*261128*0930*A*000', 'IEA*0*000000003']);
  });
});
