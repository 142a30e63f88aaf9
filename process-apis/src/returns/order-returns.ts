import { randomUUID } from 'node:crypto';
import type {
  ProcessReturn,
  ReceiveOrderReturn,
  RequestOrderReturn,
} from '@crossdock/shared-contracts/contracts/process-returns';
import { actorName, currentCorrelationId, type Principal } from '@crossdock/shared-contracts/context/request-context';
import {
  BusinessRuleError,
  ConflictError,
  NotFoundError,
  ValidationError,
} from '@crossdock/shared-contracts/errors/errors';
import { RETURN_REASONS, type ReturnReason } from '@crossdock/shared-contracts/model/return';
import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/process-orders';
import type { Order, OrderReturn } from '../generated/prisma/client';
import type { Clock } from '@crossdock/shared-contracts/time/clock';
import type { ErpFulfilment } from '../fulfilment/erp-fulfilment';
import { writeEvents } from '../fulfilment/order-events';
import { lockOrder, pricedLinesOf, quantityByLine, type ShippedLineRecord } from '../fulfilment/order-progress';
import type { ProcessDatabase } from '../database';
import type { SystemApi } from '../system-api/system-api';
import { requestHash } from '../idempotency/request-hash';
import { requireOperator } from '../orders/operator-only';
import { recordStep } from '../timeline/record-step';

export interface ReturnDependencies {
  db: ProcessDatabase;
  fulfilment: ErpFulfilment;
  systemApi: SystemApi;
  clock: Clock;
  /** Days after a line shipped in which it may come back without a person's review. */
  returnWindowDays: number;
}

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
            .filter((each) =>
              (each.lines as unknown as ShippedLineRecord[]).some((one) => one.lineNumber === line.lineNumber),
            )
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

/**
 * Opens the RMA in the ERP and authorises it; answers its id. Keyed, and authorising twice answers
 * the RMA as it is: when anything after the ERP answered fails (the authorisation, the record here),
 * the same request again gets that RMA back instead of a second one, or an OVER_RETURN for good.
 */
async function openRma(
  deps: ReturnDependencies,
  returnKey: string,
  customerId: string,
  salesOrderId: string,
  reason: string,
  note: string | undefined,
  lines: ShippedLineRecord[],
  ordered: ProcessOrderLine[],
): Promise<string> {
  const rma = await deps.fulfilment.requestReturn({
    returnKey,
    customerId,
    salesOrderId,
    reason: reason as ReturnReason,
    ...(note ? { note } : {}),
    lines: lines.map((line) => ({
      sku: line.sku,
      quantity: line.quantity,
      uom: ordered.find((each) => each.lineNumber === line.lineNumber)!.uom,
    })),
  });
  await deps.fulfilment.authoriseReturn(rma.id);
  return rma.id;
}

/**
 * A person authorises a return that went to review: the RMA is opened in the ERP then (which still
 * refuses, 422, an item it will not take back for this reason: such a return can only be rejected).
 */
export async function authoriseReturn(
  deps: ReturnDependencies,
  principal: Principal,
  returnId: string,
): Promise<ProcessReturn> {
  requireOperator(principal, 'authorise returns');
  return moveReturn(deps, principal, returnId, 'review', 'authorised', async (row, order) => {
    // The return is recorded here already: its own id is the key.
    const erpReturnId = await openRma(
      deps,
      `return:${row.id}`,
      row.customerId,
      order.erpOrderId!,
      row.reason,
      undefined,
      row.lines as unknown as ShippedLineRecord[],
      pricedLinesOf(order),
    );
    return { detail: `${erpReturnId}: authorised by ${actorName(principal)}`, changes: { erpReturnId } };
  });
}

/** A person refuses a return that went to review. */
export async function rejectReturn(
  deps: ReturnDependencies,
  principal: Principal,
  returnId: string,
  reason: string,
): Promise<ProcessReturn> {
  requireOperator(principal, 'reject returns');
  return moveReturn(deps, principal, returnId, 'review', 'rejected', async () => ({
    detail: `rejected by ${actorName(principal)}: ${reason}`,
  }));
}

