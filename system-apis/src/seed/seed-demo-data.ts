import type { ErpDatabase } from '../database';
import { demoCatalogue } from './demo-catalogue';
import { demoCustomers, demoPriceEntries, demoPriceLists } from './demo-customers';
import { DEMO_WAREHOUSES, demoStock } from './demo-stock';

const SEED_LOCK_KEY = 7_240_001;

/** Rows per insert: well under PostgreSQL's 65,535 bind parameters for the widest table seeded. */
const BATCH_SIZE = 1000;

/**
 * Fills an empty reference ERP with the demo distributor: 50 customers (15 on contract price lists, a
 * few on credit hold), three warehouses with stock, and a catalogue of over 800 items on the standard
 * price list. It does nothing when the ERP already has customers, so restarts and real data are left alone.
 */
export async function seedDemoData(db: ErpDatabase): Promise<boolean> {
  if ((await db.customer.count()) > 0) return false;
  const catalogue = demoCatalogue();
  return db.$transaction(
    async (tx) => {
      // Replicas starting together on an empty ERP: one seeds, the others wait here and then see it done.
      await tx.$executeRaw`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      if ((await tx.customer.count()) > 0) return false;
      await tx.warehouse.createMany({ data: DEMO_WAREHOUSES });
      await tx.priceList.createMany({ data: demoPriceLists() });
      for (const data of batches(
        catalogue.map((item) => ({
          sku: item.sku,
          description: item.description,
          baseUom: item.baseUom,
          weightKg: item.weightKg,
          returnable: item.returnable,
        })),
      )) {
        await tx.item.createMany({ data });
      }
      const units = catalogue.flatMap((item) => [
        { sku: item.sku, uom: item.baseUom, factorToBase: 1 },
        ...item.packs.map((pack) => ({ sku: item.sku, uom: pack.uom, factorToBase: pack.factor })),
      ]);
      for (const data of batches(units)) await tx.itemUom.createMany({ data });
      for (const data of batches(demoPriceEntries(catalogue))) await tx.priceListEntry.createMany({ data });
      await tx.customer.createMany({ data: demoCustomers() });
      const stock = demoStock(catalogue);
      for (const data of batches(stock)) await tx.inventoryPosition.createMany({ data });
      // Stock changes only with a movement saying why, opening balances included.
      const openingBalances = stock
        .flatMap(({ sku, warehouseId, onHand = 0 }) => (onHand > 0 ? [{ sku, warehouseId, onHand }] : []))
        .map(({ sku, warehouseId, onHand }) => ({
          sku,
          warehouseId,
          kind: 'receipt',
          quantity: onHand,
          reason: 'opening balance (demo data)',
          onHandAfter: onHand,
          allocatedAfter: 0,
          actor: 'demo-seed',
          correlationId: 'demo-seed',
        }));
      for (const data of batches(openingBalances)) await tx.inventoryMovement.createMany({ data });
      return true;
    },
    // A few thousand rows take well under the default 5 s, but a cold, busy database should not abort the seed.
    { timeout: 30_000 },
  );
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) yield rows.slice(start, start + BATCH_SIZE);
}
