import type { ShipmentMilestone } from '../model/shipment';

export interface CreateShipmentRequest {
  /** The ERP sales order, e.g. `SO-000042`. */
  salesOrderId: string;
  warehouseId: string;
  /** @example "UPS" */
  carrier: string;
  trackingNumber?: string;
  /** @minItems 1 */
  lines: CreateShipmentLine[];
  /**
   * The caller's key for this shipment: creating again with the same key (a retry after a lost
   * answer) answers the shipment made the first time and claims nothing more.
   */
  shipmentKey?: string;
}

export interface CreateShipmentLine {
  /** @isInt @minimum 1 */
  orderLineNumber: number;
  /**
   * In the order line's unit.
   * @isInt
   * @minimum 1
   */
  quantity: number;
}

export interface ShipmentMilestoneRequest {
  milestone: ShipmentMilestone;
  /** When it happened; now when absent. @format date-time */
  at?: string;
  /** The carrier's tracking number, when it becomes known at shipping. */
  trackingNumber?: string;
}
