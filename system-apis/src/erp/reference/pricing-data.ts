import type { UomConversion } from '@crossdock/shared-contracts/contracts/model/item';
import type { ErpDatabase } from '../../database';

/** What pricing needs of a customer. */
export interface PricedCustomer {
  id: string;
  currency: string;
  priceListId: string | null;
}

/** What pricing needs of an item: its base unit and what each other unit holds. */
export interface PricedItem {
  sku: string;
  baseUom: string;
  alternateUoms: UomConversion[];
}

/** A price-list entry as pricing reads it: the price a decimal string with 4 places, dates as YYYY-MM-DD. */
export interface PriceRow {
  priceListId: string;
  sku: string;
  uom: string;
  minQuantity: number;
  unitPrice: string;
  effectiveFrom: string;
}

/**
 * Everything one price resolution reads, in three statements sent at once: the customer, the
 * items with their units, and the entries in effect on `date` of the customer's contract list and
 * of `standardListId`. A price check of 200 items is on the mobile app's hot path; raw SQL here
 * costs a fraction of the ORM's query building and row shaping (see docs/performance.md).
 */
export async function loadPricingData(
  db: ErpDatabase,
  customerId: string,
  skus: string[],
  date: string,
  standardListId: string,
): Promise<{ customer?: PricedCustomer; items: Map<string, PricedItem>; entries: PriceRow[] }> {
  const [customers, items, entries] = await Promise.all([
    db.$queryRaw<PricedCustomer[]>`SELECT "id", "currency", "priceListId" FROM "Customer" WHERE "id" = ${customerId}`,
    db.$queryRaw<{ sku: string; baseUom: string; uoms: { uom: string; factorToBase: number }[] }[]>`
      SELECT i."sku", i."baseUom",
             COALESCE(json_agg(json_build_object('uom', u."uom", 'factorToBase', u."factorToBase") ORDER BY u."factorToBase") FILTER (WHERE u."uom" IS NOT NULL), '[]') AS "uoms"
        FROM "Item" i LEFT JOIN "ItemUom" u ON u."sku" = i."sku"
       WHERE i."sku" = ANY(${skus})
       GROUP BY i."sku"`,
    db.$queryRaw<PriceRow[]>`
      SELECT e."priceListId", e."sku", e."uom", e."minQuantity", e."unitPrice"::text AS "unitPrice", to_char(e."effectiveFrom", 'YYYY-MM-DD') AS "effectiveFrom"
        FROM "PriceListEntry" e
       WHERE e."sku" = ANY(${skus})
         AND e."effectiveFrom" <= ${date}::date AND (e."effectiveTo" IS NULL OR e."effectiveTo" >= ${date}::date)
         AND (e."priceListId" = ${standardListId} OR e."priceListId" = (SELECT c."priceListId" FROM "Customer" c WHERE c."id" = ${customerId}))`,
  ]);
  const bySku = new Map(
    items.map((item) => [
      item.sku,
      {
        sku: item.sku,
        baseUom: item.baseUom,
        alternateUoms: item.uoms
          .filter((unit) => unit.uom !== item.baseUom)
          .map((unit) => ({ uom: unit.uom, factorToBase: unit.factorToBase })),
      },
    ]),
  );
  return { customer: customers[0], items: bySku, entries };
}
