import type { ShipmentMilestone } from '../model/shipment';

/** A warehouse's shipment of an order, as reported to the process tier. */
export interface ReportShipmentRequest {
  orderId: string;
  /** @example "WH-DAL" */
  warehouseId: string;
  /** @example "UPSN" */
  carrier: string;
  trackingNumber?: string;
  /** @minItems 1 */
  lines: ReportShipmentLine[];
}

export interface ReportShipmentLine {
  /**
   * @isInt
   * @minimum 1
   */
  lineNumber: number;
  /**
   * In the order line's unit.
   * @isInt
   * @minimum 1
   */
  quantity: number;
}

export interface ReportMilestoneRequest {
  milestone: ShipmentMilestone;
  /** When it happened; now when absent. @format date-time */
  at?: string;
  /** With `shipped`. */
  trackingNumber?: string;
}

/** A shipment as the process tier follows it. */
export interface ProcessShipment {
  id: string;
  orderId: string;
  warehouseId: string;
  carrier: string;
  trackingNumber?: string;
  lines: { lineNumber: number; sku: string; quantity: number }[];
  /** created, picked, packed, shipped or delivered. */
  milestone: string;
  /** @format date-time */
  shippedAt?: string;
  /** @format date-time */
  deliveredAt?: string;
  invoiceId?: string;
}

export interface InvoiceShipmentRequest {
  shipmentId: string;
}
