import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { ErpSalesOrder } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';

export interface DocumentQuery {
  customerId: string;
  salesOrderId?: string;
  status?: string;
  cursor?: string;
  limit?: number;
}

/**
 * The system API's sales orders, shipments and invoices, read only (returns go through the process
 * API's rules). The system API does not confine a caller to a customer: every caller of this port
 * checks that what it read is its customer's.
 */
export interface SystemFulfilmentApi {
  getSalesOrder(salesOrderId: string): Promise<ErpSalesOrder>;
  getShipment(shipmentId: string): Promise<Shipment>;
  listShipments(query: DocumentQuery): Promise<Page<Shipment>>;
  getInvoice(invoiceId: string): Promise<Invoice>;
  listInvoices(query: DocumentQuery & { newestFirst?: boolean }): Promise<Page<Invoice>>;
}

export function createSystemFulfilmentApi(client: UpstreamClient): SystemFulfilmentApi {
  const one = async <T>(path: string, id: string) =>
    (await client.get<T>(`/system/v1/${path}/${encodeURIComponent(id)}`)).data;
  const list = async <T>(path: string, query: object) =>
    (await client.get<Page<T>>(`/system/v1/${path}`, { query: { ...query } })).data;
  return {
    getSalesOrder: (id) => one<ErpSalesOrder>('sales-orders', id),
    getShipment: (id) => one<Shipment>('shipments', id),
    listShipments: (query) => list<Shipment>('shipments', query),
    getInvoice: (id) => one<Invoice>('invoices', id),
    listInvoices: (query) => list<Invoice>('invoices', query),
  };
}
