import type { ChannelOrderDraft, ChannelOrderLineDraft, DraftParty } from '../../inbound-documents/channel-order-draft';
import type { TransactionSet } from './parse-interchange';
import { addContact, addToParty, continuesPartyLoop, partyFromN1 } from './read-parties';
import { SegmentNotes, type SegmentNote } from './segment-notes';
import { ELEMENT_ERROR, SEGMENT_ERROR } from './x12-codes';
import { invalidCharacterAt } from './split-segments';
import { elementAt, trimmedElementAt, type Delimiters, type Segment } from './x12-segments';
import { isoDateFromX12 } from './x12-values';
import { checkLineCount, readPo1 } from './read-850-lines';

/** A date the order carries, by its DTM01 qualifier (002 delivery requested, 010 ship requested, 037 ship not before...). */
export interface QualifiedDate {
  qualifier: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface Read850Result {
  /** The order, when the set could be read without a rejecting error. */
  draft?: ChannelOrderDraft;
  /** BEG01: 00 original, 01 cancellation, 05 replace, 06 confirmation, 07 duplicate... The mapping decides what a non-original means. */
  purposeCode?: string;
  /** BEG02: SA stand-alone, DS drop ship, BK blanket, RL release... */
  orderTypeCode?: string;
  /** Every header DTM date in document order, including those the draft has no field for. */
  dates: QualifiedDate[];
  /** What the 997 reports for this set (AK3/AK4); rejecting notes mean there is no draft. */
  notes: SegmentNote[];
}

// X12 data element reference numbers, for AK402.
const REF = {
  purposeCode: '353',
  orderType: '92',
  purchaseOrderNumber: '324',
  date: '373',
} as const;
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;
const CURRENCY = /^[A-Z]{3}$/;

/**
 * Reads one 850 purchase order into a channel order draft: BEG03 as the source order id, the N1 loops
 * for ship-to, bill-to and buyer with their id qualifiers, PO1 lines with every product id pair in
 * order, PID descriptions, DTM dates as YYYY-MM-DD, and CTT01 checked against the number of PO1 lines.
 * Quantities and prices stay exactly as written. Errors are noted for the 997, never thrown.
 */
export function read850(set: TransactionSet, delimiters: Delimiters): Read850Result {
  return new PurchaseOrderReader(set, delimiters).read();
}

class PurchaseOrderReader {
  private readonly notes = new SegmentNotes();
  private readonly dates: QualifiedDate[] = [];
  private readonly lines: ChannelOrderLineDraft[] = [];
  private readonly parties: { shipTo?: DraftParty; billTo?: DraftParty; buyer?: DraftParty } = {};
  private headerContact?: DraftParty;
  private beg?: Segment;
  private currency?: string;
  private loop?: 'N1' | 'PO1' | 'PID' | 'CTT';
  /** The party the current N1 loop fills; undefined in a loop Crossdock does not keep (SF, VN, line-level N1...). */
  private party?: DraftParty;
  private line?: ChannelOrderLineDraft;
  private ctt?: Segment;

  constructor(
    private readonly set: TransactionSet,
    private readonly delimiters: Delimiters,
  ) {}

  read(): Read850Result {
    for (const segment of this.set.segments) {
      if (segment.id === 'ST' || segment.id === 'SE') continue;
      this.readSegment(segment);
      this.checkCharacters(segment);
    }
    this.checkWhole();
    const result: Read850Result = { dates: this.dates, notes: this.notes.all };
    const purposeCode = this.beg && trimmedElementAt(this.beg, 1);
    const orderTypeCode = this.beg && trimmedElementAt(this.beg, 2);
    if (purposeCode) result.purposeCode = purposeCode;
    if (orderTypeCode) result.orderTypeCode = orderTypeCode;
    if (!this.notes.rejecting) result.draft = this.draft();
    return result;
  }

  private readSegment(segment: Segment): void {
    if (!SEGMENT_ID.test(segment.id)) {
      this.notes.segment({
        segmentId: segment.id.slice(0, 3),
        position: segment.position,
        code: SEGMENT_ERROR.unrecognizedSegmentId,
        rejects: false,
      });
      return;
    }
    if (this.loop === 'N1' && continuesPartyLoop(segment.id)) {
      if (this.party) addToParty(this.party, segment);
      return;
    }
    if (this.loop === 'N1') this.loop = this.line ? 'PO1' : undefined;
    switch (segment.id) {
      case 'BEG':
        return this.readBeg(segment);
      case 'CUR':
        if (!this.line && trimmedElementAt(segment, 2) && CURRENCY.test(trimmedElementAt(segment, 2)!))
          this.currency = trimmedElementAt(segment, 2);
        return;
      case 'PER':
        if (!this.line) addContact((this.headerContact ??= { ids: [], address: {} }), segment);
        return;
      case 'DTM':
        return this.readDtm(segment);
      case 'N1':
        return this.startParty(segment);
      case 'PO1':
        return this.readPo1(segment);
      case 'PID':
        return this.readPid(segment);
      case 'CTT':
        this.loop = 'CTT';
        this.ctt = segment;
        return;
    }
  }

