/** A customer asks to send goods back: what may come back is what shipped less what earlier returns claim. */
import type { RequestReturnRequest } from '@crossdock/shared-contracts/contracts/api/system-returns';
import { BusinessRuleError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { toBaseQuantity } from '@crossdock/shared-contracts/contracts/model/item';
import {
  RETURN_REASONS,
  type ReturnAuthorisation,
  type ReturnReason,
} from '@crossdock/shared-contracts/contracts/model/return';
import type { ErpDatabase } from '../../database';
import type { WriteActor } from '../ports/common';
import { recordAudit } from './audit';
import { orderNumberOf } from './sales-orders';
import { lockSalesOrder, sameOrderOrRefuse } from './sales-order-lock';
import { baseOf, itemsBySku, lineFactor, RETURN_INCLUDE, returnId, toReturn } from './return-records';

type FieldProblem = { field: string; message: string };

/** Items that are not returnable still come back when the fault is the distributor's. */
const FAULT_REASONS: ReadonlySet<ReturnReason> = new Set(['DAMAGED', 'DEFECTIVE', 'WRONG_ITEM']);

function assertReturnRequest(request: RequestReturnRequest): void {
  const problems: FieldProblem[] = [];
  if (!RETURN_REASONS.includes(request.reason)) problems.push({ field: 'reason', message: RETURN_REASONS.join(' | ') });
  if (!request.lines?.length) problems.push({ field: 'lines', message: 'at least one line' });
  (request.lines ?? []).forEach((line, index) => {
    if (!line.sku?.trim()) problems.push({ field: `lines.${index}.sku`, message: 'required' });
    if (!Number.isInteger(line.quantity) || line.quantity < 1)
      problems.push({ field: `lines.${index}.quantity`, message: 'a whole number from 1' });
  });
  if (problems.length) throw new ValidationError('The return request is not valid.', problems);
}

/**
 * Opens a return for goods a customer had shipped on one of its own orders. Per item, what may come
 * back is what shipped on the order less what earlier returns (other than rejected ones) claim:
 * what they asked for while open, what actually came back once received. The order row lock makes
 * two requests for the same goods take turns. Once per `returnKey`: the same key again (a retry
 * after a lost answer) answers the return opened the first time instead of claiming the goods twice.
 */
export async function requestReturn(
  db: ErpDatabase,
  request: RequestReturnRequest,
  by: WriteActor,
): Promise<ReturnAuthorisation> {
  assertReturnRequest(request);
  const orderNumber = orderNumberOf(request.salesOrderId);
  // Another customer's order answers as if it did not exist.
  const notFound = () =>
    new NotFoundError(`Sales order ${request.salesOrderId} does not exist for customer ${request.customerId}.`);
  if (orderNumber === undefined) throw notFound();
  const items = await itemsBySku(
    db,
    request.lines.map((line) => line.sku),
  );
  const lines = request.lines.map((line, index) => {
    const item = items.get(line.sku);
    if (!item) throw new BusinessRuleError('UNKNOWN_ITEM', `Item ${line.sku} is not known to the ERP.`);
    const uom = line.uom ?? item.baseUom;
    if (toBaseQuantity(item, line.quantity, uom) === undefined)
      throw new BusinessRuleError('UOM_NOT_CONVERTIBLE', `Item ${line.sku} does not come in ${uom}.`);
    if (!item.returnable && !FAULT_REASONS.has(request.reason))
      throw new BusinessRuleError(
        'NOT_RETURNABLE',
        `Item ${line.sku} is not returnable unless damaged, defective or shipped in error.`,
      );
    return { lineNumber: index + 1, sku: line.sku, quantity: line.quantity, uom };
  });
  const row = await db.$transaction(async (tx) => {
    const order = await lockSalesOrder(tx, orderNumber);
    if (!order || order.customerId !== request.customerId) throw notFound();
    const keyed = request.returnKey
      ? await tx.returnAuthorisation.findUnique({ where: { key: request.returnKey }, include: RETURN_INCLUDE })
      : null;
    if (keyed) return sameOrderOrRefuse(keyed, orderNumber, 'return', request.returnKey!);
    const orderLines = await tx.salesOrderLine.findMany({ where: { salesOrderNumber: orderNumber } });
    const earlier = await tx.returnLine.findMany({
      where: {
        sku: { in: [...items.keys()] },
        returnAuthorisation: { salesOrderNumber: orderNumber, status: { not: 'rejected' } },
      },
      include: { returnAuthorisation: { select: { status: true } } },
    });
    for (const sku of new Set(lines.map((line) => line.sku))) {
      const shipped = orderLines
        .filter((line) => line.sku === sku)
        .reduce((sum, line) => sum + line.shippedQuantity * lineFactor(line), 0);
      const claimed = earlier
        .filter((line) => line.sku === sku)
        .reduce((sum, line) => {
          const settled =
            line.returnAuthorisation.status === 'received' || line.returnAuthorisation.status === 'credited';
          return sum + baseOf(items, { sku, uom: line.uom, quantity: settled ? line.receivedQuantity : line.quantity });
        }, 0);
      const wanted = lines.filter((line) => line.sku === sku).reduce((sum, line) => sum + baseOf(items, line), 0);
      if (wanted > shipped - claimed) {
        const base = items.get(sku)!.baseUom;
        throw new BusinessRuleError(
          'OVER_RETURN',
          `${sku} on ${request.salesOrderId}: ${wanted} ${base} asked back, ${Math.max(shipped - claimed, 0)} ${base} returnable (${shipped} shipped, ${claimed} on earlier returns).`,
        );
      }
    }
    const created = await tx.returnAuthorisation.create({
      data: {
        key: request.returnKey ?? null,
        customerId: request.customerId,
        salesOrderNumber: orderNumber,
        reason: request.reason,
        note: request.note ?? null,
        lines: { create: lines },
      },
      include: RETURN_INCLUDE,
    });
    await recordAudit(tx, 'return', returnId(created.number), 'request', by, {
      salesOrderId: request.salesOrderId,
      reason: request.reason,
      lines,
    });
    return created;
  });
  return toReturn(row);
}
