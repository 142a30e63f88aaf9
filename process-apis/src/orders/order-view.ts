import type { ProcessOrder, ProcessOrderLine } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { Prisma } from '../generated/prisma/client';
import { orderColumns } from './order-columns';

export const ORDER_VIEW_INCLUDE = {
  holds: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  deadLetters: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  timeline: { orderBy: { id: 'asc' } },
  job: { select: { state: true, step: true, waitingSince: true, lastError: true } },
} as const satisfies Prisma.OrderInclude;

export type OrderRow = Prisma.OrderGetPayload<{ include: typeof ORDER_VIEW_INCLUDE }>;

/** The stored order as the process API shows it. */
export function toProcessOrder(row: OrderRow): ProcessOrder {
  const received = orderColumns.received.read(row.received);
  const currency = row.currency ?? received.currency;
  const priced = orderColumns.pricedLines.read(row.pricedLines) ?? undefined;
  const lines: ProcessOrderLine[] =
    priced ??
    received.lines.map((line, index) => ({
      lineNumber: line.lineNumber ?? index + 1,
      sku: line.sku,
      quantity: line.quantity,
      uom: line.uom,
      unitPrice: line.unitPrice,
      ...(line.shipsNothing ? { shipsNothing: true as const } : {}),
    }));
  return {
    id: row.id,
    channel: row.channel as ProcessOrder['channel'],
    sourceOrderId: row.sourceOrderId,
    customerId: row.customerId,
    purchaseOrderNumber: row.purchaseOrderNumber ?? undefined,
    status: row.status as ProcessOrder['status'],
    currency: row.currency ?? undefined,
    shipTo: received.shipTo,
    lines: lines.map((line) => (currency && line.unitPrice !== undefined ? { ...line, currency } : line)),
    subtotal: row.subtotal?.toFixed(2),
    tax: row.tax?.toFixed(2),
    total: row.total?.toFixed(2),
    plan: orderColumns.plan.read(row.plan) ?? undefined,
    erpOrderId: row.erpOrderId ?? undefined,
    holds: row.holds.map((hold) => ({
      id: hold.id,
      reasonCode: hold.reasonCode,
      detail: hold.detail,
      status: hold.status,
      step: hold.step,
      createdAt: hold.createdAt.toISOString(),
      resolvedAt: hold.resolvedAt?.toISOString(),
      resolvedBy: hold.resolvedBy ?? undefined,
      resolution: hold.resolution ?? undefined,
      duplicateOfOrderId: hold.duplicateOfOrderId ?? undefined,
    })),
    deadLetters: row.deadLetters.map((letter) => ({
      id: letter.id,
      step: letter.step,
      lastError: letter.lastError,
      createdAt: letter.createdAt.toISOString(),
      replayedAt: letter.replayedAt?.toISOString(),
    })),
    ...(row.job?.state === 'waiting' && row.job.waitingSince
      ? {
          waitingForErp: {
            since: row.job.waitingSince.toISOString(),
            step: row.job.step,
            reason: row.job.lastError ?? 'the ERP is unavailable',
          },
        }
      : {}),
    timeline: row.timeline.map((entry) => ({
      step: entry.step,
      outcome: entry.outcome,
      detail: entry.detail ?? undefined,
      correlationId: entry.correlationId,
      actor: entry.actor,
      at: entry.at.toISOString(),
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
