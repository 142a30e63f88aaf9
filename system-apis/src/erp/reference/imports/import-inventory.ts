import type { RejectedRow } from '@crossdock/shared-contracts/contracts/api/system-imports';
import type { ErpDatabase } from '../../../database';
import type { WriteActor } from '../../ports/common';
import type { ImportOutcome, ImportRecord, InventorySnapshot } from '../../ports/import-port';
import { IMPORT_TRANSACTION } from './import-audit';

interface LockedPosition {
  sku: string;
  warehouseId: string;
  onHand: number;
  allocated: number;
}

/**
 * Sets on hand to what was counted, in one transaction, through adjustment movements: stock still
 * changes only by movements, each with its reason, actor and correlation id. Positions the snapshot
 * opens are created first (so every position it touches exists and can be locked), then all are
 * locked, and each changes by the difference between the count and what it holds. A count below
 * what is allocated to orders is rejected: the ERP never holds less than it has promised.
 */
export async function importInventory(
  db: ErpDatabase,
  records: ImportRecord<InventorySnapshot>[],
  by: WriteActor,
): Promise<ImportOutcome> {
  return db.$transaction(async (tx) => {
    const [items, warehouses] = await Promise.all([
      tx.$queryRaw<
        { sku: string }[]
      >`select "sku" from "Item" where "sku" = any(${[...new Set(records.map(({ record }) => record.sku))]}::text[])`,
      tx.$queryRaw<
        { id: string }[]
      >`select "id" from "Warehouse" where "id" = any(${[...new Set(records.map(({ record }) => record.warehouseId))]}::text[])`,
    ]);
    const knownItems = new Set(items.map((row) => row.sku));
    const knownWarehouses = new Set(warehouses.map((row) => row.id));
    const rejected: RejectedRow[] = [];
    const known = records.filter(({ line, record }) => {
      if (!knownItems.has(record.sku)) rejected.push({ line, reason: `sku "${record.sku}" is not an item of the ERP` });
      else if (!knownWarehouses.has(record.warehouseId))
        rejected.push({ line, reason: `warehouseId "${record.warehouseId}" is not a warehouse of the ERP` });
      else return true;
      return false;
    });
    const toOpen = known.filter(({ record }) => record.onHand > 0);
    const opened = await tx.$queryRaw<{ sku: string; warehouseId: string }[]>`
      insert into "InventoryPosition" ("sku", "warehouseId", "onHand", "allocated", "onOrder", "updatedAt")
      select t.sku, t.warehouse_id, 0, 0, 0, now() from unnest(${toOpen.map(({ record }) => record.sku)}::text[], ${toOpen.map(({ record }) => record.warehouseId)}::text[]) as t(sku, warehouse_id)
      on conflict ("sku", "warehouseId") do nothing
      returning "sku", "warehouseId"`;
    const positions = await tx.$queryRaw<LockedPosition[]>`
      select p."sku", p."warehouseId", p."onHand", p."allocated" from "InventoryPosition" p
        join unnest(${known.map(({ record }) => record.sku)}::text[], ${known.map(({ record }) => record.warehouseId)}::text[]) as t(sku, warehouse_id)
          on p."sku" = t.sku and p."warehouseId" = t.warehouse_id
       for update of p`;
    const key = (sku: string, warehouseId: string) => `${sku}\u0000${warehouseId}`;
    const held = new Map(positions.map((position) => [key(position.sku, position.warehouseId), position]));
    const isNew = new Set(opened.map((position) => key(position.sku, position.warehouseId)));
    const changes: { record: InventorySnapshot; delta: number; allocated: number; created: boolean }[] = [];
    let unchanged = 0;
    for (const { line, record } of known) {
      const position = held.get(key(record.sku, record.warehouseId)) ?? { onHand: 0, allocated: 0 };
      if (record.onHand < position.allocated) {
        rejected.push({
          line,
          reason: `onHand ${record.onHand} is less than the ${position.allocated} ${record.sku} allocated to orders in ${record.warehouseId}`,
        });
      } else if (record.onHand === position.onHand) unchanged += 1;
      else
        changes.push({
          record,
          delta: record.onHand - position.onHand,
          allocated: position.allocated,
          created: isNew.has(key(record.sku, record.warehouseId)),
        });
    }
    if (changes.length > 0) {
      const skus = changes.map((change) => change.record.sku);
      const warehouseIds = changes.map((change) => change.record.warehouseId);
      const counted = changes.map((change) => change.record.onHand);
      await tx.$executeRaw`
        update "InventoryPosition" p set "onHand" = t.on_hand, "updatedAt" = now()
          from unnest(${skus}::text[], ${warehouseIds}::text[], ${counted}::int[]) as t(sku, warehouse_id, on_hand)
         where p."sku" = t.sku and p."warehouseId" = t.warehouse_id`;
      await tx.$executeRaw`
        insert into "InventoryMovement" ("sku", "warehouseId", "kind", "quantity", "reason", "reference", "onHandAfter", "allocatedAfter", "actor", "correlationId")
        select t.sku, t.warehouse_id, 'adjustment', t.delta, t.reason, 'inventory snapshot', t.on_hand, t.allocated, ${by.actor}, ${by.correlationId}
          from unnest(${skus}::text[], ${warehouseIds}::text[], ${changes.map((change) => change.delta)}::int[], ${changes.map((change) => change.record.reason)}::text[],
                      ${counted}::int[], ${changes.map((change) => change.allocated)}::int[]) as t(sku, warehouse_id, delta, reason, on_hand, allocated)`;
    }
    const created = changes.filter((change) => change.created).length;
    return { created, updated: changes.length - created, unchanged, rejected };
  }, IMPORT_TRANSACTION);
}
