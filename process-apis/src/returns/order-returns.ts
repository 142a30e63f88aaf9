import type { ProcessReturn, ReceiveOrderReturn } from '@crossdock/shared-contracts/contracts/api/process-returns';
import { actorName, type Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ConflictError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ReturnReason } from '@crossdock/shared-contracts/contracts/model/return';
import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { Order, OrderReturn } from '../generated/prisma/client';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ErpFulfilment } from '../fulfilment/erp-fulfilment';
import { writeEvents } from '../fulfilment/order-events';
import { lockOrder, pricedLinesOf, shippedLinesColumn, type ShippedLineRecord } from '../fulfilment/order-progress';
import type { ProcessDatabase } from '../database';
import type { SystemApi } from '../system-api/system-api';
import { requireOperator } from '../orders/operator-only';
import { recordStep } from '../timeline/record-step';
import { returnData, returnView } from './return-view';

export interface ReturnDependencies {
  db: ProcessDatabase;
  fulfilment: ErpFulfilment;
  systemApi: SystemApi;
  clock: Clock;
  /** Days after a line shipped in which it may come back without a person's review. */
  returnWindowDays: number;
}

/**
 * Opens the RMA in the ERP and authorises it; answers its id. Keyed, and authorising twice answers
 * the RMA as it is: when anything after the ERP answered fails (the authorisation, the record here),
 * the same request again gets that RMA back instead of a second one, or an OVER_RETURN for good.
 */
export async function openRma(
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
      shippedLinesColumn.read(row.lines),
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
