/**
 * The shipment the API reference shows: Acme's 600 hex bolts by UPS from Dallas. tsoa reads these constants from the source when it writes the OpenAPI
 * document, so they stay plain literals: no spreads, no `as` or `satisfies` (a value may name another constant).
 */
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { Shipment, ShipmentLine } from '@crossdock/shared-contracts/contracts/model/shipment';

const HEX_BOLTS_SHIPPED: ShipmentLine[] = [{ orderLineNumber: 1, sku: 'HXB-004', quantity: 600, uom: 'EA' }];

export const SHIPPED_SHIPMENT: Shipment = {
  id: 'SH-000007',
  orderId: 'SO-000042',
  warehouseId: 'WH-DAL',
  carrier: 'UPS',
  trackingNumber: '1Z999AA10123456784',
  lines: HEX_BOLTS_SHIPPED,
  milestones: {
    pickedAt: '2026-11-28T09:10:00.000Z',
    packedAt: '2026-11-28T10:02:00.000Z',
    shippedAt: '2026-11-28T16:45:00.000Z',
  },
};

export const SHIPMENT_PAGE: Page<Shipment> = { items: [SHIPPED_SHIPMENT], nextCursor: 'U0gtMDAwMDA3' };

export const DELIVERED_SHIPMENT: Shipment = {
  id: 'SH-000007',
  orderId: 'SO-000042',
  warehouseId: 'WH-DAL',
  carrier: 'UPS',
  trackingNumber: '1Z999AA10123456784',
  lines: HEX_BOLTS_SHIPPED,
  milestones: {
    pickedAt: '2026-11-28T09:10:00.000Z',
    packedAt: '2026-11-28T10:02:00.000Z',
    shippedAt: '2026-11-28T16:45:00.000Z',
    deliveredAt: '2026-11-30T13:20:00.000Z',
  },
};
