import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import type { IsoDate } from '@crossdock/shared-contracts/contracts/model/primitives';
import { compareDecimals, sumDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { DraftParty } from '../../inbound-documents/channel-order-draft';
import { itemIdPairs, optionalPrice, partySegments, positiveQuantity, requireLines } from './write-parties';
import {
  freeText,
  writeInterchange,
  type SegmentToWrite,
  type WrittenInterchange,
  type X12Envelope,
} from './write-interchange';
import { impliedCents, x12Date, x12Decimal } from './x12-values';

/** What the buyer calls an order line, to echo on the invoice line that bills it. */
export interface BuyerLineReference {
  orderLineNumber: number;
  /** PO101 as the buyer sent it. */
  sourceLineId?: string;
  customerPartNumber?: string;
  gtin?: string;
}

/** An invoice (810) for one ERP invoice. */
export interface InvoiceDocumentInput {
  invoice: Invoice;
  /** BIG04: the buyer's PO number. */
  purchaseOrderNumber: string;
  /** BIG03. */
  purchaseOrderDate?: IsoDate;
  billTo?: DraftParty;
  shipTo?: DraftParty;
  /** Where to pay (N1*RE). */
  remitTo?: DraftParty;
  lineReferences?: BuyerLineReference[];
}

/**
 * Writes an 810: BIG, CUR, REF*VN (the order), the parties, ITD (net due date and days), IT1 (with
 * PID) per invoice line, TDS with the total in implied-decimal cents, TXI for tax, SAC for freight,
 * CTT with the number of IT1 lines. The total is the lines' amounts plus tax plus freight, added as
 * decimals; an invoice whose total says otherwise is refused rather than sent.
 */
export function write810(input: InvoiceDocumentInput, envelope: X12Envelope): WrittenInterchange {
  const { invoice } = input;
  const lines = requireLines(invoice.lines, 'An invoice');
  const total = sumDecimals([...lines.map((line) => line.amount), invoice.tax, invoice.freight]);
  if (compareDecimals(total, invoice.total) !== 0) {
    throw new ValidationError(
      `Invoice ${invoice.id} says its total is ${invoice.total}, but its lines, tax and freight add up to ${total}.`,
      [{ field: 'invoice.total', message: `expected ${total}` }],
    );
  }
  const body: SegmentToWrite[] = [
    [
      'BIG',
      x12Date(invoice.invoiceDate),
      invoice.id,
      input.purchaseOrderDate ? x12Date(input.purchaseOrderDate) : undefined,
      input.purchaseOrderNumber,
    ],
    ['CUR', 'SE', invoice.currency],
    ['REF', 'VN', invoice.orderId],
    ...partySegments('RE', input.remitTo),
    ...partySegments('BT', input.billTo),
    ...partySegments('ST', input.shipTo),
    [
      'ITD',
      '05',
      '3',
      undefined,
      undefined,
      undefined,
      x12Date(invoice.dueDate),
      String(daysBetween(invoice.invoiceDate, invoice.dueDate)),
    ],
  ];
  const references = new Map((input.lineReferences ?? []).map((reference) => [reference.orderLineNumber, reference]));
  lines.forEach((line, index) => {
    const reference = line.orderLineNumber === undefined ? undefined : references.get(line.orderLineNumber);
    const id = reference?.sourceLineId ?? String(line.lineNumber);
    const ids = itemIdPairs({
      sku: line.sku,
      customerPartNumber: reference?.customerPartNumber,
      gtin: reference?.gtin,
    });
    body.push([
      'IT1',
      id,
      positiveQuantity(line.quantity, `invoice.lines.${index}.quantity`),
      line.uom,
      optionalPrice(line.unitPrice),
      undefined,
      ...ids,
    ]);
    if (line.description) body.push(['PID', 'F', undefined, undefined, undefined, freeText(line.description, 80)]);
  });
  body.push(['TDS', impliedCents(total)]);
  if (compareDecimals(invoice.tax, '0') !== 0) body.push(['TXI', 'ST', x12Decimal(invoice.tax)]);
  if (compareDecimals(invoice.freight, '0') !== 0)
    body.push(['SAC', 'C', 'D240', undefined, undefined, impliedCents(invoice.freight)]);
  body.push(['CTT', String(lines.length)]);
  return writeInterchange(envelope, [{ functionalId: 'IN', transactionSets: [{ code: '810', body }] }]);
}

/** Whole days from one ISO date to another (payment terms). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
