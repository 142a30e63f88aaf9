import type { InventoryPosition } from '@crossdock/shared-contracts/model/inventory-position';
import type { Warehouse } from '@crossdock/shared-contracts/model/warehouse';
import { decodeCursor, pageSize, type Page } from '@crossdock/shared-contracts/contracts/page';
import type { ErpDatabase } from '../../database';
import type { InventoryPosition as PositionRow, Item } from '../../generated/prisma/client';
import type { PageRequest } from '../erp-adapter';
import { toPage } from './customers';

export async function listWarehouses(db: ErpDatabase): Promise<Warehouse[]> {
  const rows = await db.warehouse.findMany({ orderBy: { id: 'asc' } });
  return rows.map((row) => ({ id: row.id, name: row.name, address: row.address as unknown as Warehouse['address'], timeZone: row.timeZone }));
}

function toPosition(row: PositionRow & { item: Pick<Item, 'baseUom'> }): InventoryPosition {
  return {
    sku: row.sku,
    warehouseId: row.warehouseId,
    uom: row.item.baseUom,
    onHand: row.onHand,
    allocated: row.allocated,
    available: row.onHand - row.allocated,
    onOrder: row.onOrder,
    expectedDate: row.expectedDate?.toISOString().slice(0, 10),
    asOf: row.updatedAt.toISOString(),
  };
}

export async function listInventory(db: ErpDatabase, filter: { sku?: string; warehouseId?: string } & PageRequest): Promise<Page<InventoryPosition>> {
  const take = pageSize(filter.limit);
  const after = decodeCursor(filter.cursor);
  const [afterSku, afterWarehouse] = after?.split('|') ?? [];
  const rows = await db.inventoryPosition.findMany({
    where: {
      ...(filter.sku ? { sku: filter.sku } : {}),
      ...(filter.warehouseId ? { warehouseId: filter.warehouseId } : {}),
      ...(afterSku !== undefined ? { OR: [{ sku: { gt: afterSku } }, { sku: afterSku, warehouseId: { gt: afterWarehouse ?? '' } }] } : {}),
    },
    orderBy: [{ sku: 'asc' }, { warehouseId: 'asc' }],
    take: take + 1,
    include: { item: { select: { baseUom: true } } },
  });
  return toPage(rows.map(toPosition), take, (position) => `${position.sku}|${position.warehouseId}`);
}