/** The goods came back: restocked to a warehouse (stock rises, `inventory.changed` follows) or scrapped. */
export async function receiveReturn(
  deps: ReturnDependencies,
  principal: Principal,
  returnId: string,
  request: ReceiveOrderReturn,
): Promise<ProcessReturn> {
  requireOperator(principal, 'receive returns');
  return moveReturn(deps, principal, returnId, 'authorised', 'received', async (row) => {
    await deps.fulfilment.receiveReturn(row.erpReturnId!, request);
    return {
      detail: `${row.erpReturnId}: received at ${request.warehouseId} (${request.lines.map((line) => `${line.quantity} ${line.disposition}`).join(', ')})`,
    };
  });
}

/** The credit memo, through the ERP. */
export async function creditReturn(
  deps: ReturnDependencies,
  principal: Principal,
  returnId: string,
): Promise<ProcessReturn> {
  requireOperator(principal, 'credit returns');
  return moveReturn(deps, principal, returnId, 'received', 'credited', async (row) => {
    const memo = await deps.fulfilment.creditReturn(row.erpReturnId!);
    return {
      detail: `${row.erpReturnId}: credit memo ${memo.id} for ${memo.amount} ${memo.currency}`,
      changes: { creditMemoId: memo.id, creditAmount: memo.amount },
    };
  });
}

/** One step of a return, the order locked: the ERP first, then the row, timeline and event in the same transaction. */
async function moveReturn(
  deps: ReturnDependencies,
  principal: Principal,
  returnId: string,
  from: string,
  to: 'authorised' | 'rejected' | 'received' | 'credited',
  inErp: (
    row: OrderReturn,
    order: Order,
  ) => Promise<{ detail: string; changes?: { creditMemoId?: string; creditAmount?: string; erpReturnId?: string } }>,
): Promise<ProcessReturn> {
  const known = await deps.db.orderReturn.findUnique({ where: { id: returnId } });
  if (!known) throw new NotFoundError(`No return ${returnId}.`);
  return deps.db.$transaction(
    async (tx) => {
      const order = await lockOrder(tx, known.orderId);
      const row = await tx.orderReturn.findUniqueOrThrow({ where: { id: returnId } });
      if (row.status !== from)
        throw new ConflictError(
          'return-not-ready',
          `The return is ${row.status}`,
          `Return ${returnId} is ${row.status}; it must be ${from} to be ${to}.`,
        );
      const { detail, changes } = await inErp(row, order);
      const updated = await tx.orderReturn.update({ where: { id: returnId }, data: { status: to, ...changes } });
      await recordStep(tx, {
        orderId: row.orderId,
        step: `return-${to}`,
        outcome: 'succeeded',
        detail,
        actor: actorName(principal),
      });
      await writeEvents(tx, [{ entity: 'return', change: to, subject: returnId, data: returnData(updated) }], order);
      return returnView(updated);
    },
    { timeout: 30_000 },
  );
}

function returnData(row: OrderReturn): Record<string, unknown> {
  const { id, ...view } = returnView(row);
  return { returnId: id, ...view };
}

export function returnView(row: OrderReturn): ProcessReturn {
  return {
    id: row.id,
    orderId: row.orderId,
    customerId: row.customerId,
    status: row.status as ProcessReturn['status'],
    reason: row.reason,
    reviewReasons: row.reviewReasons,
    lines: row.lines as unknown as ProcessReturn['lines'],
    ...(row.erpReturnId ? { erpReturnId: row.erpReturnId } : {}),
    ...(row.creditMemoId ? { creditMemoId: row.creditMemoId } : {}),
    ...(row.creditAmount ? { creditAmount: row.creditAmount.toFixed(2) } : {}),
  };
}
