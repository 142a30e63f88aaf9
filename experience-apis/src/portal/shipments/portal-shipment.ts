/** A shipment as the portal shows it: where it is, and where to follow it. */
export interface PortalShipment {
  shipmentId: string;
  /** The order number it ships (the ERP's, as on the order). */
  orderNumber: string;
  /** created | picked | packed | shipped | delivered */
  status: 'created' | 'picked' | 'packed' | 'shipped' | 'delivered';
  warehouseId: string;
  carrier: string;
  trackingNumber?: string;
  /** The carrier's tracking page, when the carrier is one we know. */
  trackingUrl?: string;
  /** @format date-time */
  shippedAt?: string;
  /** @format date-time */
  deliveredAt?: string;
  lines: { sku: string; quantity: number; uom: string }[];
}

export interface PortalShipmentPage {
  items: PortalShipment[];
  nextCursor?: string;
}
