import type { WrittenInterchange } from '../x12/write-interchange';
import { writeEdifactInterchange, type EdifactEnvelope, type SegmentToWrite } from './write-interchange';
import { dtm, lin, messageIdentifier, type MessageItem, type MessageRelease } from './write-message-parts';

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

/** What becomes of a line of an order accepted with changes (LIN 1229: 5 accepted, 3 changed). */
export interface AnsweredLine extends MessageItem {
  lineNumber: number;
  status: 'accepted' | 'changed';
  /** Delivered now (QTY 113) and to follow (QTY 83, backordered), in `uom`. */
  quantity: number;
  backordered: number;
  uom: string;
}

/** The business answer to an order taken in: accepted (29, or 30 with `lines`), held (12) or rejected (27). */
export interface OrderAnswer {
  purchaseOrderNumber: string;
  orderedOn?: string;
  answeredOn: string;
  outcome: 'accepted' | 'held' | 'rejected';
  /** Our (the ERP's) order number, once there is one: RFF VN. */
  salesOrderId?: string;
  /** Why it is held or rejected: FTX AAI (held) or AAO (rejected), with the code. */
  reason?: { code: string; text: string };
  /** For an order accepted with changes: every line and what becomes of it. */
  lines?: AnsweredLine[];
  release?: MessageRelease;
}

/** FTX 4440 holds 70 characters (D.96A) and a segment five of them: a longer reason is cut. */
const TEXT_WIDTH = 70;
const LINE_ACTION = { accepted: '5', changed: '3' } as const;

/**
 * An ORDRSP (purchase order response, D.96A) refusing an order as a whole: BGM 231 with message
 * function 27 (not accepted), its date, the reason in FTX AAO (error description) with its code, and
 * the order it answers in RFF ON (with the order's date, DTM 171).
 */
export function writeOrdrspRejection(refusal: OrderRefusal, envelope: EdifactEnvelope): WrittenInterchange {
  return writeOrdrsp(
    {
      purchaseOrderNumber: refusal.purchaseOrderNumber,
      ...(refusal.orderedOn ? { orderedOn: refusal.orderedOn } : {}),
      answeredOn: refusal.answeredOn,
      outcome: 'rejected',
      reason: { code: refusal.reasonCode, text: refusal.reason },
    },
    envelope,
  );
}

/**
 * An ORDRSP answering an order once it is decided: BGM 231 with message function 29 (accepted
 * without amendment), 30 (accepted with amendment in the detail section: a LIN per line, 5 accepted
 * or 3 changed, with QTY 113 to be delivered and QTY 83 backordered), 12 (not processed: held for
 * a person, the reason in FTX AAI) or 27 (not accepted, the reason in FTX AAO); the order it answers
 * in RFF ON (DTM 171 its date) and ours in RFF VN.
 */
export function writeOrdrsp(answer: OrderAnswer, envelope: EdifactEnvelope): WrittenInterchange {
  const changed = answer.outcome === 'accepted' && Boolean(answer.lines?.length);
  const [prefix, messageFunction] = {
    accepted: changed ? ['AC', '30'] : ['AC', '29'],
    held: ['HD', '12'],
    rejected: ['RJ', '27'],
  }[answer.outcome];
  const body: SegmentToWrite[] = [
    [['BGM'], ['231'], [`${prefix}${envelope.controlReference}`], [messageFunction!]],
    dtm('137', answer.answeredOn),
    ...(answer.reason ? [freeText(answer.outcome === 'rejected' ? 'AAO' : 'AAI', answer.reason)] : []),
    [['RFF'], ['ON', answer.purchaseOrderNumber]],
    ...(answer.orderedOn ? [dtm('171', answer.orderedOn)] : []),
    ...(answer.salesOrderId ? [[['RFF'], ['VN', answer.salesOrderId]]] : []),
    ...(changed ? answer.lines!.flatMap(lineAnswer) : []),
    [['UNS'], ['S']],
  ];
  return writeEdifactInterchange(envelope, {
    reference: '1',
    identifier: messageIdentifier('ORDRSP', answer.release ?? '96A'),
    body,
  });
}

function freeText(qualifier: string, reason: { code: string; text: string }): SegmentToWrite {
  const text = reason.text.replace(/\s+/g, ' ').trim();
  const lines = Array.from({ length: Math.min(5, Math.ceil(text.length / TEXT_WIDTH)) }, (_, index) =>
    text.slice(index * TEXT_WIDTH, (index + 1) * TEXT_WIDTH),
  );
  return [['FTX'], [qualifier], [''], [reason.code], lines];
}

function lineAnswer(line: AnsweredLine): SegmentToWrite[] {
  const [linSegment, ...pia] = lin(line.lineNumber, line);
  return [
    [...linSegment!.slice(0, 2), [LINE_ACTION[line.status]], ...linSegment!.slice(3)],
    ...pia,
    [['QTY'], ['113', String(line.quantity), line.uom]],
    ...(line.backordered > 0 ? [[['QTY'], ['83', String(line.backordered), line.uom]]] : []),
  ];
}
