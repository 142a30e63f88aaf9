import type { ChannelOrderDraft } from '../../inbound-documents/channel-order-draft';
import { acknowledgeInterchange, type ContentFindings, type FunctionalAcknowledgement } from './acknowledge-997';
import { parseInterchange, type Interchange, type TransactionSet } from './parse-interchange';
import { read850, type QualifiedDate, type Read850Result } from './read-850';
import type { SegmentNote } from './segment-notes';
import { ELEMENT_ERROR, SEGMENT_ERROR } from './x12-codes';

/** One purchase order the 997 accepts, with where it sits in the interchange. */
export interface InboundPurchaseOrder {
  /** GS06 of its group. */
  groupControlNumber: string;
  /** ST02 of its transaction set. */
  transactionSetControlNumber: string;
  draft: ChannelOrderDraft;
  /** BEG01 (00 original, 01 cancellation, 05 replace...): what the order wants done. */
  purposeCode?: string;
  /** BEG02. */
  orderTypeCode?: string;
  /** Every header DTM date, the ones without a field in the draft included. */
  dates: QualifiedDate[];
  /** True when the 997 accepts it with errors noted (AK5 E): something optional could not be read. */
  acceptedWithErrors: boolean;
  /** ST02 of an earlier set in this interchange with the same purchase order, word for word: this one is a repeat. */
  repeats?: string;
}

export interface InboundInterchange {
  interchange: Interchange;
  /** The 850s the acknowledgement accepts (A or E), in document order; rejected sets give none. */
  purchaseOrders: InboundPurchaseOrder[];
  /** What to answer: write it with write997 once control numbers are allocated. */
  acknowledgement: FunctionalAcknowledgement;
}

/**
 * Everything Crossdock takes from an inbound X12 interchange: the purchase orders (850) as drafts,
 * and the functional acknowledgement for every group and set in it. Sets other than 850 are
 * acknowledged as not supported; a set that is rejected gives no draft and leaves the others be.
 *
 * @throws UnreadableDocumentError for a document without a valid ISA or cut off before its IEA.
 */
export function readInboundInterchange(raw: string | Uint8Array): InboundInterchange {
  const interchange = parseInterchange(raw);
  const read = new Map<TransactionSet, Read850Result>();
  const repeats = new Map<TransactionSet, string>();
  const firstSent = new Map<string, string>();
  const acknowledgement = acknowledgeInterchange(interchange, (set): ContentFindings => {
    if (set.code !== '850') return 'unsupported';
    const result = read850(set, interchange.delimiters);
    read.set(set, result);
    if (!result.draft || set.errors.length > 0) return result.notes;
    const key = contentOf(set);
    const first = firstSent.get(key);
    if (first === undefined) firstSent.set(key, set.controlNumber);
    else {
      repeats.set(set, first);
      result.notes.push(repeatNote(set, result.draft.purchaseOrderNumber ?? result.draft.sourceOrderId));
    }
    return result.notes;
  });
  const purchaseOrders: InboundPurchaseOrder[] = [];
  interchange.groups.forEach((group, groupIndex) => {
    group.transactionSets.forEach((set, setIndex) => {
      const status = acknowledgement.groups[groupIndex]!.transactionSets[setIndex]!.status;
      const result = read.get(set);
      if (status === 'R' || !result?.draft) return;
      const order: InboundPurchaseOrder = {
        groupControlNumber: group.controlNumber,
        transactionSetControlNumber: set.controlNumber,
        draft: result.draft,
        dates: result.dates,
        acceptedWithErrors: status === 'E',
      };
      if (result.purposeCode) order.purposeCode = result.purposeCode;
      if (result.orderTypeCode) order.orderTypeCode = result.orderTypeCode;
      if (repeats.has(set)) order.repeats = repeats.get(set);
      purchaseOrders.push(order);
    });
  });
  return { interchange, purchaseOrders, acknowledgement };
}

/** What an 850 says, without its ST and SE: two sets equal in this are the same order sent twice. */
function contentOf(set: TransactionSet): string {
  return JSON.stringify(
    set.segments
      .filter((segment) => segment.id !== 'ST' && segment.id !== 'SE')
      .map((segment) => [segment.id, ...segment.elements]),
  );
}

/**
 * The 997 has no code for "this order is in the interchange twice"; the repeat is accepted with an
 * error noted (AK5 E) on BEG03, the purchase order number, as an invalid value (AK4 code 7) with the
 * number copied, so the partner's translator shows which order it sent twice. It places nothing new.
 */
function repeatNote(set: TransactionSet, purchaseOrderNumber: string): SegmentNote {
  const beg = set.segments.find((segment) => segment.id === 'BEG');
  return {
    segmentId: 'BEG',
    position: beg?.position ?? 2,
    code: SEGMENT_ERROR.hasElementErrors,
    elements: [{ position: 3, reference: '324', code: ELEMENT_ERROR.invalidCodeValue, badData: purchaseOrderNumber }],
    rejects: false,
  };
}
