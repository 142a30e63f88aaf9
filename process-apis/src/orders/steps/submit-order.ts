import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/process-orders';
import type { SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';
import type { SystemApi } from '../../system-api/system-api';

/**
 * Creates the sales order in the ERP. The order's own id is the ERP order key, so submitting the
 * same order again (a retry, a replay after a crash) gives the same ERP order, never a second one.
 */
export async function submitOrder(systemApi: SystemApi, orderId: string, order: SalesOrderInput, lines: ProcessOrderLine[]): Promise<string> {
  const erpOrder = await systemApi.createSalesOrder({
    orderKey: orderId,
    customerId: order.customerId,
    purchaseOrderNumber: order.purchaseOrderNumber,
    shipTo: order.shipTo,
    lines: lines.map((line) => ({
      lineNumber: line.lineNumber,
      sku: line.sku,
      quantity: line.quantity,
      uom: line.uom ?? '',
      unitPrice: line.unitPrice ?? '0',
      priceRule: line.priceRule ?? 'unpriced',
    })),
  });
  return erpOrder.id;
}
