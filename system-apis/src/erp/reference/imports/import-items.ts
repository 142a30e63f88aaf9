import type { ItemInput } from '@crossdock/shared-contracts/contracts/api/system-items';
import { compareDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { ErpDatabase } from '../../../database';
import type { WriteActor } from '../../ports/common';
import type { ImportOutcome, ImportRecord } from '../../ports/import-port';
import { classify, IMPORT_TRANSACTION, recordAuditRows } from './import-audit';

interface HeldItem {
  description: string;
  baseUom: string;
  weightKg: string;
  status: string;
  returnable: boolean;
  /** "CS=12;EA=1;PL=480", sorted: the units as a comparable text. */
  units: string;
}

const unitsOf = (item: Pick<ItemInput, 'baseUom' | 'alternateUoms'>) =>
  [`${item.baseUom}=1`, ...item.alternateUoms.map((conversion) => `${conversion.uom}=${conversion.factorToBase}`)]
    .sort()
    .join(';');

/**
 * Creates or replaces items with their units in one transaction: the items held are read and locked,
 * those equal to the row are left alone, the others written with one UPSERT, their units replaced
 * with one DELETE and one INSERT, and one audit row each.
 */
export async function importItems(
  db: ErpDatabase,
  records: ImportRecord<ItemInput>[],
  by: WriteActor,
): Promise<ImportOutcome> {
  const skus = records.map(({ record }) => record.sku);
  return db.$transaction(async (tx) => {
    const held = await tx.$queryRaw<(Omit<HeldItem, 'units'> & { sku: string; units: string[] | null })[]>`
      select i."sku", i."description", i."baseUom", i."weightKg"::text as "weightKg", i."status", i."returnable",
             (select array_agg(u."uom" || '=' || u."factorToBase") from "ItemUom" u where u."sku" = i."sku") as "units"
        from "Item" i where i."sku" = any(${skus}::text[]) for update of i`;
    // Sorted here, not by the database's collation, so both sides sort the same way.
    const existing = new Map(held.map((row) => [row.sku, { ...row, units: [...(row.units ?? [])].sort().join(';') }]));
    const sorted = classify(
      records,
      ({ record }) => record.sku,
      existing,
      ({ record }, row) => sameItem(record, row),
    );
    const writes = [...sorted.created, ...sorted.updated].map(({ record }) => record);
    if (writes.length > 0) {
      await tx.$executeRaw`
        insert into "Item" ("sku", "description", "baseUom", "weightKg", "status", "returnable", "updatedAt")
        select t.sku, t.description, t.base_uom, t.weight_kg, t.status, t.returnable, now()
          from unnest(${writes.map((item) => item.sku)}::text[], ${writes.map((item) => item.description)}::text[], ${writes.map((item) => item.baseUom)}::text[],
                      ${writes.map((item) => item.weightKg ?? '0')}::numeric[], ${writes.map((item) => item.status)}::text[], ${writes.map((item) => item.returnable)}::boolean[])
            as t(sku, description, base_uom, weight_kg, status, returnable)
        on conflict ("sku") do update
          set "description" = excluded."description", "baseUom" = excluded."baseUom", "weightKg" = excluded."weightKg", "status" = excluded."status",
              "returnable" = excluded."returnable", "version" = "Item"."version" + 1, "updatedAt" = now()`;
      // Units are replaced as a set, as a single item's update does.
      const units = writes.flatMap((item) => [
        { sku: item.sku, uom: item.baseUom, factor: 1 },
        ...item.alternateUoms.map((conversion) => ({
          sku: item.sku,
          uom: conversion.uom,
          factor: conversion.factorToBase,
        })),
      ]);
      await tx.$executeRaw`delete from "ItemUom" where "sku" = any(${writes.map((item) => item.sku)}::text[])`;
      await tx.$executeRaw`
        insert into "ItemUom" ("sku", "uom", "factorToBase")
        select * from unnest(${units.map((unit) => unit.sku)}::text[], ${units.map((unit) => unit.uom)}::text[], ${units.map((unit) => unit.factor)}::int[])`;
      await recordAuditRows(
        tx,
        'item',
        [
          ...sorted.created.map(({ record }) => ({ id: record.sku, action: 'create' })),
          ...sorted.updated.map(({ record }) => ({ id: record.sku, action: 'update' })),
        ],
        by,
      );
    }
    return {
      created: sorted.created.length,
      updated: sorted.updated.length,
      unchanged: sorted.unchanged.length,
      rejected: [],
    };
  }, IMPORT_TRANSACTION);
}

function sameItem(item: ItemInput, held: HeldItem): boolean {
  return (
    item.description === held.description &&
    item.baseUom === held.baseUom &&
    item.status === held.status &&
    item.returnable === held.returnable &&
    compareDecimals(item.weightKg ?? '0', held.weightKg) === 0 &&
    unitsOf(item) === held.units
  );
}
