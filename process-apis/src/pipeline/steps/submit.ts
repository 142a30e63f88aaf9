import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/process-orders';
import type { PipelineStep } from '../step';
import { writeEvent } from '../order-events';
import { reservationsOf } from './reserve';

/**
 * Creates the sales order in the ERP, moving the order's reservations onto its lines. The order's
 * own id is the ERP order key, so a retry, or a replay after a crash, gives the same ERP order.
 * The order.submitted event is written in the same transaction as the status (the outbox).
 */
export const submitStep: PipelineStep = {
  id: 'submit',
  invoke: async ({ systemApi, order, received }) => {
    const lines = (order.pricedLines as unknown as ProcessOrderLine[]) ?? [];
    const reservations = reservationsOf(order);
    const erpOrder = await systemApi.createSalesOrder({
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
        reservationIds: reservations.filter((reservation) => reservation.lineNumber === line.lineNumber).map((reservation) => reservation.id),
      })),
    });
    return {
      kind: 'next',
      detail: `ERP order ${erpOrder.id}`,
      save: async (tx) => {
        await tx.order.update({ where: { id: order.id }, data: { status: 'SUBMITTED', erpOrderId: erpOrder.id } });
        await writeEvent(tx, order, 'submitted', { erpOrderId: erpOrder.id, total: order.total?.toFixed(2) ?? null, currency: order.currency });
      },
    };
  },
};
