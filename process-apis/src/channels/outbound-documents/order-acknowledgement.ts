import { ConflictError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { uomFactor, type Item } from '@crossdock/shared-contracts/contracts/model/item';
import type { CurrencyCode } from '@crossdock/shared-contracts/contracts/model/primitives';
import { compareDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { Order } from '../../generated/prisma/client';
import { orderColumns } from '../../orders/order-columns';
import type { PartnerRow } from '../../partners/partner-view';
import type { AcknowledgedLine, LineAcknowledgement, PurchaseOrderAcknowledgementInput } from '../x12/write-855';
import { isoDateOf, partnerItemIds, partyOf, receivedOf } from './partner-order';

// Orders that will not be shipped at all: every line is acknowledged as rejected.
const REFUSED_STATUSES = new Set(['REJECTED', 'CANCELLED']);

/**
 * What an 855 says about an order: per line, the quantity promised (IA, or IC when our price or
 * unit is not what the buyer sent) and the quantity backordered (IB), from the order's fulfilment
 * plan; every line IR for an order rejected or cancelled. An order not planned yet (received,
 * or held before planning) cannot be acknowledged: 409.
 */
export function orderAcknowledgement(
  order: Order,
  partner: PartnerRow,
  items: ReadonlyMap<string, Item>,
  today: Date,
): PurchaseOrderAcknowledgementInput {
  const received = receivedOf(order);
  const refused = REFUSED_STATUSES.has(order.status);
  const plan = orderColumns.plan.read(order.plan);
  const pricedLines = orderColumns.pricedLines.read(order.pricedLines) ?? [];
  if (!refused && !plan) {
    throw new ConflictError(
      'order-not-planned',
      'The order is not planned yet',
      `Order ${order.id} is ${order.status} and has no fulfilment plan yet: what can be promised is not known.`,
    );
  }
  const lines = received.lines.map((line, index): AcknowledgedLine => {
    const lineNumber = line.lineNumber ?? index + 1;
    const priced = pricedLines.find((candidate) => candidate.lineNumber === lineNumber);
    const uom = priced?.uom ?? line.uom ?? items.get(line.sku)?.baseUom ?? 'EA';
    const acknowledged: AcknowledgedLine = {
      lineNumber,
      ...partnerItemIds(partner, line.sku, line.customerPartNumber),
      quantity: line.quantity,
      uom,
      acknowledgements: [],
    };
    if (priced?.unitPrice) acknowledged.unitPrice = priced.unitPrice;
    if (refused) {
      acknowledged.acknowledgements = [{ status: 'rejected', quantity: 0 }];
      return acknowledged;
    }
    const changed =
      (line.unitPrice !== undefined &&
        priced?.unitPrice !== undefined &&
        compareDecimals(line.unitPrice, priced.unitPrice) !== 0) ||
      (line.uom !== undefined && line.uom !== uom);
    const short = plan!.lines.find((planned) => planned.lineNumber === lineNumber)?.backordered ?? 0;
    acknowledged.acknowledgements = promisedAndBackordered(
      line.quantity,
      uom,
      short,
      items.get(line.sku),
      changed ? 'changed' : 'accepted',
    );
    return acknowledged;
  });
  const input: PurchaseOrderAcknowledgementInput = {
    purchaseOrderNumber: order.purchaseOrderNumber ?? order.sourceOrderId,
    purchaseOrderDate: isoDateOf(order.createdAt),
    acknowledgedOn: isoDateOf(today),
    lines,
  };
  if (order.erpOrderId) input.erpOrderId = order.erpOrderId;
  const currency = order.currency ?? received.currency;
  if (currency) input.currency = currency as CurrencyCode;
  const shipTo = partyOf(received.shipTo);
  if (shipTo) input.shipTo = shipTo;
  return input;
}

/**
 * The plan counts what is short in the item's base unit; the ACKs say it in the line's unit when
 * it is a whole number of them (2 cases), else both ACKs in the base unit (18 each of a 12-case).
 */
function promisedAndBackordered(
  quantity: number,
  uom: string,
  shortInBase: number,
  item: Item | undefined,
  promised: 'accepted' | 'changed',
): LineAcknowledgement[] {
  if (shortInBase <= 0) return [{ status: promised, quantity }];
  const factor = (item && uomFactor(item, uom)) || 1;
  const inLineUnits = shortInBase / factor;
  const [total, short, unit] = Number.isInteger(inLineUnits)
    ? [quantity, inLineUnits, uom]
    : [quantity * factor, shortInBase, item?.baseUom ?? uom];
  const acknowledgements: LineAcknowledgement[] = [];
  if (total > short) acknowledgements.push({ status: promised, quantity: total - short, uom: unit });
  acknowledgements.push({ status: 'backordered', quantity: short, uom: unit });
  return acknowledgements;
}
