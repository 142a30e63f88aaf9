import type { ErpDatabase } from '../../../database';
import type { MasterDataImportPort } from '../../ports/import-port';
import { importCustomers } from './import-customers';
import { importInventory } from './import-inventory';
import { importItems } from './import-items';
import { importPrices } from './import-prices';

/** Batches of master data on the reference ERP: a few multi-row statements per batch, in one transaction. */
export function createReferenceImports(db: ErpDatabase): MasterDataImportPort {
  return {
    items: (records, by) => importItems(db, records, by),
    customers: (records, by) => importCustomers(db, records, by),
    prices: (records, by) => importPrices(db, records, by),
    inventory: (records, by) => importInventory(db, records, by),
  };
}
