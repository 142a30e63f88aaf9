import type { WrittenInterchange } from '../x12/write-interchange';
import {
  dtm,
  lin,
  messageIdentifier,
  nad,
  type MessageItem,
  type MessageParty,
  type MessageRelease,
} from './write-message-parts';
import { writeEdifactInterchange, type EdifactEnvelope, type SegmentToWrite } from './write-interchange';

/** One shipped line: the order line it fills, the item in the buyer's terms, the quantity despatched. */
export interface DespatchedLine extends MessageItem {
  orderLineNumber: number;
  quantity: number;
  uom?: string;
}

export interface DespatchAdviceInput {
  /** Our shipment id: the despatch advice number (BGM 1004). */
  despatchNumber: string;
  /** ISO instant the goods left (DTM 11). */
  despatchedAt: string;
  /** The buyer's order number (RFF ON) and, when it gave one, the order's date (DTM 171). */
  orderNumber: string;
  orderedOn?: string;
  buyer?: MessageParty;
  supplier?: MessageParty;
  deliveryParty?: MessageParty;
  carrier?: string;
  /** The carrier's consignment reference (RFF CN). */
  trackingNumber?: string;
  lines: DespatchedLine[];
  release: MessageRelease;
}

/**
 * A DESADV (despatch advice) as the D.96A and D.01B directories lay it out: BGM 351 with our
 * shipment id, DTM 137 (the message's date) and 11 (despatched), the buyer's order in RFF ON, the
 * parties (NAD BY, SU, DP), the carrier (TDT 20), then the consignment as one package (CPS 1, PAC 1:
 * the ERP keeps no carton detail) holding a LIN per line with the quantity despatched (QTY 12), and
 * the line count (CNT 2). DESADV has no UNS.
 */
export function writeDesadv(input: DespatchAdviceInput, envelope: EdifactEnvelope): WrittenInterchange {
  const body: SegmentToWrite[] = [
    [['BGM'], ['351'], [input.despatchNumber], ['9']],
    dtm('137', envelope.at.toISOString(), true),
    dtm('11', input.despatchedAt, true),
    [['RFF'], ['ON', input.orderNumber]],
    ...(input.orderedOn ? [dtm('171', input.orderedOn)] : []),
    ...(input.trackingNumber ? [[['RFF'], ['CN', input.trackingNumber]]] : []),
    ...nad('BY', input.buyer),
    ...nad('SU', input.supplier),
    ...nad('DP', input.deliveryParty),
    ...(input.carrier ? [[['TDT'], ['20'], [''], [''], [''], [input.carrier]]] : []),
    [['CPS'], ['1']],
    [['PAC'], ['1']],
    ...input.lines.flatMap((line): SegmentToWrite[] => [
      ...lin(line.orderLineNumber, line),
      [['QTY'], ['12', String(line.quantity), ...(line.uom ? [line.uom] : [])]],
    ]),
    [['CNT'], ['2', String(input.lines.length)]],
  ];
  return writeEdifactInterchange(envelope, {
    reference: '1',
    identifier: messageIdentifier('DESADV', input.release),
    body,
  });
}
