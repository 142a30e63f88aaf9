import { describe, expect, it } from 'vitest';
import { parseInterchange } from './parse-interchange';
import { read850 } from './read-850';
import { interchangeOf, purchaseOrderBody, sample } from './x12-test-documents';

/** Reads the first transaction set of an interchange as an 850. */
const readFirst = (raw: string | Buffer) => {
  const interchange = parseInterchange(raw);
  return read850(interchange.groups[0]!.transactionSets[0]!, interchange.delimiters);
};
const readBody = (body: string[]) => readFirst(interchangeOf([{ controlNumber: '0001', body }]));

describe('the node-x12 sample 850 (004010VICS)', () => {
  const result = readFirst(sample('nodeX12PurchaseOrder'));
  const draft = result.draft!;

  it('takes BEG03 as the source order id and purchase order number, BEG05 as the order date, DTM*002 as the delivery date', () => {
    expect(result.notes).toEqual([]);
    expect(draft).toMatchObject({
      channel: 'x12',
      sourceOrderId: '08292233294',
      purchaseOrderNumber: '08292233294',
      orderedOn: '2010-11-27',
      requestedDeliveryDate: '2010-12-14',
    });
    expect(result).toMatchObject({
      purposeCode: '00',
      orderTypeCode: 'SA',
      dates: [{ qualifier: '002', date: '2010-12-14' }],
    });
  });

  it('reads the ship-to N1 loop with its id qualifier, street, city, state and postal code', () => {
    expect(draft.shipTo).toEqual({
      ids: [{ qualifier: '9', id: '0003947268292' }],
      address: { name: 'XYZ RETAIL', line1: '31875 SOLON RD', city: 'SOLON', region: 'OH', postalCode: '44139' },
    });
    expect(draft.billTo).toBeUndefined();
    expect(draft.buyer).toBeUndefined();
  });

  it('reads six lines with quantities, units and prices exactly as written, and every product id pair in order', () => {
    expect(draft.lines).toHaveLength(6);
    expect(
      draft.lines.map((line) => [line.sourceLineId, line.quantity, line.uom, line.unitPrice, line.description]),
    ).toEqual([
      ['1', '120', 'EA', '9.25', 'SMALL WIDGET'],
      ['2', '220', 'EA', '13.79', 'MEDIUM WIDGET'],
      ['3', '126', 'EA', '10.99', 'LARGE WIDGET'],
      ['4', '76', 'EA', '4.35', 'NANO WIDGET'],
      ['5', '72', 'EA', '7.5', 'BLUE WIDGET'],
      ['6', '696', 'EA', '9.55', 'ORANGE WIDGET'],
    ]);
    expect(draft.lines[0]!.productIds).toEqual([
      { qualifier: 'CB', id: '065322-117' },
      { qualifier: 'PR', id: 'RO' },
      { qualifier: 'VN', id: 'AB3542' },
    ]);
    expect(draft.lines[5]!.productIds.at(-1)).toEqual({ qualifier: 'VN', id: 'DX1875' });
  });
});

describe('the Stedi sample 850 (005010)', () => {
  const result = readFirst(sample('stediPurchaseOrder5010'));
  const draft = result.draft!;

  it('keeps quantities with their leading zeros and whole-number prices as written, and line ids that are not numbers', () => {
    expect(result.notes).toEqual([]);
    expect(draft.sourceOrderId).toBe('365465413');
    expect(draft.lines).toEqual([
      {
        sourceLineId: 'item-1',
        quantity: '0008',
        uom: 'EA',
        unitPrice: '400',
        description: '400 pound anvil',
        productIds: [
          { qualifier: 'VC', id: 'VND1234567' },
          { qualifier: 'SK', id: 'ACM/8900-400' },
        ],
      },
      {
        sourceLineId: 'item-2',
        quantity: '0004',
        uom: 'EA',
        unitPrice: '125',
        description: 'Detonator',
        productIds: [
          { qualifier: 'VC', id: 'VND000111222' },
          { qualifier: 'SK', id: 'ACM/1100-001' },
        ],
      },
    ]);
  });

  it('reads the ship-to with its country, and the header PER as the buyer contact', () => {
    expect(draft.orderedOn).toBe('2022-08-30');
    expect(draft.requestedDeliveryDate).toBeUndefined();
    expect(draft.shipTo).toEqual({
      ids: [{ qualifier: '92', id: '123' }],
      address: {
        name: 'Wile E Coyote',
        line1: '111 Canyon Court',
        city: 'Phoenix',
        region: 'AZ',
        postalCode: '85001',
        country: 'US',
      },
    });
    expect(draft.buyer).toEqual({
      ids: [],
      address: { contactName: 'Marvin Acme', contactPhone: '973-555-1212', contactEmail: 'marvin@acme.com' },
    });
    expect(result.orderTypeCode).toBe('DS');
  });
});

