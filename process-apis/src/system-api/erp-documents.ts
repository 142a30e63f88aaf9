import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import { findOrUndefined, path } from './system-api';

/** The ERP's shipments and invoices, as the documents written to partners need them (not the pipeline). */
export interface ErpDocuments {
  /** Undefined when the ERP has no shipment with this id. */
  findShipment(shipmentId: string): Promise<Shipment | undefined>;
  /** Undefined when the ERP has no invoice with this id. */
  findInvoice(invoiceId: string): Promise<Invoice | undefined>;
}

/** Shipments and invoices through the system APIs (GET /system/v1/shipments/{id}, /invoices/{id}). */
export function createHttpErpDocuments(client: UpstreamClient): ErpDocuments {
  return {
    findShipment: (shipmentId) => findOrUndefined(client.get<Shipment>(path`/system/v1/shipments/${shipmentId}`)),
    findInvoice: (invoiceId) => findOrUndefined(client.get<Invoice>(path`/system/v1/invoices/${invoiceId}`)),
  };
}
