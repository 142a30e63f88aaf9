import type { CustomerInput } from '@crossdock/shared-contracts/contracts/api/system-customers';
import type { RejectedRow } from '@crossdock/shared-contracts/contracts/api/system-imports';
import { compareDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { ErpDatabase } from '../../../database';
import type { WriteActor } from '../../ports/common';
import type { ImportOutcome, ImportRecord } from '../../ports/import-port';
import { classify, IMPORT_TRANSACTION, recordAuditRows } from './import-audit';

type HeldCustomer = Omit<
  CustomerInput,
  'id' | 'status' | 'priceListId' | 'preferredWarehouseId' | 'billTo' | 'shipTo'
> & {
  id: string;
  status: string;
  priceListId: string | null;
  preferredWarehouseId: string | null;
  billTo: unknown;
  shipTo: unknown;
};

/**
 * Creates or replaces customers in one transaction. A row naming a price list or warehouse the ERP
 * does not have is rejected; the held customers are read and locked, the ones equal to their row left
 * alone, the rest written with one UPSERT and one audit row each.
 */
export async function importCustomers(
  db: ErpDatabase,
  records: ImportRecord<CustomerInput>[],
  by: WriteActor,
): Promise<ImportOutcome> {
  return db.$transaction(async (tx) => {
    const [priceLists, warehouses] = await Promise.all([
      tx.$queryRaw<
        { id: string }[]
      >`select "id" from "PriceList" where "id" = any(${records.flatMap(({ record }) => record.priceListId ?? [])}::text[])`,
      tx.$queryRaw<
        { id: string }[]
      >`select "id" from "Warehouse" where "id" = any(${records.flatMap(({ record }) => record.preferredWarehouseId ?? [])}::text[])`,
    ]);
    const knownLists = new Set(priceLists.map((row) => row.id));
    const knownWarehouses = new Set(warehouses.map((row) => row.id));
    const rejected: RejectedRow[] = [];
    const valid = records.filter(({ line, record }) => {
      if (record.priceListId && !knownLists.has(record.priceListId))
        rejected.push({ line, reason: `priceListId "${record.priceListId}" is not a price list of the ERP` });
      else if (record.preferredWarehouseId && !knownWarehouses.has(record.preferredWarehouseId))
        rejected.push({
          line,
          reason: `preferredWarehouseId "${record.preferredWarehouseId}" is not a warehouse of the ERP`,
        });
      else return true;
      return false;
    });
    const held = await tx.$queryRaw<HeldCustomer[]>`
      select "id", "name", "status", "currency", "creditLimit"::text as "creditLimit", "paymentTerms", "taxJurisdiction", "priceListId", "preferredWarehouseId", "allowBackorders", "billTo", "shipTo"
        from "Customer" where "id" = any(${valid.map(({ record }) => record.id)}::text[]) for update`;
    const sorted = classify(
      valid,
      ({ record }) => record.id,
      new Map(held.map((row) => [row.id, row])),
      ({ record }, row) => sameCustomer(record, row),
    );
    const writes = [...sorted.created, ...sorted.updated].map(({ record }) => record);
    if (writes.length > 0) {
      const column = <T>(pick: (customer: CustomerInput) => T) => writes.map(pick);
      await tx.$executeRaw`
        insert into "Customer" ("id", "name", "status", "currency", "creditLimit", "paymentTerms", "taxJurisdiction", "priceListId", "preferredWarehouseId", "allowBackorders", "billTo", "shipTo", "updatedAt", "updatedBy")
        select t.id, t.name, t.status, t.currency, t.credit_limit, t.payment_terms, t.tax_jurisdiction, t.price_list_id, t.warehouse_id, t.allow_backorders, t.bill_to, t.ship_to, now(), ${by.actor}
          from unnest(${column((c) => c.id)}::text[], ${column((c) => c.name)}::text[], ${column((c) => c.status)}::text[], ${column((c) => c.currency)}::text[],
                      ${column((c) => c.creditLimit)}::numeric[], ${column((c) => c.paymentTerms)}::text[], ${column((c) => c.taxJurisdiction)}::text[],
                      ${column((c) => c.priceListId ?? null)}::text[], ${column((c) => c.preferredWarehouseId ?? null)}::text[], ${column((c) => c.allowBackorders)}::boolean[],
                      ${column((c) => JSON.stringify(c.billTo))}::jsonb[], ${column((c) => JSON.stringify(c.shipTo))}::jsonb[])
            as t(id, name, status, currency, credit_limit, payment_terms, tax_jurisdiction, price_list_id, warehouse_id, allow_backorders, bill_to, ship_to)
        on conflict ("id") do update
          set "name" = excluded."name", "status" = excluded."status", "currency" = excluded."currency", "creditLimit" = excluded."creditLimit",
              "paymentTerms" = excluded."paymentTerms", "taxJurisdiction" = excluded."taxJurisdiction", "priceListId" = excluded."priceListId",
              "preferredWarehouseId" = excluded."preferredWarehouseId", "allowBackorders" = excluded."allowBackorders", "billTo" = excluded."billTo",
              "shipTo" = excluded."shipTo", "version" = "Customer"."version" + 1, "updatedAt" = now(), "updatedBy" = excluded."updatedBy"`;
      await recordAuditRows(
        tx,
        'customer',
        [
          ...sorted.created.map(({ record }) => ({ id: record.id, action: 'create' })),
          ...sorted.updated.map(({ record }) => ({ id: record.id, action: 'update' })),
        ],
        by,
      );
    }
    return {
      created: sorted.created.length,
      updated: sorted.updated.length,
      unchanged: sorted.unchanged.length,
      rejected,
    };
  }, IMPORT_TRANSACTION);
}

function sameCustomer(customer: CustomerInput, held: HeldCustomer): boolean {
  return (
    customer.name === held.name &&
    customer.status === held.status &&
    customer.currency === held.currency &&
    compareDecimals(customer.creditLimit, held.creditLimit) === 0 &&
    customer.paymentTerms === held.paymentTerms &&
    customer.taxJurisdiction === held.taxJurisdiction &&
    (customer.priceListId ?? null) === held.priceListId &&
    (customer.preferredWarehouseId ?? null) === held.preferredWarehouseId &&
    customer.allowBackorders === held.allowBackorders &&
    sameJson(customer.billTo, held.billTo) &&
    sameJson(customer.shipTo, held.shipTo)
  );
}

/** Equal as JSON whatever the order of keys (jsonb keeps its own). */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
