import type { CustomerInput } from '@crossdock/shared-contracts/contracts/api/system-customers';
import type { ItemInput } from '@crossdock/shared-contracts/contracts/api/system-items';
import type { PriceListEntryInput } from '@crossdock/shared-contracts/contracts/api/system-price-lists';
import type { RejectedRow } from '@crossdock/shared-contracts/contracts/api/system-imports';
import type { WriteActor } from './common';

/** A record read from one row, with the row's line for the rejection report. */
export interface ImportRecord<T> {
  line: number;
  record: T;
}

/** A price for a list, as an import row gives it. */
export interface PriceImport extends PriceListEntryInput {
  priceListId: string;
}

/** What stock an item should have in a warehouse, counted: the ERP moves it there with an adjustment. */
export interface InventorySnapshot {
  sku: string;
  warehouseId: string;
  /** In the item's base unit; whole, at least 0. */
  onHand: number;
  /** Kept with the adjustment movement. */
  reason: string;
}

/** What became of a batch of records; each is counted once. */
export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** Records the ERP refused (unknown warehouse, price list, unit...), each with its line. */
  rejected: RejectedRow[];
}

/**
 * Master data in batches. Each record is applied whole or rejected whole with its reason; what a
 * batch applies, it applies in one transaction. Items and customers are created or replaced (the
 * import is the source of truth: no If-Match), records equal to what the ERP holds are left
 * untouched; prices are added as new entries unless the same entry exists; a snapshot sets on hand
 * through an adjustment movement, so stock still changes only by movements.
 */
export interface MasterDataImportPort {
  items(records: ImportRecord<ItemInput>[], by: WriteActor): Promise<ImportOutcome>;
  customers(records: ImportRecord<CustomerInput>[], by: WriteActor): Promise<ImportOutcome>;
  prices(records: ImportRecord<PriceImport>[], by: WriteActor): Promise<ImportOutcome>;
  inventory(records: ImportRecord<InventorySnapshot>[], by: WriteActor): Promise<ImportOutcome>;
}
