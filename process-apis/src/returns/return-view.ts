/** A return as the process API shows it, and as its events carry it. */
import type { ProcessReturn } from '@crossdock/shared-contracts/contracts/api/process-returns';
import { shippedLinesColumn } from '../fulfilment/order-progress';
import type { OrderReturn } from '../generated/prisma/client';

export function returnData(row: OrderReturn): Record<string, unknown> {
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
    lines: shippedLinesColumn.read(row.lines),
    ...(row.erpReturnId ? { erpReturnId: row.erpReturnId } : {}),
    ...(row.creditMemoId ? { creditMemoId: row.creditMemoId } : {}),
    ...(row.creditAmount ? { creditAmount: row.creditAmount.toFixed(2) } : {}),
  };
}