describe('parties, dates and currency', () => {
  const result = readBody([
    'BEG*00*SA*PO-5531**20261127',
    'CUR*BY*CAD',
    'PER*BD*Ann Buyer*TE*416-555-0100',
    'DTM*002*20261210',
    'DTM*010*20261205',
    'DTM*037*20261201',
    'N1*BT*BRIGHTLINE SUPPLY AP*91*C-1002',
    'N2*ACCOUNTS PAYABLE',
    'N3*PO BOX 77*DEPT 4',
    'N4*TORONTO*ON*M5V 2T6*CA',
    'N1*ST*BRIGHTLINE BRANCH 9*92*0009',
    'N3*88 QUEEN ST W',
    'N3*DOCK 2',
    'N4*TORONTO*ON*M5H 2M9*CA',
    'PER*RE*Dock Manager*EM*dock9@brightline.example*TE*416-555-0199',
    'N1*BY*BRIGHTLINE SUPPLY*91*C-1002',
    'N1*SF*SOME VENDOR WAREHOUSE*92*W1',
    'N3*1 NOWHERE RD',
    'PO1*10*5*BX*12.5**BP*BX-77*VP*SCR-002',
    'DTM*002*20261220',
    'N1*ST*LINE LEVEL STORE*92*0042',
    'PO1*20*2.5*FT*1.0000**VP*CBL-010',
    'CTT*2',
  ]);
  const draft = result.draft!;

  it('reads bill-to, ship-to and buyer N1 loops with N2, two N3 lines, N4 and PER, and ignores other parties', () => {
    expect(result.notes).toEqual([]);
    expect(draft.billTo).toEqual({
      ids: [{ qualifier: '91', id: 'C-1002' }],
      address: {
        name: 'BRIGHTLINE SUPPLY AP',
        contactName: 'ACCOUNTS PAYABLE',
        line1: 'PO BOX 77',
        line2: 'DEPT 4',
        city: 'TORONTO',
        region: 'ON',
        postalCode: 'M5V 2T6',
        country: 'CA',
      },
    });
    expect(draft.shipTo).toEqual({
      ids: [{ qualifier: '92', id: '0009' }],
      address: {
        name: 'BRIGHTLINE BRANCH 9',
        line1: '88 QUEEN ST W',
        line2: 'DOCK 2',
        city: 'TORONTO',
        region: 'ON',
        postalCode: 'M5H 2M9',
        country: 'CA',
        contactName: 'Dock Manager',
        contactEmail: 'dock9@brightline.example',
        contactPhone: '416-555-0199',
      },
    });
    expect(draft.buyer).toEqual({
      ids: [{ qualifier: '91', id: 'C-1002' }],
      address: { name: 'BRIGHTLINE SUPPLY', contactName: 'Ann Buyer', contactPhone: '416-555-0100' },
    });
  });

  it('keeps every header date by qualifier as YYYY-MM-DD, and line-level dates and parties out of the header', () => {
    expect(draft).toMatchObject({ currency: 'CAD', orderedOn: '2026-11-27', requestedDeliveryDate: '2026-12-10' });
    expect(result.dates).toEqual([
      { qualifier: '002', date: '2026-12-10' },
      { qualifier: '010', date: '2026-12-05' },
      { qualifier: '037', date: '2026-12-01' },
    ]);
    expect(draft.shipTo?.ids).toEqual([{ qualifier: '92', id: '0009' }]);
  });

  it('keeps decimal quantities and trailing zeros of prices exactly as written', () => {
    expect(
      draft.lines.map((line) => [line.sourceLineId, line.quantity, line.uom, line.unitPrice, line.productIds]),
    ).toEqual([
      [
        '10',
        '5',
        'BX',
        '12.5',
        [
          { qualifier: 'BP', id: 'BX-77' },
          { qualifier: 'VP', id: 'SCR-002' },
        ],
      ],
      ['20', '2.5', 'FT', '1.0000', [{ qualifier: 'VP', id: 'CBL-010' }]],
    ]);
  });
});

