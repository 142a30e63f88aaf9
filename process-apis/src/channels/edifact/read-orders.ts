import type { ChannelOrderDraft, ChannelOrderLineDraft, DraftParty } from '../../inbound-documents/channel-order-draft';
import { unitPriceFrom } from '../channel-values';
import { SYNTAX_ERROR, type SyntaxErrorCode, type SyntaxFinding } from './edifact-codes';
import { componentOf, type EdifactSegment } from './edifact-segments';
import type { EdifactMessage } from './parse-interchange';

/** BGM 1001 codes read as a purchase order: order, rush order, call-off order, consignment order. */
const ORDER_DOCUMENTS = new Set(['220', '105', '224', '226', '227']);

/** NAD 3035 party functions, by the draft party they fill. */
const PARTIES: Readonly<Record<string, 'buyer' | 'shipTo' | 'billTo'>> = {
  BY: 'buyer',
  DP: 'shipTo',
  ST: 'shipTo',
  IV: 'billTo',
};

export interface ReadOrdersResult {
  /** The order, when the message has no finding. */
  draft?: ChannelOrderDraft;
  /** BGM 1225: 9 original, 1 cancellation, 5 replace, 4 change, 7 duplicate... '' when not sent. */
  messageFunction: string;
  /** Faults that reject the message, each with its 0085 code and where it is. */
  findings: SyntaxFinding[];
}

/**
 * Reads an ORDERS message (directories D.96A to D.01B: the segments read mean the same in each)
 * into an order draft: BGM the order number, DTM 137/2 its dates, CUX its currency, NAD BY/DP/IV
 * its parties, and per LIN its product ids (LIN, PIA), description (IMD), ordered quantity (QTY 21)
 * and unit price (PRI AAA, else AAB, else the line amount MOA 203 over the quantity). Amounts and
 * quantities stay decimal strings; ids are kept as sent.
 */
export function readOrdersMessage(message: EdifactMessage): ReadOrdersResult {
  const findings: SyntaxFinding[] = [];
  const fault = (code: SyntaxErrorCode, segment: EdifactSegment, element: number, detail: string, component?: number) =>
    findings.push({
      code,
      segmentTag: segment.tag,
      segmentPosition: segment.position,
      element,
      ...(component ? { component } : {}),
      detail,
    });
  const body = message.segments.filter((segment) => segment.tag !== 'UNH' && segment.tag !== 'UNT');
  const bgm = body.find((segment) => segment.tag === 'BGM');
  const draft: ChannelOrderDraft = { channel: 'edifact', sourceOrderId: componentOf(bgm, 2, 1).trim(), lines: [] };
  if (!bgm)
    findings.push({
      code: SYNTAX_ERROR.missing,
      segmentTag: 'BGM',
      segmentPosition: 2,
      detail: 'The order has no BGM.',
    });
  else {
    if (!draft.sourceOrderId) fault(SYNTAX_ERROR.missing, bgm, 2, 'BGM has no order number (1004).', 1);
    if (!ORDER_DOCUMENTS.has(componentOf(bgm, 1, 1)))
      fault(SYNTAX_ERROR.valueNotSupported, bgm, 1, `BGM ${componentOf(bgm, 1, 1) || '(none)'} is no order (220).`, 1);
    // Code list 1225's values are numbers: anything else is no message function at all, so the CONTRL refuses
    // the message (UCM 4) rather than acknowledge an order no one could act on.
    const messageFunction = componentOf(bgm, 3);
    if (messageFunction && !/^\d{1,3}$/.test(messageFunction))
      fault(SYNTAX_ERROR.invalidValue, bgm, 3, `BGM message function "${messageFunction}" is no code of list 1225.`);
  }
  draft.purchaseOrderNumber = draft.sourceOrderId;
  let line: ChannelOrderLineDraft | undefined;
  let lineSegment: EdifactSegment | undefined;
  const lineAmounts = new Map<ChannelOrderLineDraft, string>();
  const closeLine = () => {
    // The segment group of the line lacks its QTY 21: reported on the group's LIN, no element at fault.
    if (line && lineSegment && !line.quantity)
      findings.push({
        code: SYNTAX_ERROR.missing,
        segmentTag: 'LIN',
        segmentPosition: lineSegment.position,
        detail: `Line ${line.sourceLineId ?? ''} has no ordered quantity (QTY 21).`,
      });
  };
  let summary = false;
  for (const segment of body) {
    if (summary) continue;
    switch (segment.tag) {
      case 'LIN':
        closeLine();
        line = { productIds: [], quantity: '' };
        lineSegment = segment;
        if (componentOf(segment, 1)) line.sourceLineId = componentOf(segment, 1);
        addProductId(line, componentOf(segment, 3, 1), componentOf(segment, 3, 2) || 'LIN');
        draft.lines.push(line);
        break;
      case 'PIA':
        if (line)
          for (let element = 2; element <= 6; element += 1)
            addProductId(line, componentOf(segment, element, 1), componentOf(segment, element, 2) || 'PIA');
        break;
      case 'IMD':
        if (line) {
          const description = [componentOf(segment, 3, 4), componentOf(segment, 3, 5)].filter(Boolean).join(' ').trim();
          if (description) line.description = description;
        }
        break;
      case 'QTY':
        if (line && componentOf(segment, 1, 1) === '21') {
          const quantity = decimalOf(componentOf(segment, 1, 2));
          if (!quantity || /^0+(\.0+)?$/.test(quantity))
            fault(SYNTAX_ERROR.invalidValue, segment, 1, `QTY 21 "${componentOf(segment, 1, 2)}" is no quantity.`, 2);
          else line.quantity = quantity;
          if (componentOf(segment, 1, 3)) line.uom = componentOf(segment, 1, 3);
        }
        break;
      case 'PRI':
        if (line) readPrice(segment, line, fault);
        break;
      case 'MOA':
        if (line && componentOf(segment, 1, 1) === '203') {
          const amount = decimalOf(componentOf(segment, 1, 2));
          if (amount) lineAmounts.set(line, amount);
        }
        break;
      case 'UNS':
        closeLine();
        line = undefined;
        summary = true;
        break;
      default:
        if (!line) readHeaderSegment(segment, draft, fault);
    }
  }
  if (!summary) closeLine();
  if (draft.lines.length === 0)
    findings.push({ code: SYNTAX_ERROR.missing, segmentTag: 'LIN', detail: 'The order has no line (LIN).' });
  for (const [each, amount] of lineAmounts)
    if (!each.unitPrice && each.quantity) each.unitPrice = unitPriceFrom(amount, each.quantity);
  const messageFunction = componentOf(bgm, 3);
  return findings.length ? { messageFunction, findings } : { draft, messageFunction, findings };
}

