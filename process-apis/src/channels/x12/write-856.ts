import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { formatDecimal, parseDecimal } from '@crossdock/shared-contracts/contracts/money/decimal';
import type {
  DecimalString,
  IsoDate,
  IsoDateTime,
  Quantity,
} from '@crossdock/shared-contracts/contracts/model/primitives';
import type { DraftParty } from '../../inbound-documents/channel-order-draft';
import {
  itemIdPairs,
  lineId,
  partySegments,
  positiveQuantity,
  requireLines,
  type ItemIdentifiers,
} from './write-parties';
import { writeInterchange, type SegmentToWrite, type WrittenInterchange, type X12Envelope } from './write-interchange';
import { x12Date, x12Decimal, x12Quantity, x12Time } from './x12-values';

/** What went in a package for one order line (a ShipmentLine, with what the buyer calls it). */
export interface ShippedLine extends ItemIdentifiers {
  /** The order line shipped (ShipmentLine.orderLineNumber). */
  orderLineNumber: number;
  /** PO101 as the buyer sent it; echoed instead of the line number when present. */
  sourceLineId?: string;
  quantity: Quantity;
  uom: string;
  /** The line's ordered quantity, in `uom` (SN105), when the buyer wants it echoed. */
  orderedQuantity?: Quantity;
  lotNumber?: string;
}

/** One carton or pallet: the P level of the hierarchy. */
export interface ShippedPackage {
  /** The package's SSCC-18 label, when it has one (MAN*GM). */
  marking?: string;
  lines: ShippedLine[];
}

/** An advance ship notice (856) for one shipment of one order. */
export interface ShipNoticeInput {
  /** BSN02: the shipment's id (Shipment.id). */
  shipmentId: string;
  /** BSN03/BSN04 and DTM*011: when it left (Shipment.milestones.shippedAt). */
  shippedAt: IsoDateTime;
  /** TD503: the carrier's SCAC (Shipment.carrier). */
  carrier: string;
  /** REF*CN: the carrier's tracking (PRO) number. */
  trackingNumber?: string;
  /** REF*BM. */
  billOfLading?: string;
  /** TD107: gross weight of the shipment, in kilograms. */
  grossWeightKg?: DecimalString;
  /** PRF01: the buyer's PO number. */
  purchaseOrderNumber: string;
  /** PRF04. */
  purchaseOrderDate?: IsoDate;
  /** REF*VN at order level: the ERP's order number. */
  erpOrderId?: string;
  shipFrom?: DraftParty;
  shipTo: DraftParty;
  /** At least one; a shipment without carton detail is one package holding every line. */
  packages: ShippedPackage[];
}

/**
 * Writes an 856 in the Shipment/Order/Pack/Item structure (BSN05 0001): HL 1 the shipment (TD1,
 * TD5, REF, DTM, N1 loops), HL 2 the order (PRF), one HL per package under it (MAN), one HL per line
 * under its package (LIN, SN1). Each HL's parent is the HL above it; CTT01 counts the HL segments
 * and CTT02 is the sum of the quantities shipped.
 */
export function write856(input: ShipNoticeInput, envelope: X12Envelope): WrittenInterchange {
  const packages = requireLines(input.packages, 'A ship notice');
  const shippedAt = new Date(input.shippedAt);
  if (Number.isNaN(shippedAt.getTime()))
    throw new ValidationError(`shippedAt "${input.shippedAt}" is not an instant.`, [
      { field: 'shippedAt', message: 'an ISO 8601 date-time' },
    ]);
  const hierarchy = new Hierarchy();
  const body: SegmentToWrite[] = [['BSN', '00', input.shipmentId, x12Date(shippedAt), x12Time(shippedAt), '0001']];

  const shipment = hierarchy.next;
  body.push(hierarchy.level(undefined, 'S'));
  body.push([
    'TD1',
    'CTN25',
    String(packages.length),
    undefined,
    undefined,
    undefined,
    ...(input.grossWeightKg ? ['G', x12Decimal(input.grossWeightKg), 'KG'] : []),
  ]);
  body.push(['TD5', undefined, '2', input.carrier]);
  if (input.billOfLading) body.push(['REF', 'BM', input.billOfLading]);
  if (input.trackingNumber) body.push(['REF', 'CN', input.trackingNumber]);
  body.push(['DTM', '011', x12Date(shippedAt)]);
  body.push(...partySegments('ST', input.shipTo), ...partySegments('SF', input.shipFrom));

  const order = hierarchy.next;
  body.push(hierarchy.level(shipment, 'O'), [
    'PRF',
    input.purchaseOrderNumber,
    undefined,
    undefined,
    input.purchaseOrderDate ? x12Date(input.purchaseOrderDate) : undefined,
  ]);
  if (input.erpOrderId) body.push(['REF', 'VN', input.erpOrderId]);

  let unitsShipped = 0n;
  packages.forEach((pack, packIndex) => {
    const packId = hierarchy.next;
    body.push(hierarchy.level(order, 'P'));
    if (pack.marking) body.push(['MAN', 'GM', pack.marking]);
    requireLines(pack.lines, `Package ${packIndex + 1}`).forEach((line, lineIndex) => {
      const quantity = positiveQuantity(line.quantity, `packages.${packIndex}.lines.${lineIndex}.quantity`);
      unitsShipped += parseDecimal(quantity);
      const id = lineId({ lineNumber: line.orderLineNumber, sourceLineId: line.sourceLineId });
      body.push(hierarchy.level(packId, 'I'));
      body.push(['LIN', id, ...itemIdPairs(line), ...(line.lotNumber ? ['LT', line.lotNumber] : [])]);
      const ordered =
        line.orderedQuantity === undefined ? [] : [undefined, x12Quantity(line.orderedQuantity), line.uom];
      body.push(['SN1', id, quantity, line.uom, ...ordered]);
    });
  });
  // CTT02 sums quantities that may have decimals (feet of cable): as fixed point, never as floats.
  body.push(['CTT', String(hierarchy.count), x12Decimal(formatDecimal(unitsShipped, 4))]);
  return writeInterchange(envelope, [{ functionalId: 'SH', transactionSets: [{ code: '856', body }] }]);
}

/** Numbers HL segments in the order they are written; each names its parent's number. */
class Hierarchy {
  count = 0;
  get next(): number {
    return this.count + 1;
  }
  level(parent: number | undefined, code: 'S' | 'O' | 'P' | 'I'): SegmentToWrite {
    this.count += 1;
    return ['HL', String(this.count), parent === undefined ? undefined : String(parent), code];
  }
}
