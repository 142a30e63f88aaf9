export interface CreateInvoiceRequest {
  /** Invoices are made from shipments: one invoice per shipped shipment. */
  shipmentId: string;
}
