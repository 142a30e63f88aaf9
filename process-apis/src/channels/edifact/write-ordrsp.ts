import type { WrittenInterchange } from '../x12/write-interchange';
import { writeEdifactInterchange, type EdifactEnvelope, type SegmentToWrite } from './write-interchange';

/** The order a partner sent that is refused, and why. */
export interface OrderRefusal {
  /** The partner's order number (its BGM 1004). */
  purchaseOrderNumber: string;
  /** YYYY-MM-DD: the order's own date (DTM 137), when it gave one. */
  orderedOn?: string;
  /** YYYY-MM-DD: the day of this answer. */
  answeredOn: string;
  /** A short code for the reason ("not-mappable", "validation-failed"). */
  reasonCode: string;
  /** The reason in words. */
  reason: string;
}

/** FTX 4440 holds 70 characters (D.96A) and a segment five of them: a longer reason is cut. */
const TEXT_WIDTH = 70;

/**
 * An ORDRSP (purchase order response, D.96A) refusing an order as a whole: BGM 231 with message
 * function 27 (not accepted), its date, the reason in FTX AAO (error description) with its code, and
 * the order it answers in RFF ON (with the order's date, DTM 171).
 */
export function writeOrdrspRejection(refusal: OrderRefusal, envelope: EdifactEnvelope): WrittenInterchange {
  const ccyymmdd = (date: string) => date.replace(/-/g, '');
  const text = refusal.reason.replace(/\s+/g, ' ').trim();
  const lines = Array.from({ length: Math.min(5, Math.ceil(text.length / TEXT_WIDTH)) }, (_, index) =>
    text.slice(index * TEXT_WIDTH, (index + 1) * TEXT_WIDTH),
  );
  const body: SegmentToWrite[] = [
    [['BGM'], ['231'], [`RJ${envelope.controlReference}`], ['27']],
    [['DTM'], ['137', ccyymmdd(refusal.answeredOn), '102']],
    [['FTX'], ['AAO'], [''], [refusal.reasonCode], lines],
    [['RFF'], ['ON', refusal.purchaseOrderNumber]],
    ...(refusal.orderedOn ? [[['DTM'], ['171', ccyymmdd(refusal.orderedOn), '102']]] : []),
    [['UNS'], ['S']],
  ];
  return writeEdifactInterchange(envelope, { reference: '1', identifier: ['ORDRSP', 'D', '96A', 'UN'], body });
}