type Fault = (
  code: SyntaxErrorCode,
  segment: EdifactSegment,
  element: number,
  detail: string,
  component?: number,
) => void;

function readHeaderSegment(segment: EdifactSegment, draft: ChannelOrderDraft, fault: Fault): void {
  if (segment.tag === 'DTM') {
    const qualifier = componentOf(segment, 1, 1);
    if (qualifier !== '137' && qualifier !== '2') return;
    const date = dateOf(componentOf(segment, 1, 2), componentOf(segment, 1, 3));
    if (!date) {
      fault(
        SYNTAX_ERROR.invalidValue,
        segment,
        1,
        `DTM ${qualifier} "${componentOf(segment, 1, 2)}" (format ${componentOf(segment, 1, 3) || 'none'}) is no date: formats 102, 203 and 204 are read.`,
        2,
      );
      return;
    }
    if (qualifier === '137') draft.orderedOn = date;
    else draft.requestedDeliveryDate = date;
  } else if (segment.tag === 'CUX') {
    const currency = componentOf(segment, 1, 2).trim();
    if (currency) draft.currency = currency;
  } else if (segment.tag === 'NAD') {
    const role = PARTIES[componentOf(segment, 1)];
    if (role) draft[role] = partyOf(segment);
  }
}

/** NAD: the party id (C082, qualified by its agency 3055), name (C080, else C058), street, city, region, postcode, country. */
function partyOf(nad: EdifactSegment): DraftParty {
  const party: DraftParty = { ids: [], address: {} };
  const id = componentOf(nad, 2, 1).trim();
  if (id) party.ids.push({ qualifier: componentOf(nad, 2, 3).trim() || 'ZZZ', id });
  const joined = (element: number) =>
    (nad.elements[element - 1] ?? [])
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' ');
  const name = joined(4) || joined(3);
  const fields = {
    name,
    line1: componentOf(nad, 5, 1).trim(),
    line2: (nad.elements[4] ?? [])
      .slice(1)
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' '),
    city: componentOf(nad, 6).trim(),
    // 3229 in D.96A, the first component of C819 from D.01B: the same place.
    region: componentOf(nad, 7, 1).trim(),
    postalCode: componentOf(nad, 8).trim(),
    country: componentOf(nad, 9).trim(),
  };
  for (const [key, value] of Object.entries(fields)) if (value) party.address[key as keyof typeof fields] = value;
  return party;
}

function addProductId(line: ChannelOrderLineDraft, id: string, qualifier: string): void {
  if (id.trim()) line.productIds.push({ qualifier: qualifier.trim(), id: id.trim() });
}

/** PRI C509: 5125 AAA (net) wins over AAB (gross); 5284 the unit price basis (a price per 10 is divided by 10). */
function readPrice(segment: EdifactSegment, line: ChannelOrderLineDraft, fault: Fault) {
  const qualifier = componentOf(segment, 1, 1);
  if (qualifier !== 'AAA' && qualifier !== 'AAB') return;
  const price = decimalOf(componentOf(segment, 1, 2));
  if (!price) {
    fault(SYNTAX_ERROR.invalidValue, segment, 1, `PRI ${qualifier} "${componentOf(segment, 1, 2)}" is no price.`, 2);
    return;
  }
  if (line.unitPrice && qualifier === 'AAB') return;
  const basis = decimalOf(componentOf(segment, 1, 5));
  line.unitPrice = basis && basis !== '1' ? unitPriceFrom(price, basis) : price;
}

/** A number as EDIFACT writes it ("12", "2,5", "2.50", ".5"): a decimal string, trailing zeros dropped; undefined when it is none. */
export function decimalOf(value: string): string | undefined {
  const text = value.trim().replace(',', '.');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  const [whole = '', fraction = ''] = text.split('.');
  const digits = fraction.replace(/0+$/, '');
  const integer = whole.replace(/^0+(?=\d)/, '') || '0';
  return digits ? `${integer}.${digits}` : integer;
}

/** DTM 2380 in format 102 (CCYYMMDD), 203 (CCYYMMDDHHMM) or 204 (CCYYMMDDHHMMSS): the calendar date, when it is one. */
function dateOf(value: string, format: string): string | undefined {
  const lengths: Record<string, number> = { '102': 8, '203': 12, '204': 14 };
  if (!lengths[format] || value.length !== lengths[format] || !/^\d+$/.test(value)) return undefined;
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? undefined : iso;
}
