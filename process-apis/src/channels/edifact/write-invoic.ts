import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import { compareDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { WrittenInterchange } from '../x12/write-interchange';
import { writeEdifactInterchange, type EdifactEnvelope, type SegmentToWrite } from './write-interchange';
import {
  dtm,
  lin,
  messageIdentifier,
  nad,
  type MessageItem,
  type MessageParty,
  type MessageRelease,
} from './write-message-parts';

export interface InvoiceMessageInput {
  invoice: Invoice;
  /** The buyer's order number (RFF ON). */
  orderNumber: string;
  buyer?: MessageParty;
  supplier?: MessageParty;
  /** Per invoice line (by its order line number), the item in the buyer's terms; our SKU otherwise. */
  items: ReadonlyMap<number, MessageItem>;
  release: MessageRelease;
}

/**
 * An INVOIC (commercial invoice) as the D.96A and D.01B directories lay it out: BGM 380 with the
 * ERP's invoice number, DTM 137 its date, RFF ON the buyer's order, NAD BY and SU, CUX (reference
 * currency, 2, used for invoicing, 4), the net due date (PAT 1, DTM 13); per line LIN, QTY 47
 * (invoiced), MOA 203 (line amount) and PRI AAA (net price); after UNS S the totals: MOA 79 (line
 * items), 176 (tax), 77 (invoice amount) and 86 (message total), and freight as a charge (ALC C,
 * FC, MOA 8). Amounts are the ERP's decimal strings as they are, never through a float.
 */
export function writeInvoic(input: InvoiceMessageInput, envelope: EdifactEnvelope): WrittenInterchange {
  const { invoice } = input;
  const moa = (qualifier: string, amount: string): SegmentToWrite => [['MOA'], [qualifier, amount]];
  const body: SegmentToWrite[] = [
    [['BGM'], ['380'], [invoice.id], ['9']],
    dtm('137', invoice.invoiceDate),
    [['RFF'], ['ON', input.orderNumber]],
    ...nad('BY', input.buyer),
    ...nad('SU', input.supplier),
    [['CUX'], ['2', invoice.currency, '4']],
    [['PAT'], ['1']],
    dtm('13', invoice.dueDate),
    ...invoice.lines.flatMap((line): SegmentToWrite[] => [
      ...lin(line.lineNumber, input.items.get(line.orderLineNumber ?? line.lineNumber) ?? { sku: line.sku }),
      [['QTY'], ['47', String(line.quantity), line.uom]],
      moa('203', line.amount),
      [['PRI'], ['AAA', line.unitPrice]],
    ]),
    [['UNS'], ['S']],
    moa('79', invoice.subtotal),
    ...(compareDecimals(invoice.tax, '0') !== 0 ? [moa('176', invoice.tax)] : []),
    moa('77', invoice.total),
    moa('86', invoice.total),
    ...(compareDecimals(invoice.freight, '0') !== 0
      ? [[['ALC'], ['C'], [''], [''], [''], ['FC']], moa('8', invoice.freight)]
      : []),
  ];
  return writeEdifactInterchange(envelope, {
    reference: '1',
    identifier: messageIdentifier('INVOIC', input.release),
    body,
  });
}
