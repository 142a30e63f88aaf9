/**
 * The stock movements the API reference shows: a purchase receipt of hex bolts in Dallas, then the
 * reservation for Acme's order. tsoa reads these constants from the source when it writes the OpenAPI
 * document, so they stay plain literals: no spreads, no `as` or `satisfies` (a value may name another constant).
 */
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { InventoryMovement } from '@crossdock/shared-contracts/contracts/api/system-inventory';

export const PURCHASE_RECEIPT: InventoryMovement = {
  id: '4512',
  sku: 'HXB-004',
  warehouseId: 'WH-DAL',
  kind: 'receipt',
  quantity: 2000,
  reason: 'PO 88121 received',
  reference: 'PO-88121',
  actor: 'receiving@crossdock.example',
  correlationId: '8f2c1f8e-1c55-4c3e-9d7a-3e1f0c2b9a10',
  at: '2026-11-27T15:02:00.000Z',
  onHandAfter: 2650,
  allocatedAfter: 600,
};

const ORDER_RESERVATION: InventoryMovement = {
  id: '4513',
  sku: 'HXB-004',
  warehouseId: 'WH-DAL',
  kind: 'reservation',
  quantity: 600,
  reason: 'Reserved for SO-000042',
  reference: 'SO-000042',
  actor: 'process-apis',
  correlationId: '3d6e9a41-7b2c-4f8e-a915-0c4d2b7e6f13',
  at: '2026-11-27T15:04:00.000Z',
  onHandAfter: 2650,
  allocatedAfter: 1200,
};

/** Newest first. */
export const MOVEMENT_PAGE: Page<InventoryMovement> = {
  items: [ORDER_RESERVATION, PURCHASE_RECEIPT],
  nextCursor: 'NDUxMg',
};
