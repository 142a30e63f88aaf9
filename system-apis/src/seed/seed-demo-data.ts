import type { ErpDatabase } from '../database';
import { STANDARD_PRICE_LIST_ID } from '../erp/reference/pricing';
import { demoCatalogue } from './demo-catalogue';

const ACME_CONTRACT_LIST_ID = 'PL-ACME-2026';
const SEED_LOCK_KEY = 7_240_001;

const address = (name: string, line1: string, city: string, region: string, postalCode: string) => ({ name, line1, city, region, postalCode, country: 'US' });

/**
 * Fills an empty reference ERP with demo data: three customers (one with a contract price list,
 * one on credit hold), two warehouses with stock, and the demo catalogue on a standard price list.
 * It does nothing when the ERP already has customers, so restarts and real data are left alone.
 */
export async function seedDemoData(db: ErpDatabase): Promise<boolean> {
  if ((await db.customer.count()) > 0) return false;
  const catalogue = demoCatalogue();
  const effectiveFrom = new Date('2026-01-01');
  return db.$transaction(async (tx) => {
    // Replicas starting together on an empty ERP: one seeds, the others wait here and then see it done.
    await tx.$executeRaw`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
    if ((await tx.customer.count()) > 0) return false;
    await tx.warehouse.createMany({
      data: [
        { id: 'WH-DAL', name: 'Dallas distribution centre', address: address('Crossdock Dallas DC', '4500 Logistics Pkwy', 'Dallas', 'TX', '75236'), timeZone: 'America/Chicago' },
        { id: 'WH-ATL', name: 'Atlanta distribution centre', address: address('Crossdock Atlanta DC', '880 Freight Dr', 'Atlanta', 'GA', '30336'), timeZone: 'America/New_York' },
      ],
    });
    await tx.priceList.createMany({
      data: [
        { id: STANDARD_PRICE_LIST_ID, name: 'Standard list prices', currency: 'USD' },
        { id: ACME_CONTRACT_LIST_ID, name: 'Acme Hardware contract 2026', currency: 'USD' },
      ],
    });
    await tx.item.createMany({
      data: catalogue.map((item) => ({ sku: item.sku, description: item.description, baseUom: item.baseUom, weightKg: item.weightKg, returnable: item.returnable })),
    });
    await tx.itemUom.createMany({
      data: catalogue.flatMap((item) => [{ sku: item.sku, uom: item.baseUom, factorToBase: 1 }, ...item.packs.map((pack) => ({ sku: item.sku, uom: pack.uom, factorToBase: pack.factor }))]),
    });
    await tx.priceListEntry.createMany({
      data: [
        ...catalogue.map((item) => ({ priceListId: STANDARD_PRICE_LIST_ID, sku: item.sku, uom: 'EA', minQuantity: 1, unitPrice: item.listPrice, effectiveFrom })),
        // Acme's contract: its own price on the bolts, with a break at 500, and a case price on gloves.
        ...catalogue
          .filter((item) => item.sku.startsWith('HXB-'))
          .flatMap((item) => [
            { priceListId: ACME_CONTRACT_LIST_ID, sku: item.sku, uom: 'EA', minQuantity: 1, unitPrice: discounted(item.listPrice, 90), effectiveFrom },
            { priceListId: ACME_CONTRACT_LIST_ID, sku: item.sku, uom: 'EA', minQuantity: 500, unitPrice: discounted(item.listPrice, 80), effectiveFrom },
          ]),
        { priceListId: ACME_CONTRACT_LIST_ID, sku: 'GLV-002', uom: 'CS', minQuantity: 1, unitPrice: '33.00', effectiveFrom },
      ],
    });
    await tx.customer.createMany({
      data: [
        { id: 'C-1001', name: 'Acme Hardware', creditLimit: '50000.00', paymentTerms: 'NET30', taxJurisdiction: 'US-TX', priceListId: ACME_CONTRACT_LIST_ID, preferredWarehouseId: 'WH-DAL', billTo: address('Acme Hardware — Accounts Payable', '1200 Commerce St', 'Dallas', 'TX', '75202'), shipTo: address('Acme Hardware — Store 112', '2400 Elm St', 'Dallas', 'TX', '75226') },
        { id: 'C-1002', name: 'Brightline Supply', creditLimit: '20000.00', paymentTerms: 'NET45', taxJurisdiction: 'US-GA', preferredWarehouseId: 'WH-ATL', billTo: address('Brightline Supply', '55 Peachtree Ct', 'Atlanta', 'GA', '30303'), shipTo: address('Brightline Supply — Warehouse', '900 Industrial Blvd', 'Marietta', 'GA', '30062') },
        { id: 'C-1003', name: 'Coastal Builders', status: 'on_hold', creditLimit: '5000.00', paymentTerms: 'NET15', taxJurisdiction: 'US-FL', allowBackorders: false, billTo: address('Coastal Builders', '17 Harbor Way', 'Tampa', 'FL', '33602'), shipTo: address('Coastal Builders — Site 4', '3100 Bayshore Blvd', 'Tampa', 'FL', '33629') },
      ],
    });
    await tx.inventoryPosition.createMany({
      data: catalogue.flatMap((item, index) => [
        { sku: item.sku, warehouseId: 'WH-DAL', onHand: 200 + (index % 7) * 150, onOrder: index % 5 === 0 ? 500 : 0 },
        { sku: item.sku, warehouseId: 'WH-ATL', onHand: (index % 4) * 120 },
      ]),
    });
    return true;
  });
}

/** `price` (two decimals) less a discount, in whole cents, rounded half up. */
function discounted(price: string, percentOfList: number): string {
  const cents = (BigInt(price.replace('.', '')) * BigInt(percentOfList) + 50n) / 100n;
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}
