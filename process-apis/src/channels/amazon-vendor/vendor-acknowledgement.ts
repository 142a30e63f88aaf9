import { LosslessNumber, parse, stringify } from 'lossless-json';
import { z } from 'zod';
import type { DocumentPart } from '../../inbound-documents/document-part';

/** What Crossdock says of some of an item's eaches (OrderItemAcknowledgement.acknowledgementCode). */
export type AcknowledgementCode = 'Accepted' | 'Backordered' | 'Rejected';
/** Amazon's reasons for a rejection (OrderItemAcknowledgement.rejectionReason). */
export type RejectionReason = 'TemporarilyUnavailable' | 'InvalidProductIdentifier' | 'ObsoleteProduct';

/** Some of an item's eaches and what becomes of them; without `eaches`, the whole quantity ordered. */
export interface ItemAnswer {
  code: AcknowledgementCode;
  eaches?: bigint;
  rejectionReason?: RejectionReason;
}

/**
 * An item of an order the ERP took: the eaches its plan backorders are Backordered where Amazon
 * allows backorders on the item, else Rejected as temporarily unavailable; the rest Accepted.
 */
export function acceptedItem(ordered: bigint, backordered: bigint, backorderAllowed: boolean): ItemAnswer[] {
  const short = backordered < ordered ? backordered : ordered;
  return [
    { code: 'Accepted', eaches: ordered - short },
    backorderAllowed
      ? { code: 'Backordered', eaches: short }
      : { code: 'Rejected', eaches: short, rejectionReason: 'TemporarilyUnavailable' },
  ];
}

// The purchase order as kept, read loosely: an answer echoes what Amazon sent, even from an order
// that Crossdock could not take in (that is when a rejection matters most).
const keptOrder = z.object({
  purchaseOrderNumber: z.union([z.string().min(1), z.instanceof(LosslessNumber).transform(String)]),
  orderDetails: z
    .object({
      sellingParty: z
        .object({ partyId: z.string().min(1) })
        .nullish()
        .catch(undefined),
      items: z.array(z.record(z.string(), z.unknown())).catch([]),
    })
    .catch({ sellingParty: undefined, items: [] }),
});

const ECHOED_ITEM_FIELDS = [
  'itemSequenceNumber',
  'amazonProductIdentifier',
  'vendorProductIdentifier',
  'orderedQuantity',
  'netCost',
  'listPrice',
] as const;

const caseCount = z.object({
  unitOfMeasure: z.literal('Cases'),
  unitSize: z.instanceof(LosslessNumber).refine((size) => /^\d+$/.test(size.value)),
});

/**
 * An OrderAcknowledgement (Vendor Orders API v1 submitAcknowledgement) for a kept purchase order:
 * each item as Amazon sent it (sequence number, product ids, ordered quantity and net cost, numbers
 * exactly as written), with what becomes of its eaches. An accepted or backordered quantity is said
 * in cases when it is a whole number of the item's cases, else in eaches; a rejection of the whole
 * item repeats the quantity ordered. The selling party is the order's own, else the partner's vendor code.
 */
export function writeAcknowledgement(
  parts: DocumentPart[],
  answers: (itemIndex: number) => ItemAnswer[],
  context: { vendorCode?: string; at: Date; purchaseOrderNumber?: string },
): { purchaseOrderNumber: string; text: string } | undefined {
  const text = new TextDecoder().decode(parts[0]?.body ?? new Uint8Array());
  let order: z.infer<typeof keptOrder> | undefined;
  try {
    order = keptOrder.safeParse((parse(text) as { payload?: unknown } | null)?.payload).data;
  } catch {
    order = undefined;
  }
  // An order read as far as its number (the reader named it) is rejected by that number, item by item if it can be.
  order ??= context.purchaseOrderNumber
    ? { purchaseOrderNumber: context.purchaseOrderNumber, orderDetails: { sellingParty: undefined, items: [] } }
    : undefined;
  if (!order) return undefined;
  const partyId = order.orderDetails.sellingParty?.partyId ?? context.vendorCode;
  const acknowledgement = {
    purchaseOrderNumber: order.purchaseOrderNumber,
    ...(partyId ? { sellingParty: { partyId } } : {}),
    acknowledgementDate: context.at.toISOString(),
    items: order.orderDetails.items.map((item, index) => ({
      ...Object.fromEntries(ECHOED_ITEM_FIELDS.filter((field) => field in item).map((field) => [field, item[field]])),
      itemAcknowledgements: answers(index)
        .filter((answer) => answer.eaches === undefined || answer.eaches > 0n)
        .map((answer) => ({
          acknowledgementCode: answer.code,
          acknowledgedQuantity:
            answer.eaches === undefined ? item.orderedQuantity : quantityOf(answer.eaches, item.orderedQuantity),
          ...(answer.rejectionReason ? { rejectionReason: answer.rejectionReason } : {}),
        })),
    })),
  };
  return { purchaseOrderNumber: order.purchaseOrderNumber, text: stringify(acknowledgement) ?? '' };
}

/** Eaches in the unit the item was ordered in: whole cases as cases, anything else as eaches. */
function quantityOf(eaches: bigint, ordered: unknown): Record<string, unknown> {
  const cases = caseCount.safeParse(ordered);
  const unitSize = cases.success ? BigInt(cases.data.unitSize.toString()) : 0n;
  if (unitSize > 0n && eaches % unitSize === 0n)
    return {
      amount: new LosslessNumber((eaches / unitSize).toString()),
      unitOfMeasure: 'Cases',
      unitSize: cases.data!.unitSize,
    };
  return { amount: new LosslessNumber(eaches.toString()), unitOfMeasure: 'Eaches' };
}
