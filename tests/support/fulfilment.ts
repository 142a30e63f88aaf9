/**
 * The warehouse's side of an order, for tests of what customers and partners see afterwards:
 * ship a submitted order (milestone by milestone, with tracking), deliver it, invoice it — all
 * through the system API, as the ERP's own users would. Not a test file.
 */
import { expect } from 'vitest';
import type { TestPlatform } from './test-platform';

export interface ShipOptions {
  carrier?: string;
  trackingNumber?: string;
  deliver?: boolean;
  invoice?: boolean;
}

interface ErpLine {
  lineNumber: number;
  quantity: number;
  shippedQuantity: number;
  reservations: { warehouseId: string; quantity: number }[];
}

/** Ships everything left on an ERP order, one shipment per warehouse holding its stock; answers the shipment ids. */
export async function shipOrder(
  crossdock: TestPlatform,
  salesOrderId: string,
  options: ShipOptions = {},
): Promise<string[]> {
  const authorization = `Bearer ${crossdock.token({ subject: 'warehouse-team', scopes: ['system:read', 'system:write'] })}`;
  const post = (path: string, body: object) =>
    crossdock.http.post(`/system/v1${path}`).set('Authorization', authorization).send(body);
  const order = await crossdock.http
    .get(`/system/v1/sales-orders/${salesOrderId}`)
    .set('Authorization', authorization)
    .expect(200);
  const byWarehouse = new Map<string, { orderLineNumber: number; quantity: number }[]>();
  for (const line of order.body.lines as ErpLine[]) {
    const left = line.quantity - line.shippedQuantity;
    const warehouseId = line.reservations[0]?.warehouseId ?? 'WH-DAL';
    if (left > 0)
      byWarehouse.set(warehouseId, [
        ...(byWarehouse.get(warehouseId) ?? []),
        { orderLineNumber: line.lineNumber, quantity: left },
      ]);
  }
  const shipmentIds: string[] = [];
  for (const [warehouseId, lines] of byWarehouse) {
    const created = await post('/shipments', { salesOrderId, warehouseId, carrier: options.carrier ?? 'UPS', lines });
    expect(created.status, created.text).toBe(201);
    const shipmentId = created.body.id as string;
    await post(`/shipments/${shipmentId}/milestones`, { milestone: 'picked' }).expect(200);
    await post(`/shipments/${shipmentId}/milestones`, { milestone: 'packed' }).expect(200);
    await post(`/shipments/${shipmentId}/milestones`, {
      milestone: 'shipped',
      trackingNumber: options.trackingNumber ?? '1Z999AA10123456784',
    }).expect(200);
    // Invoiced as it ships, as distributors do; delivered later.
    if (options.invoice) await post('/invoices', { shipmentId }).expect(201);
    if (options.deliver) await post(`/shipments/${shipmentId}/milestones`, { milestone: 'delivered' }).expect(200);
    shipmentIds.push(shipmentId);
  }
  return shipmentIds;
}

interface PlannedLine {
  lineNumber: number;
  baseQuantity: number;
  allocations: { warehouseId: string; quantity: number }[];
}

/**
 * Ships a submitted order the way the warehouse reports it to the process tier (POST
 * /process/v1/shipments, then its milestones), one shipment per warehouse of the order's plan, so
 * the order moves to SHIPPED and its shipment, invoice and return rules apply. Answers the process
 * shipment ids.
 */
export async function shipOrderThroughProcess(
  crossdock: TestPlatform,
  orderId: string,
  options: ShipOptions = {},
): Promise<string[]> {
  const authorization = `Bearer ${crossdock.token({ subject: 'warehouse-team', scopes: ['process:read', 'process:write'] })}`;
  const post = (path: string, body: object) =>
    crossdock.http.post(`/process/v1${path}`).set('Authorization', authorization).send(body);
  const order = await crossdock.http
    .get(`/process/v1/orders/${orderId}`)
    .set('Authorization', authorization)
    .expect(200);
  const quantities = new Map<number, number>(
    order.body.lines.map((line: { lineNumber: number; quantity: number }) => [line.lineNumber, line.quantity]),
  );
  const byWarehouse = new Map<string, { lineNumber: number; quantity: number }[]>();
  for (const line of order.body.plan.lines as PlannedLine[]) {
    // The plan counts in base units, a shipment in the order line's unit.
    const basePerUnit = line.baseQuantity / quantities.get(line.lineNumber)!;
    for (const allocation of line.allocations) {
      byWarehouse.set(allocation.warehouseId, [
        ...(byWarehouse.get(allocation.warehouseId) ?? []),
        { lineNumber: line.lineNumber, quantity: allocation.quantity / basePerUnit },
      ]);
    }
  }
  const shipmentIds: string[] = [];
  for (const [warehouseId, lines] of byWarehouse) {
    const created = await post('/shipments', { orderId, warehouseId, carrier: options.carrier ?? 'UPS', lines });
    expect(created.status, created.text).toBe(201);
    const shipmentId = created.body.id as string;
    await post(`/shipments/${shipmentId}/milestones`, { milestone: 'picked' }).expect(200);
    await post(`/shipments/${shipmentId}/milestones`, { milestone: 'packed' }).expect(200);
    await post(`/shipments/${shipmentId}/milestones`, {
      milestone: 'shipped',
      trackingNumber: options.trackingNumber ?? '1Z999AA10123456784',
    }).expect(200);
    if (options.invoice) await post('/invoices', { shipmentId }).expect(201);
    if (options.deliver) await post(`/shipments/${shipmentId}/milestones`, { milestone: 'delivered' }).expect(200);
    shipmentIds.push(shipmentId);
  }
  return shipmentIds;
}