describe('errors the 997 reports', () => {
  it('rejects a set whose CTT01 does not match its PO1 count: AK3 CTT with AK4 1/354/7 and the bad count', () => {
    const body = purchaseOrderBody({ ctt: '3' });
    const result = readBody(body);

    expect(result.draft).toBeUndefined();
    expect(result.notes).toEqual([
      {
        segmentId: 'CTT',
        position: body.length + 1,
        loopId: 'CTT',
        code: '8',
        elements: [{ position: 1, reference: '354', code: '7', badData: '3' }],
        rejects: true,
      },
    ]);
  });

  it('rejects a line whose quantity is not a number, naming PO102 (invalid character, no copy of the data)', () => {
    const result = readBody(purchaseOrderBody({ lines: ['PO1*1*TEN*EA*1.00**VP*HXB-004'] }));

    expect(result.draft).toBeUndefined();
    expect(result.notes).toEqual([
      {
        segmentId: 'PO1',
        position: 8,
        loopId: 'PO1',
        code: '8',
        elements: [{ position: 2, reference: '330', code: '6' }],
        rejects: true,
      },
    ]);
  });

  it('rejects a line without a quantity and a price with a thousands separator, both on one AK3', () => {
    const result = readBody(purchaseOrderBody({ lines: ['PO1*1**EA*1,000.00**VP*HXB-004'] }));

    expect(result.notes).toEqual([
      {
        segmentId: 'PO1',
        position: 8,
        loopId: 'PO1',
        code: '8',
        elements: [
          { position: 2, reference: '330', code: '1' },
          { position: 4, reference: '212', code: '6' },
        ],
        rejects: true,
      },
    ]);
  });

  it('rejects a BEG without a purchase order number, and a set without BEG or without lines', () => {
    expect(readBody(['BEG*00*SA***20261127', 'PO1*1*1*EA*1**VP*A', 'CTT*1']).notes).toEqual([
      {
        segmentId: 'BEG',
        position: 2,
        code: '8',
        elements: [{ position: 3, reference: '324', code: '1' }],
        rejects: true,
      },
    ]);
    expect(readBody(['CUR*BY*USD', 'PO1*1*1*EA*1**VP*A', 'CTT*1']).notes).toEqual([
      { segmentId: 'BEG', position: 2, code: '3', elements: [], rejects: true },
    ]);
    expect(readBody(['BEG*00*SA*PO-1**20261127', 'CTT*0']).notes).toEqual([
      { segmentId: 'PO1', position: 3, loopId: 'PO1', code: '3', elements: [], rejects: true },
    ]);
  });

  it('accepts with an error noted an impossible delivery date (left out) and an id without its qualifier (skipped)', () => {
    const result = readBody([
      'BEG*00*SA*PO-2**20261127',
      'DTM*002*20260231',
      'PO1*1*4*EA*2.5***HXB-004*VP*HXB-004',
      'CTT*1',
    ]);

    expect(result.notes).toEqual([
      {
        segmentId: 'DTM',
        position: 3,
        code: '8',
        elements: [{ position: 2, reference: '373', code: '8', badData: '20260231' }],
        rejects: false,
      },
      {
        segmentId: 'PO1',
        position: 4,
        loopId: 'PO1',
        code: '8',
        elements: [{ position: 6, reference: '235', code: '2' }],
        rejects: false,
      },
    ]);
    expect(result.draft).toMatchObject({
      sourceOrderId: 'PO-2',
      lines: [{ quantity: '4', productIds: [{ qualifier: 'VP', id: 'HXB-004' }] }],
    });
    expect(result.draft!.requestedDeliveryDate).toBeUndefined();
  });

  it('notes a segment whose id is not an X12 segment id, without rejecting the order', () => {
    const result = readBody(['BEG*00*SA*PO-3**20261127', 'po1*1*1*EA', 'PO1*1*1*EA*1**VP*A', 'CTT*1']);

    expect(result.notes).toEqual([{ segmentId: 'po1', position: 3, code: '1', elements: [], rejects: false }]);
    expect(result.draft?.lines).toHaveLength(1);
  });
});
