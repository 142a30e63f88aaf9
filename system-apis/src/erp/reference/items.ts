import type { Item } from '@crossdock/shared-contracts/model/item';
import { decodeCursor, pageSize, type Page } from '@crossdock/shared-contracts/contracts/page';
import type { ErpDatabase } from '../../database';
import type { Item as ItemRow, ItemUom } from '../../generated/prisma/client';
import type { PageRequest } from '../erp-adapter';
import { toPage } from './customers';

export function toItem(row: ItemRow & { uoms: ItemUom[] }): Item {
  return {
    sku: row.sku,
    description: row.description,
    status: row.status as Item['status'],
    baseUom: row.baseUom,
    alternateUoms: row.uoms.filter((uom) => uom.uom !== row.baseUom).map((uom) => ({ uom: uom.uom, factorToBase: uom.factorToBase })),
    weightKg: row.weightKg.toFixed(3),
    returnable: row.returnable,
  };
}

export async function getItem(db: ErpDatabase, sku: string): Promise<Item | undefined> {
  const row = await db.item.findUnique({ where: { sku }, include: { uoms: true } });
  return row ? toItem(row) : undefined;
}

export async function listItems(db: ErpDatabase, page: PageRequest): Promise<Page<Item>> {
  const take = pageSize(page.limit);
  const after = decodeCursor(page.cursor);
  const rows = await db.item.findMany({ where: after ? { sku: { gt: after } } : {}, orderBy: { sku: 'asc' }, take: take + 1, include: { uoms: true } });
  return toPage(rows.map(toItem), take, (item) => item.sku);
}
