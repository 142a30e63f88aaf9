/**
 * The 850's line items: each PO1 read into an order line with its quantity, unit, price and product id
 * pairs exactly as written, and the CTT line count checked against them. Errors are noted for the 997.
 */
import type { ChannelOrderLineDraft } from '../../inbound-documents/channel-order-draft';
import type { SegmentNotes } from './segment-notes';
import { ELEMENT_ERROR } from './x12-codes';
import { elementAt, trimmedElementAt, type Segment } from './x12-segments';
import { isX12Number } from './x12-values';

// X12 data element reference numbers, for AK402.
const REF = {
  quantity: '330',
  unitPrice: '212',
  productIdQualifier: '235',
  lineCount: '354',
} as const;

/** One PO1 as an order line (the PID descriptions that follow are added by the reader). */
export function readPo1(po1: Segment, notes: SegmentNotes): ChannelOrderLineDraft {
  const line: ChannelOrderLineDraft = { productIds: [], quantity: '' };
  const sourceLineId = trimmedElementAt(po1, 1);
  if (sourceLineId) line.sourceLineId = sourceLineId;
  const quantity = elementAt(po1, 2);
  if (quantity === undefined)
    notes.element(po1, 'PO1', { position: 2, reference: REF.quantity, code: ELEMENT_ERROR.mandatoryMissing }, true);
  else if (!isX12Number(quantity))
    notes.element(po1, 'PO1', { position: 2, reference: REF.quantity, code: ELEMENT_ERROR.invalidCharacter }, true);
  else line.quantity = quantity;
  const uom = trimmedElementAt(po1, 3);
  if (uom) line.uom = uom;
  const unitPrice = elementAt(po1, 4);
  if (unitPrice !== undefined && !isX12Number(unitPrice))
    notes.element(po1, 'PO1', { position: 4, reference: REF.unitPrice, code: ELEMENT_ERROR.invalidCharacter }, true);
  else if (unitPrice !== undefined) line.unitPrice = unitPrice;
  // PO106/PO107 to PO124/PO125: qualifier and id pairs, kept in document order.
  for (let position = 6; position <= 24; position += 2) {
    const qualifier = trimmedElementAt(po1, position);
    const id = trimmedElementAt(po1, position + 1);
    if (qualifier && id) line.productIds.push({ qualifier, id });
    else if (id)
      notes.element(
        po1,
        'PO1',
        { position, reference: REF.productIdQualifier, code: ELEMENT_ERROR.conditionalMissing },
        false,
      );
  }
  return line;
}

/** CTT01, the number of PO1 lines the sender counted, must be the number read. */
export function checkLineCount(ctt: Segment, lineCount: number, notes: SegmentNotes): void {
  const written = elementAt(ctt, 1);
  // 997 has no element code for "a count that does not add up"; 7 (invalid value) is what partners' translators use for it.
  if (written === undefined)
    notes.element(ctt, 'CTT', { position: 1, reference: REF.lineCount, code: ELEMENT_ERROR.mandatoryMissing }, true);
  else if (!/^\d+$/.test(written))
    notes.element(ctt, 'CTT', { position: 1, reference: REF.lineCount, code: ELEMENT_ERROR.invalidCharacter }, true);
  else if (Number(written) !== lineCount)
    notes.element(
      ctt,
      'CTT',
      { position: 1, reference: REF.lineCount, code: ELEMENT_ERROR.invalidCodeValue, badData: written },
      true,
    );
}
