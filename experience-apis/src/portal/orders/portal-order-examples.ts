/**
 * Examples of the portal's orders for the OpenAPI document. tsoa reads them from the source, so
 * they are plain literals (no spreads): shared parts are named constants.
 */
import type { CustomerTimelineEntry } from '../../shared/order-status';
import type { PortalShipment } from '../shipments/portal-shipment';
import type { PortalOrder } from './portal-order';

const SHIP_TO = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};
const LINES = [
  { lineNumber: 1, sku: 'HXB-004', quantity: 600, uom: 'EA', unitPrice: '0.1900', lineTotal: '114.00' },
  { lineNumber: 2, sku: 'GLV-002', quantity: 2, uom: 'CS', unitPrice: '33.0000', lineTotal: '66.00' },
];
const RECEIVED_ENTRY: CustomerTimelineEntry = {
  status: 'received',
  text: 'We have your order and will confirm it.',
  at: '2026-11-28T15:04:00.000Z',
};
const PROCESSING_ENTRY: CustomerTimelineEntry = {
  status: 'processing',
  text: 'We are preparing your order.',
  at: '2026-11-28T15:04:00.120Z',
};
const CONFIRMED_ENTRY: CustomerTimelineEntry = {
  status: 'confirmed',
  text: 'Your order is confirmed.',
  at: '2026-11-28T15:04:00.480Z',
};
const SHIPPED_ENTRY: CustomerTimelineEntry = {
  status: 'shipped',
  text: 'Shipped from WH-DAL with UPS, tracking number 1Z999AA10123456784.',
  at: '2026-11-28T16:05:00.000Z',
};

export const SHIPPED_SHIPMENT: PortalShipment = {
  shipmentId: 'SH-000007',
  orderNumber: 'SO-000043',
  status: 'shipped',
  warehouseId: 'WH-DAL',
  carrier: 'UPS',
  trackingNumber: '1Z999AA10123456784',
  trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
  shippedAt: '2026-11-28T16:05:00.000Z',
  lines: [{ sku: 'HXB-004', quantity: 600, uom: 'EA' }],
};

export const CONFIRMED: PortalOrder = {
  orderId: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
  orderNumber: 'SO-000042',
  purchaseOrderNumber: 'PO-7781',
  status: 'confirmed',
  statusText: 'Your order is confirmed.',
  currency: 'USD',
  lines: LINES,
  subtotal: '180.00',
  tax: '11.25',
  total: '191.25',
  shipTo: SHIP_TO,
  placedAt: '2026-11-28T15:04:00.000Z',
  timeline: [RECEIVED_ENTRY, PROCESSING_ENTRY, CONFIRMED_ENTRY],
};

export const SHIPPED: PortalOrder = {
  orderId: '0b6f8a52-1c2d-4e3f-9a8b-7c6d5e4f3a2b',
  orderNumber: 'SO-000043',
  purchaseOrderNumber: 'PO-7790',
  status: 'shipped',
  statusText: 'Your order has shipped.',
  currency: 'USD',
  lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 600, uom: 'EA', unitPrice: '0.1900', lineTotal: '114.00' }],
  subtotal: '114.00',
  tax: '7.13',
  total: '121.13',
  shipTo: SHIP_TO,
  placedAt: '2026-11-28T15:04:00.000Z',
  timeline: [RECEIVED_ENTRY, PROCESSING_ENTRY, CONFIRMED_ENTRY, SHIPPED_ENTRY],
  shipments: [SHIPPED_SHIPMENT],
};

/** Taken while the ERP was away: stored, not yet priced or confirmed, shipping to the account's address. */
export const RECEIVED: PortalOrder = {
  orderId: '9d2e4f60-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  purchaseOrderNumber: 'PO-7802',
  status: 'received',
  statusText: 'We have your order and will confirm it.',
  lines: [{ lineNumber: 1, sku: 'HXB-004', quantity: 600, uom: 'EA' }],
  placedAt: '2026-11-28T15:04:00.000Z',
  timeline: [RECEIVED_ENTRY],
};
