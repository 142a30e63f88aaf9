import { randomUUID } from 'node:crypto';
import type { RejectedRow } from '@crossdock/shared-contracts/contracts/api/system-imports';
import { compareDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { ErpDatabase } from '../../../database';
import type { WriteActor } from '../../ports/common';
import type { ImportOutcome, ImportRecord, PriceImport } from '../../ports/import-port';
import { IMPORT_TRANSACTION, recordAuditRows } from './import-audit';

interface HeldEntry {
  priceListId: string;
  sku: string;
  uom: string;
  minQuantity: number;
  unitPrice: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/**
 * Adds price-list entries in one transaction. Prices are never edited in place (a change is a new
 * entry with its dates), so every row is created, or unchanged when the list already holds exactly
 * that entry (an import run twice adds nothing). A row naming a list the ERP does not have, or an
 * item it does not sell in that unit, is rejected.
 */
export async function importPrices(
  db: ErpDatabase,
  records: ImportRecord<PriceImport>[],
  by: WriteActor,
): Promise<ImportOutcome> {
  const skus = [...new Set(records.map(({ record }) => record.sku))];
  const listIds = [...new Set(records.map(({ record }) => record.priceListId))];
  return db.$transaction(async (tx) => {
    const [lists, units, held] = await Promise.all([
      tx.$queryRaw<{ id: string }[]>`select "id" from "PriceList" where "id" = any(${listIds}::text[])`,
      tx.$queryRaw<
        { sku: string; uom: string }[]
      >`select "sku", "uom" from "ItemUom" where "sku" = any(${skus}::text[])`,
      tx.$queryRaw<HeldEntry[]>`
        select "priceListId", "sku", "uom", "minQuantity", "unitPrice"::text as "unitPrice", "effectiveFrom"::text as "effectiveFrom", "effectiveTo"::text as "effectiveTo"
          from "PriceListEntry" where "priceListId" = any(${listIds}::text[]) and "sku" = any(${skus}::text[])`,
    ]);
    const knownLists = new Set(lists.map((row) => row.id));
    const knownItems = new Set(units.map((row) => row.sku));
    const soldIn = new Set(units.map((row) => `${row.sku}\u0000${row.uom}`));
    const heldByKey = new Map<string, HeldEntry[]>();
    for (const entry of held) {
      const key = entryKey(entry.priceListId, entry.sku, entry.uom, entry.minQuantity, entry.effectiveFrom);
      heldByKey.set(key, [...(heldByKey.get(key) ?? []), entry]);
    }
    const rejected: RejectedRow[] = [];
    const created: PriceImport[] = [];
    let unchanged = 0;
    for (const { line, record } of records) {
      if (!knownLists.has(record.priceListId))
        rejected.push({ line, reason: `priceListId "${record.priceListId}" is not a price list of the ERP` });
      else if (!knownItems.has(record.sku))
        rejected.push({ line, reason: `sku "${record.sku}" is not an item of the ERP` });
      else if (!soldIn.has(`${record.sku}\u0000${record.uom}`))
        rejected.push({ line, reason: `item ${record.sku} is not sold in ${record.uom}` });
      else if (
        heldByKey
          .get(entryKey(record.priceListId, record.sku, record.uom, record.minimumQuantity, record.effectiveFrom))
          ?.some((entry) => sameEntry(record, entry))
      )
        unchanged += 1;
      else created.push(record);
    }
    if (created.length > 0) {
      const ids = created.map(() => randomUUID());
      await tx.$executeRaw`
        insert into "PriceListEntry" ("id", "priceListId", "sku", "uom", "minQuantity", "unitPrice", "effectiveFrom", "effectiveTo", "createdAt", "updatedAt")
        select t.id, t.list, t.sku, t.uom, t.min_quantity, t.unit_price, t.effective_from, t.effective_to, now(), now()
          from unnest(${ids}::text[], ${created.map((entry) => entry.priceListId)}::text[], ${created.map((entry) => entry.sku)}::text[], ${created.map((entry) => entry.uom)}::text[],
                      ${created.map((entry) => entry.minimumQuantity)}::int[], ${created.map((entry) => entry.unitPrice)}::numeric[],
                      ${created.map((entry) => entry.effectiveFrom)}::date[], ${created.map((entry) => entry.effectiveTo ?? null)}::date[])
            as t(id, list, sku, uom, min_quantity, unit_price, effective_from, effective_to)`;
      await recordAuditRows(
        tx,
        'price-list-entry',
        ids.map((id) => ({ id, action: 'create' })),
        by,
      );
    }
    return { created: created.length, updated: 0, unchanged, rejected };
  }, IMPORT_TRANSACTION);
}

function entryKey(
  priceListId: string,
  sku: string,
  uom: string,
  minimumQuantity: number,
  effectiveFrom: string,
): string {
  return [priceListId, sku, uom, minimumQuantity, effectiveFrom].join('\u0000');
}

function sameEntry(record: PriceImport, held: HeldEntry): boolean {
  return compareDecimals(record.unitPrice, held.unitPrice) === 0 && (record.effectiveTo ?? null) === held.effectiveTo;
}
