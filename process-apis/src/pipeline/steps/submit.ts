import type { CreateErpSalesOrderRequest } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { orderColumns } from '../../orders/order-columns';
import type { OrderInFlight, PipelineStep, StepOutcome } from '../step';
import { outcomeOfError } from '../step';
import { reservationsOf } from './reserve';

/**
 * Creates the sales orders in the ERP, moving each order's reservations onto its lines. An order's
 * own id is its ERP order key, so a retry, or a replay after a crash, gives the same ERP order.
 * The order.submitted event is written in the same transaction as the status (the outbox).
 */
export const submitStep: PipelineStep = {
  id: 'submit',
  invoke: async ({ systemApi }, orders) => {
    const answers = await systemApi.createSalesOrders(orders.map(salesOrderRequest));
    return orders.map(({ order }, index): StepOutcome => {
      const answer = answers[index]!;
      if (answer.error) return outcomeOfError(answer.error);
      const erpOrderId = answer.value.id;
      return {
        kind: 'next',
        detail: `ERP order ${erpOrderId}`,
        changes: { status: 'SUBMITTED', erpOrderId },
        event: {
          change: 'submitted',
          data: { erpOrderId, total: order.total?.toFixed(2) ?? null, currency: order.currency },
        },
      };
    });
  },
};

function salesOrderRequest({
  order,
  received,
}: OrderInFlight): CreateErpSalesOrderRequest & { correlationId: string; actingFor: string } {
  const lines = orderColumns.pricedLines.read(order.pricedLines) ?? [];
  const reservations = reservationsOf(order);
  return {
    orderKey: order.id,
    customerId: order.customerId,
    purchaseOrderNumber: order.purchaseOrderNumber ?? undefined,
    shipTo: received.shipTo,
    lines: lines.map((line) => ({
      lineNumber: line.lineNumber,
      sku: line.sku,
      quantity: line.quantity,
      uom: line.uom ?? '',
      unitPrice: line.unitPrice ?? '0',
      priceRule: line.priceRule ?? 'unpriced',
      reservationIds: reservations
        .filter((reservation) => reservation.lineNumber === line.lineNumber)
        .map((reservation) => reservation.id),
    })),
    correlationId: order.correlationId,
    actingFor: order.createdBy,
  };
}
