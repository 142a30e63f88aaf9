import { allPages } from '@crossdock/shared-contracts/contracts/api/page';
import type { ItemAvailability } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { InventoryPort } from '../erp/ports/inventory-port';

const POSITIONS_PER_PAGE = 1000;

/**
 * Each item's stock summed over its warehouses, from the ERP's positions (any adapter): what a
 * caller that shows one number per item needs, at a tenth of the positions' payload.
 */
export async function availabilityOf(inventory: InventoryPort, skus: string[]): Promise<ItemAvailability[]> {
  const positions = await allPages((cursor) => inventory.listPositions({ skus, limit: POSITIONS_PER_PAGE, cursor }));
  const bySku = new Map<string, ItemAvailability>();
  for (const position of positions) {
    const item = bySku.get(position.sku) ?? { sku: position.sku, uom: position.uom, available: 0, onOrder: 0 };
    // An oversold warehouse has nothing to give; it does not take from the others.
    item.available += Math.max(0, position.available);
    item.onOrder += position.onOrder;
    if (
      position.onOrder > 0 &&
      position.expectedDate &&
      (!item.nextReceiptDate || position.expectedDate < item.nextReceiptDate)
    )
      item.nextReceiptDate = position.expectedDate;
    bySku.set(position.sku, item);
  }
  return skus.map((sku) => bySku.get(sku)).filter((item): item is ItemAvailability => item !== undefined);
}