  /**
   * An element holding a character no X12 element may (a control character, a NUL, a byte that was no
   * UTF-8: see invalidCharacterAt) is rejected, AK4 code 6, and with it the set: what it says cannot be
   * known, and guessing would put mojibake in the ERP. The copy of the data (AK404) is left out, as
   * the standard asks for an invalid character.
   */
  private checkCharacters(segment: Segment): void {
    segment.elements.forEach((value, index) => {
      if (invalidCharacterAt(value, this.delimiters) >= 0)
        this.notes.element(segment, this.loop, { position: index + 1, code: ELEMENT_ERROR.invalidCharacter }, true);
    });
  }

  private readBeg(beg: Segment): void {
    this.beg = beg;
    if (!trimmedElementAt(beg, 1))
      this.notes.element(
        beg,
        undefined,
        { position: 1, reference: REF.purposeCode, code: ELEMENT_ERROR.mandatoryMissing },
        true,
      );
    if (!trimmedElementAt(beg, 2))
      this.notes.element(
        beg,
        undefined,
        { position: 2, reference: REF.orderType, code: ELEMENT_ERROR.mandatoryMissing },
        true,
      );
    if (!trimmedElementAt(beg, 3))
      this.notes.element(
        beg,
        undefined,
        { position: 3, reference: REF.purchaseOrderNumber, code: ELEMENT_ERROR.mandatoryMissing },
        true,
      );
    const written = elementAt(beg, 5);
    if (written !== undefined && !isoDateFromX12(written))
      this.notes.element(
        beg,
        undefined,
        { position: 5, reference: REF.date, code: ELEMENT_ERROR.invalidDate, badData: written },
        false,
      );
  }

  private readDtm(dtm: Segment): void {
    // Line-level dates (inside a PO1 loop) have no place in the draft.
    if (this.line) return;
    const qualifier = trimmedElementAt(dtm, 1);
    const written = elementAt(dtm, 2);
    if (!qualifier || written === undefined) return;
    const date = isoDateFromX12(written);
    if (!date) {
      // An unreadable date is noted and left out; the order itself can still be taken.
      this.notes.element(
        dtm,
        undefined,
        { position: 2, reference: REF.date, code: ELEMENT_ERROR.invalidDate, badData: written },
        false,
      );
      return;
    }
    this.dates.push({ qualifier, date });
  }

  private startParty(n1: Segment): void {
    this.loop = 'N1';
    this.party = undefined;
    // An N1 inside a line (a line-level ship-to of a store distribution) is not a header party.
    if (this.line) return;
    const key = ({ ST: 'shipTo', BT: 'billTo', BY: 'buyer' } as const)[trimmedElementAt(n1, 1) ?? ''];
    if (!key || this.parties[key]) return;
    this.party = partyFromN1(n1);
    this.parties[key] = this.party;
  }

  private readPo1(po1: Segment): void {
    this.loop = 'PO1';
    this.line = readPo1(po1, this.notes);
    this.lines.push(this.line);
  }

  private readPid(pid: Segment): void {
    if (!this.line) return;
    this.loop = 'PID';
    const description = trimmedElementAt(pid, 5);
    if (description)
      this.line.description = this.line.description ? `${this.line.description} ${description}` : description;
  }

  /** What only the whole set can tell: BEG there, at least one line, CTT01 equal to the number of lines. */
  private checkWhole(): void {
    if (!this.beg)
      this.notes.segment({ segmentId: 'BEG', position: 2, code: SEGMENT_ERROR.mandatorySegmentMissing, rejects: true });
    if (this.lines.length === 0) {
      const position = this.ctt?.position ?? this.set.segments.at(-1)!.position;
      this.notes.segment({
        segmentId: 'PO1',
        position,
        loopId: 'PO1',
        code: SEGMENT_ERROR.mandatorySegmentMissing,
        rejects: true,
      });
    }
    if (this.ctt) checkLineCount(this.ctt, this.lines.length, this.notes);
  }

  private draft(): ChannelOrderDraft {
    const purchaseOrderNumber = trimmedElementAt(this.beg!, 3)!;
    const draft: ChannelOrderDraft = {
      channel: 'x12',
      sourceOrderId: purchaseOrderNumber,
      purchaseOrderNumber,
      lines: this.lines,
    };
    if (this.currency) draft.currency = this.currency;
    const orderedOn = isoDateFromX12(elementAt(this.beg!, 5) ?? '') ?? this.dateFor('004');
    if (orderedOn) draft.orderedOn = orderedOn;
    const requestedDeliveryDate = this.dateFor('002');
    if (requestedDeliveryDate) draft.requestedDeliveryDate = requestedDeliveryDate;
    const buyer = this.buyer();
    if (buyer) draft.buyer = buyer;
    if (this.parties.shipTo) draft.shipTo = this.parties.shipTo;
    if (this.parties.billTo) draft.billTo = this.parties.billTo;
    return draft;
  }

  private dateFor(qualifier: string): string | undefined {
    return this.dates.find((date) => date.qualifier === qualifier)?.date;
  }

  /** N1*BY, with the header PER (the order contact) filling in what it lacks; the header PER alone otherwise. */
  private buyer(): DraftParty | undefined {
    const buyer = this.parties.buyer;
    if (!this.headerContact) return buyer;
    if (!buyer) return this.headerContact;
    return { ids: buyer.ids, address: { ...this.headerContact.address, ...buyer.address } };
  }
}
