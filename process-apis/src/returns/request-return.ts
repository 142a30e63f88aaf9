/** A customer asks to send shipped goods back: checked against what shipped, authorised at once or sent to review. */
import { randomUUID } from 'node:crypto';
import type { ProcessReturn, RequestOrderReturn } from '@crossdock/shared-contracts/contracts/api/process-returns';
import {
  actorName,
  currentCorrelationId,
  type Principal,
} from '@crossdock/shared-contracts/platform/context/request-context';
import { BusinessRuleError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { RETURN_REASONS } from '@crossdock/shared-contracts/contracts/model/return';
import { writeEvents } from '../fulfilment/order-events';
import {
  lockOrder,
  pricedLinesOf,
  quantityByLine,
  shippedLinesColumn,
  type ShippedLineRecord,
} from '../fulfilment/order-progress';
import type { ProcessDatabase } from '../database';
import { requestHash } from '../idempotency/request-hash';
import { recordStep } from '../timeline/record-step';
import { openRma, type ReturnDependencies } from './order-returns';
import { returnData, returnView } from './return-view';

// Goods the distributor got wrong come back whether or not the item is returnable.
const FAULT_REASONS: ReadonlySet<string> = new Set(['DAMAGED', 'DEFECTIVE', 'WRONG_ITEM']);

const DAY_MS = 86_400_000;

/**
 * Opens a return (an RMA in the ERP) for shipped lines of an order. Refused outright when a line
 * asks for more than shipped less what earlier returns (not rejected) claim. Authorised at once
 * when every line is within the return window and returnable (or the fault is ours); otherwise it
 * waits for a person with the reasons (`return.review_required`), who authorises or rejects it.
 */
export async function requestReturn(
  deps: ReturnDependencies,
  principal: Principal,
  request: RequestOrderReturn,
): Promise<ProcessReturn> {
  if (!RETURN_REASONS.includes(request.reason))
    throw new ValidationError('Not a return reason.', [{ field: 'reason', message: RETURN_REASONS.join(' | ') }]);
  if (request.lines.length === 0)
    throw new ValidationError('A return has at least one line.', [{ field: 'lines', message: 'at least one' }]);
  return deps.db.$transaction(
    async (tx) => {
      const order = await lockOrder(tx, request.orderId);
      // A customer returns only its own goods; another customer's order is "not found".
      if (principal.customerId && principal.customerId !== order.customerId)
        throw new NotFoundError(`No order ${request.orderId}.`);
      const shipped = await tx.orderShipment.findMany({ where: { orderId: order.id, shippedAt: { not: null } } });
      const shippedByLine = quantityByLine(shipped);
      const claimed = quantityByLine(
        await tx.orderReturn.findMany({ where: { orderId: order.id, status: { not: 'rejected' } } }),
      );
      const now = deps.clock.now();
      const reviewReasons = new Set<string>();
      const lines: ShippedLineRecord[] = [];
      for (const line of request.lines) {
        const priced = pricedLinesOf(order).find((each) => each.lineNumber === line.lineNumber);
        if (!priced)
          throw new ValidationError(`Order ${order.id} has no line ${line.lineNumber}.`, [
            { field: 'lines.lineNumber', message: 'not a line of the order' },
          ]);
        const returnable = (shippedByLine.get(line.lineNumber) ?? 0) - (claimed.get(line.lineNumber) ?? 0);
        if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > returnable) {
          throw new BusinessRuleError(
            'RETURN_EXCEEDS_SHIPPED',
            `Line ${line.lineNumber} (${priced.sku}): ${line.quantity} asked back, ${Math.max(returnable, 0)} shipped and not yet returned.`,
          );
        }
        const lastShipped = Math.max(
          ...shipped
            .filter((each) => shippedLinesColumn.read(each.lines).some((one) => one.lineNumber === line.lineNumber))
            .map((each) => each.shippedAt!.getTime()),
        );
        if (now.getTime() - lastShipped > deps.returnWindowDays * DAY_MS) reviewReasons.add('OUTSIDE_RETURN_WINDOW');
        const item = await deps.systemApi.findItem(priced.sku);
        if (item && !item.returnable && !FAULT_REASONS.has(request.reason)) reviewReasons.add('NOT_RETURNABLE');
        lines.push({ lineNumber: line.lineNumber, sku: priced.sku, quantity: line.quantity });
      }
      const authorised = reviewReasons.size === 0;
      // The ERP's RMA is opened once the return is authorised: the ERP refuses what the rules refuse.
      const erpReturnId = authorised
        ? await openRma(
            deps,
            await returnKey(tx, order.id, request),
            order.customerId,
            order.erpOrderId!,
            request.reason,
            request.note,
            lines,
            pricedLinesOf(order),
          )
        : null;
      const stored = await tx.orderReturn.create({
        data: {
          id: randomUUID(),
          orderId: order.id,
          customerId: order.customerId,
          status: authorised ? 'authorised' : 'review',
          reason: request.reason,
          reviewReasons: [...reviewReasons],
          lines: lines as object[],
          erpReturnId,
          correlationId: currentCorrelationId() ?? 'none',
        },
      });
      await recordStep(tx, {
        orderId: order.id,
        step: 'return',
        outcome: authorised ? 'succeeded' : 'held',
        detail: authorised ? `${erpReturnId}: authorised` : `to review (${[...reviewReasons].join(', ')})`,
        actor: actorName(principal),
      });
      await writeEvents(
        tx,
        [
          {
            entity: 'return',
            change: authorised ? 'authorised' : 'review_required',
            subject: stored.id,
            data: returnData(stored),
          },
        ],
        order,
      );
      return returnView(stored);
    },
    { timeout: 30_000 },
  );
}

/**
 * The ERP key of the RMA a request authorised at once opens: the order, how many returns it has
 * recorded (so the next return of the same goods is a new one), and the request itself (so a
 * changed request is not answered with the RMA opened for another). Called under the order lock.
 */
async function returnKey(
  tx: Pick<ProcessDatabase, 'orderReturn'>,
  orderId: string,
  request: RequestOrderReturn,
): Promise<string> {
  const recorded = await tx.orderReturn.count({ where: { orderId } });
  const { reason, note, lines } = request;
  return `return:${orderId}:${recorded + 1}:${requestHash({ reason, note, lines })}`;
}
