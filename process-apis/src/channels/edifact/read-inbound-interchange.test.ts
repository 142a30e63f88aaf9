import { describe, expect, it } from 'vitest';
import { UnreadableDocumentError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { isOrderNotTaken } from '../../inbound-documents/channel-order-draft';
import { interchangeOf, messageOf, ordersBody, sampleOrder } from './edifact-test-documents';
import { ordersToTake, readEdifactInterchange } from './read-inbound-interchange';

const codesOf = (findings: { code: string; segmentTag: string }[]) =>
  findings.map((finding) => `${finding.segmentTag} ${finding.code}`);

describe('readEdifactInterchange: the envelope (ISO 9735)', () => {
  it('reads a D.96A ORDERS with the default separators: UNB parties, reference, the order as sent', () => {
    const read = readEdifactInterchange(interchangeOf([sampleOrder('PO-4711')], { acknowledgementRequested: true }));
    expect(read.interchange).toMatchObject({
      syntax: { identifier: 'UNOC', version: '3' },
      sender: { id: 'BUYERCO', qualifier: 'ZZZ' },
      recipient: { id: 'CROSSDOCK', qualifier: 'ZZZ' },
      controlReference: '1001',
      acknowledgementRequested: true,
      test: false,
      findings: [],
    });
    expect(read.reports.map((report) => report.findings)).toEqual([[]]);
    expect(read.orders).toHaveLength(1);
    expect(read.orders[0]!.draft).toEqual({
      channel: 'edifact',
      sourceOrderId: 'PO-4711',
      purchaseOrderNumber: 'PO-4711',
      orderedOn: '2026-12-07',
      requestedDeliveryDate: '2026-12-14',
      currency: 'USD',
      buyer: { ids: [{ qualifier: '9', id: '5412345000013' }], address: {} },
      shipTo: {
        ids: [{ qualifier: '9', id: '5412345000020' }],
        address: {
          name: 'Store 112',
          line1: '1200 Commerce St',
          line2: 'Dock 4',
          city: 'Dallas',
          region: 'TX',
          postalCode: '75202',
          country: 'US',
        },
      },
      lines: [
        {
          sourceLineId: '1',
          productIds: [
            { qualifier: 'EN', id: '4000862141404' },
            { qualifier: 'SA', id: 'HX-2201' },
          ],
          quantity: '12',
          uom: 'PCE',
          unitPrice: '5.25',
        },
        // No PRI: the unit price is the line amount (MOA 203) over the quantity.
        { sourceLineId: '2', productIds: [{ qualifier: 'BP', id: 'BRK-77' }], quantity: '3', unitPrice: '7.50' },
      ],
    });
  });

  it('takes the service characters from UNA: other separators, a decimal comma, the release character in free text', () => {
    // UNA: component "|", element "^", decimal ",", release "!", reserved " ", terminator "~".
    const body = [
      'UNB^UNOC|3^BUYERCO|ZZZ^CROSSDOCK|ZZZ^261207|1015^77~',
      'UNH^1^ORDERS|D|96A|UN~',
      'BGM^220^PO!^42^9~',
      "NAD^DP^^^O'Brien !^ Sons!| Ltd!! (rear!~door)^1 Main St^Cork^^T12^IE~",
      'LIN^1^^ABC!|1|SA~',
      'QTY^21|2,500|KGM~',
      'PRI^AAA|10,5~',
      'UNS^S~',
      'UNT^8^1~',
      'UNZ^1^77~',
    ].join('\r\n');
    const read = readEdifactInterchange(`UNA|^,! ~${body}`);
    expect(read.interchange.findings).toEqual([]);
    expect(read.interchange.characters).toMatchObject({ component: '|', element: '^', decimal: ',', release: '!' });
    const [order] = read.orders;
    expect(order!.draft.sourceOrderId).toBe('PO^42');
    expect(order!.draft.shipTo!.address.name).toBe("O'Brien ^ Sons| Ltd! (rear~door)");
    expect(order!.draft.lines).toEqual([
      {
        sourceLineId: '1',
        productIds: [{ qualifier: 'SA', id: 'ABC|1' }],
        quantity: '2.5',
        uom: 'KGM',
        unitPrice: '10.5',
      },
    ]);
  });

  it("reads the release character with the default separators: ?' ?+ ?: ?? are data", () => {
    const message = messageOf(
      '1',
      'ORDERS:D:96A:UN',
      ordersBody(
        'PO-1',
        ["NAD+DP+++Smith?'s Hardware ?+ Garden?: Dept ??3+2 Elm St+Austin+TX+78701+US"],
        ['LIN+1++X1:SA', 'QTY+21:1'],
      ),
    );
    const read = readEdifactInterchange(interchangeOf([message]));
    expect(read.orders[0]!.draft.shipTo!.address.name).toBe("Smith's Hardware + Garden: Dept ?3");
  });

  it('reads a D.01B ORDERS: BGM with C106, NAD with C819 (region as its first component), a GTIN (SRV)', () => {
    const message = messageOf(
      '9',
      'ORDERS:D:01B:UN',
      ordersBody(
        'PO-01B',
        [
          'DTM+137:202612070930:203',
          'NAD+ST+4012345000009::9++Lager Nord+Hafenstr. 5+Hamburg+HH::9:Hamburg+20457+DE',
          'CUX+2:EUR:9',
        ],
        ['LIN+10++04012345678901:SRV', 'IMD+F++:::Schrauben M6:verzinkt', 'QTY+21:100:PCE', 'PRI+AAB:12.00:CT::10:PCE'],
        'BGM+220+PO-01B:1+9',
      ),
    );
    const read = readEdifactInterchange(interchangeOf([message], { syntax: 'UNOC:4' }));
    expect(read.reports[0]!.findings).toEqual([]);
    const { draft } = read.orders[0]!;
    expect(draft).toMatchObject({ sourceOrderId: 'PO-01B', orderedOn: '2026-12-07', currency: 'EUR' });
    expect(draft.shipTo!.address).toMatchObject({ name: 'Lager Nord', city: 'Hamburg', region: 'HH', country: 'DE' });
    // PRI AAB 12.00 per 10 pieces (5284): 1.20 a piece.
    expect(draft.lines).toEqual([
      {
        sourceLineId: '10',
        productIds: [{ qualifier: 'SRV', id: '04012345678901' }],
        description: 'Schrauben M6 verzinkt',
        quantity: '100',
        uom: 'PCE',
        unitPrice: '1.20',
      },
    ]);
  });

  it('reads several messages of one interchange, each its own order', () => {
    const second = messageOf('2', 'ORDERS:D:96A:UN', ordersBody('PO-B', [], ['LIN+1++Y2:SA', 'QTY+21:4']));
    const read = readEdifactInterchange(interchangeOf([sampleOrder('PO-A'), second]));
    expect(read.interchange.findings).toEqual([]);
    expect(read.orders.map((order) => [order.messageReference, order.draft.sourceOrderId])).toEqual([
      ['1', 'PO-A'],
      ['2', 'PO-B'],
    ]);
  });
});

describe('readEdifactInterchange: what it rejects, with the 0085 code CONTRL reports', () => {
  it('rejects the interchange when UNZ counts another number of messages (29), taking none of them', () => {
    const read = readEdifactInterchange(interchangeOf([sampleOrder('PO-1')], { unzCount: 2 }));
    expect(codesOf(read.interchange.findings)).toEqual(['UNZ 29']);
    expect(read.orders).toEqual([]);
  });

  it('rejects only the message whose UNT counts wrong (29); the others are taken', () => {
    const bad = messageOf('2', 'ORDERS:D:96A:UN', ordersBody('PO-2', [], ['LIN+1++Y:SA', 'QTY+21:1']), 9);
    const read = readEdifactInterchange(interchangeOf([sampleOrder('PO-1'), bad]));
    expect(read.interchange.findings).toEqual([]);
    expect(read.reports.map((report) => codesOf(report.findings))).toEqual([[], ['UNT 29']]);
    expect(read.orders.map((order) => order.draft.sourceOrderId)).toEqual(['PO-1']);
  });

  it('rejects a message type or directory it does not read (14), and a UNT naming another message (28)', () => {
    const invoice = messageOf('1', 'INVOIC:D:96A:UN', ['BGM+380+INV-1+9']);
    const old = messageOf('2', 'ORDERS:D:93A:UN', ordersBody('PO-2', [], ['LIN+1++Y:SA', 'QTY+21:1']));
    const misnamed = [...sampleOrder('PO-3').slice(0, -1), 'UNT+17+99'];
    const read = readEdifactInterchange(interchangeOf([invoice, old, misnamed]));
    expect(read.reports.map((report) => codesOf(report.findings))).toEqual([['UNH 14'], ['UNH 14'], ['UNT 28']]);
    expect(read.orders).toEqual([]);
  });

  it('rejects an interchange cut off before UNZ (13), or whose UNZ names another reference (28)', () => {
    const whole = interchangeOf([sampleOrder('PO-1')]);
    expect(codesOf(readEdifactInterchange(whole.replace("UNZ+1+1001'\n", '')).interchange.findings)).toEqual([
      'UNZ 13',
    ]);
    expect(codesOf(readEdifactInterchange(whole.replace('UNZ+1+1001', 'UNZ+1+1002')).interchange.findings)).toEqual([
      'UNZ 28',
    ]);
  });

  it('rejects an order without its number, an unknown date format, a quantity that is no number (13, 12)', () => {
    const message = messageOf(
      '1',
      'ORDERS:D:96A:UN',
      ordersBody('', ['DTM+137:07.12.2026:999'], ['LIN+1++Y:SA', 'QTY+21:twelve'], 'BGM+220++9'),
    );
    const [report] = readEdifactInterchange(interchangeOf([message])).reports;
    expect(report!.findings.map((finding) => [finding.segmentTag, finding.segmentPosition, finding.code])).toEqual([
      ['BGM', 2, '13'],
      ['DTM', 3, '12'],
      ['QTY', 5, '12'],
      ['LIN', 4, '13'],
    ]);
  });

  it('rejects a control character (a NUL) in a message (21) and bytes that are no UTF-8 under UNOW (21)', () => {
    const withNul = interchangeOf([sampleOrder('PO-1')]).replace('Store 112', 'Store\u0000112');
    expect(
      readEdifactInterchange(Buffer.from(withNul, 'latin1')).reports[0]!.findings.map((finding) => finding.code),
    ).toEqual(['21']);
    const notUtf8 = Buffer.concat([
      Buffer.from(interchangeOf([sampleOrder('PO-1')], { syntax: 'UNOW:4' }).replace('Dallas', 'Dall'), 'latin1'),
    ]);
    notUtf8[notUtf8.indexOf('Dall') + 4] = 0xc3;
    expect(codesOf(readEdifactInterchange(notUtf8).interchange.findings)).toEqual(['UNB 21']);
  });

  it('refuses a body that is no interchange, or a UNA that is no service string advice, as unreadable', () => {
    expect(() => readEdifactInterchange('{"order": 1}')).toThrow(UnreadableDocumentError);
    expect(() => readEdifactInterchange('ISA*00*          *00*')).toThrow(UnreadableDocumentError);
    expect(() => readEdifactInterchange("UNA::.? 'UNB+UNOC:3+A+B+261207:1015+1'")).toThrow(/service string advice/);
    expect(() => readEdifactInterchange("UNB+UNOC:3++B+261207:1015+1'")).toThrow(/names no sender/);
  });
});

describe('ordersToTake', () => {
  it('takes an original (9, or no function) and leaves a cancellation or replacement to a person', () => {
    const cancel = messageOf(
      '2',
      'ORDERS:D:96A:UN',
      ordersBody('PO-C', [], ['LIN+1++Y:SA', 'QTY+21:1'], 'BGM+220+PO-C+1'),
    );
    const taken = ordersToTake(readEdifactInterchange(interchangeOf([sampleOrder('PO-O'), cancel])).orders);
    expect(taken.map((order) => (isOrderNotTaken(order) ? order.problem.message : order.sourceOrderId))).toEqual([
      'PO-O',
      expect.stringContaining('BGM message function 1 (cancellation) is not taken automatically'),
    ]);
  });

  it('rejects a message function that is no code of list 1225 (12), rather than leave it to a person', () => {
    // `??9` is a released `?` then 9: the value `?9`, which no code list has.
    const odd = messageOf(
      '3',
      'ORDERS:D:96A:UN',
      ordersBody('PO-Q', [], ['LIN+1++Y:SA', 'QTY+21:1'], 'BGM+220+PO-Q+??9'),
    );
    const read = readEdifactInterchange(interchangeOf([odd]));
    expect(read.reports[0]!.findings).toEqual([
      expect.objectContaining({ segmentTag: 'BGM', element: 3, code: '12', detail: expect.stringContaining('"?9"') }),
    ]);
    expect(read.orders).toEqual([]);
  });
});
