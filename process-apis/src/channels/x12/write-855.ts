import type {
  CurrencyCode,
  DecimalString,
  IsoDate,
  Quantity,
} from '@crossdock/shared-contracts/contracts/model/primitives';
import type { DraftParty } from '../../inbound-documents/channel-order-draft';
import {
  itemIdPairs,
  lineId,
  optionalPrice,
  partySegments,
  positiveQuantity,
  requireLines,
  type ItemIdentifiers,
} from './write-parties';
import {
  freeText,
  writeInterchange,
  type SegmentToWrite,
  type WrittenInterchange,
  type X12Envelope,
} from './write-interchange';
import { x12Date, x12Quantity } from './x12-values';

/** What Crossdock says about (part of) a line: ACK01. */
export type LineAcknowledgementStatus =
  | 'accepted'
  | 'changed'
  | 'backordered'
  | 'rejected'
  | 'quantity-changed'
  | 'price-changed';

const ACK_CODE: Record<LineAcknowledgementStatus, string> = {
  accepted: 'IA',
  changed: 'IC',
  backordered: 'IB',
  rejected: 'IR',
  'quantity-changed': 'IQ',
  'price-changed': 'IP',
};

/** One ACK: a quantity of the line and what happens to it. A line split between stock and backorder has two. */
export interface LineAcknowledgement {
  status: LineAcknowledgementStatus;
  /** In `uom` (the line's unit when absent); 0 for a rejected line. */
  quantity: Quantity;
  uom?: string;
  /** When this quantity is expected to ship (ACK04 = 068). */
  expectedShipDate?: IsoDate;
}

/** An order line as acknowledged: as ordered (from the order's lines), and what becomes of it. */
export interface AcknowledgedLine extends ItemIdentifiers {
  /** The order's line number (SalesOrderLine.lineNumber). */
  lineNumber: number;
  /** PO101 as the buyer sent it; echoed instead of `lineNumber` when present. */
  sourceLineId?: string;
  description?: string;
  /** As ordered, in `uom`. */
  quantity: Quantity;
  uom: string;
  /** The price Crossdock will invoice at (the priced order line's unit price). */
  unitPrice?: DecimalString;
  /** At least one. */
  acknowledgements: LineAcknowledgement[];
}

/** A purchase order acknowledgement (855) for one order. */
export interface PurchaseOrderAcknowledgementInput {
  /** BAK03: the buyer's PO number (the order's purchaseOrderNumber / sourceOrderId). */
  purchaseOrderNumber: string;
  /** BAK04: the PO's date. */
  purchaseOrderDate: IsoDate;
  /** BAK09: the day of this acknowledgement. */
  acknowledgedOn: IsoDate;
  /** BAK08: the ERP's order number (the order's erpOrderId), for the buyer to quote. */
  erpOrderId?: string;
  currency?: CurrencyCode;
  shipTo?: DraftParty;
  lines: AcknowledgedLine[];
}

/**
 * Writes an 855: BAK (AD when every line is accepted as ordered, RD when every line is rejected, AC
 * otherwise), the ship-to, then per line PO1 (as ordered), PID and one ACK per acknowledged quantity,
 * and CTT with the number of PO1 lines.
 */
export function write855(input: PurchaseOrderAcknowledgementInput, envelope: X12Envelope): WrittenInterchange {
  const lines = requireLines(input.lines, 'A purchase order acknowledgement');
  const body: SegmentToWrite[] = [
    [
      'BAK',
      '00',
      acknowledgementType(lines),
      input.purchaseOrderNumber,
      x12Date(input.purchaseOrderDate),
      undefined,
      undefined,
      undefined,
      input.erpOrderId,
      x12Date(input.acknowledgedOn),
    ],
  ];
  if (input.currency) body.push(['CUR', 'SE', input.currency]);
  body.push(...partySegments('ST', input.shipTo));
  lines.forEach((line, index) => {
    const field = `lines.${index}`;
    body.push([
      'PO1',
      lineId(line),
      positiveQuantity(line.quantity, `${field}.quantity`),
      line.uom,
      optionalPrice(line.unitPrice),
      undefined,
      ...itemIdPairs(line),
    ]);
    if (line.description) body.push(['PID', 'F', undefined, undefined, undefined, freeText(line.description, 80)]);
    requireLines(line.acknowledgements, `Line ${lineId(line)}'s acknowledgement`);
    for (const ack of line.acknowledgements) {
      const date = ack.expectedShipDate ? ['068', x12Date(ack.expectedShipDate)] : [];
      body.push(['ACK', ACK_CODE[ack.status], x12Quantity(ack.quantity), ack.uom ?? line.uom, ...date]);
    }
  });
  body.push(['CTT', String(lines.length)]);
  return writeInterchange(envelope, [{ functionalId: 'PR', transactionSets: [{ code: '855', body }] }]);
}

/** BAK02: AD acknowledge with detail, no change; RD reject with detail; AC acknowledge with detail and change. */
function acknowledgementType(lines: AcknowledgedLine[]): string {
  const statuses = lines.flatMap((line) => line.acknowledgements.map((ack) => ack.status));
  if (statuses.every((status) => status === 'accepted')) return 'AD';
  if (statuses.every((status) => status === 'rejected')) return 'RD';
  return 'AC';
}

/** A purchase order refused as a whole before it became an order, and why. */
export interface PurchaseOrderRejectionInput {
  /** BAK03: the buyer's PO number (BEG03). */
  purchaseOrderNumber: string;
  /** BAK04: the PO's date (BEG05; the day it arrived when the PO gave none). */
  purchaseOrderDate: IsoDate;
  /** BAK09 */
  acknowledgedOn: IsoDate;
  /** N902 (qualifier L1, letters or notes): a short code for the reason, e.g. "VALIDATION-FAILED". */
  reasonCode: string;
  /** MSG01: the reason in words, for the buyer's staff. */
  reason: string;
}

/**
 * Writes an 855 refusing a purchase order that could not become an order: BAK02 RJ (rejected, no
 * detail: there are no lines of ours to speak of), and the reason as an N9 note with a MSG. The 997
 * said the 850 was readable; this says what the business made of it.
 */
export function write855Rejection(input: PurchaseOrderRejectionInput, envelope: X12Envelope): WrittenInterchange {
  const body: SegmentToWrite[] = [
    [
      'BAK',
      '00',
      'RJ',
      input.purchaseOrderNumber,
      x12Date(input.purchaseOrderDate),
      undefined,
      undefined,
      undefined,
      undefined,
      x12Date(input.acknowledgedOn),
    ],
    ['N9', 'L1', freeText(input.reasonCode.toUpperCase(), 30)],
    ['MSG', freeText(input.reason, 264)],
  ];
  return writeInterchange(envelope, [{ functionalId: 'PR', transactionSets: [{ code: '855', body }] }]);
}
