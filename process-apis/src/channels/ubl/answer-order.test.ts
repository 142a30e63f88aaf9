import { describe, expect, it } from 'vitest';
import type { AcknowledgedLine } from '../x12/write-855';
import { responseOf } from './answer-order';
import { readUblOrder } from './read-ubl-order';
import { ublOrderXml } from './ubl-test-documents';

const SENT = readUblOrder(
  Buffer.from(
    ublOrderXml({
      id: 'PO-ANSWER',
      lines: [
        { id: '10', quantity: '4', unitCode: 'XCS', sellersItemId: 'A' },
        { id: '20', quantity: '6', unitCode: 'H87', sellersItemId: 'B' },
      ],
    }),
  ),
);

const line = (lineNumber: number, uom: string, acknowledgements: AcknowledgedLine['acknowledgements']) =>
  ({ lineNumber, quantity: 4, uom, acknowledgements }) as AcknowledgedLine;

describe('responseOf: the OrderResponse an order gets, from its 855 acknowledgement lines', () => {
  it('AP when every line is accepted as ordered', () => {
    expect(
      responseOf(
        [line(1, 'CS', [{ status: 'accepted', quantity: 4 }]), line(2, 'EA', [{ status: 'accepted', quantity: 6 }])],
        SENT,
        'SUBMITTED',
      ),
    ).toEqual({ code: 'AP' });
  });

  it('RE when every line is rejected (the order rejected or cancelled), saying which', () => {
    const rejected = [{ status: 'rejected' as const, quantity: 0 }];
    expect(responseOf([line(1, 'CS', rejected), line(2, 'EA', rejected)], SENT, 'CANCELLED')).toEqual({
      code: 'RE',
      note: 'The order is cancelled.',
    });
  });

  it("CA with the buyer's line ids and unit codes: a changed price, and a backorder told in the note", () => {
    const changed = { ...line(1, 'CS', [{ status: 'changed', quantity: 4 }]), unitPrice: '13.00' };
    const short = line(2, 'EA', [
      { status: 'accepted', quantity: 4, uom: 'EA' },
      { status: 'backordered', quantity: 2, uom: 'EA' },
    ]);
    expect(responseOf([changed, short], SENT, 'SUBMITTED')).toEqual({
      code: 'CA',
      note: 'Line 20: 2 EA backordered.',
      lines: [
        { lineId: '10', status: 'changed', quantity: { value: '4', unitCode: 'XCS' }, priceAmount: '13.00' },
        { lineId: '20', status: 'changed', quantity: { value: '4', unitCode: 'H87' } },
      ],
    });
  });
});
