import type { CustomerInput } from '@crossdock/shared-contracts/contracts/api/system-customers';
import {
  IMPORT_COLUMNS,
  importRowKey,
  type ImportKind,
  type ImportRow,
  type RejectedRow,
} from '@crossdock/shared-contracts/contracts/api/system-imports';
import type { ItemInput } from '@crossdock/shared-contracts/contracts/api/system-items';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import { CUSTOMER_STATUSES, customerSchema } from '@crossdock/shared-contracts/contracts/model/customer';
import { ITEM_STATUSES, itemSchema, type UomConversion } from '@crossdock/shared-contracts/contracts/model/item';
import { priceListEntrySchema } from '@crossdock/shared-contracts/contracts/model/price-list';
import type { ImportRecord, InventorySnapshot, PriceImport } from '../erp/ports/import-port';
import { checkRecord, RowRejected, RowValues } from './import-row-values';

export interface ReadRows<T> {
  records: ImportRecord<T>[];
  rejected: RejectedRow[];
}

/** What each kind of row becomes. */
export interface ImportRecordTypes {
  items: ItemInput;
  customers: CustomerInput;
  prices: PriceImport;
  inventory: InventorySnapshot;
}

// Column sizes the reference ERP's tables hold (Item.weightKg is numeric(12,4), amounts numeric(18,4)).
const WEIGHT_DIGITS = 8;
const AMOUNT_DIGITS = 14;
export const DEFAULT_SNAPSHOT_REASON = 'inventory snapshot import';

const READERS: { [K in ImportKind]: (values: RowValues) => ImportRecordTypes[K] } = {
  items: readItem,
  customers: readCustomer,
  prices: readPrice,
  inventory: readSnapshot,
};

/**
 * Reads a batch of rows into records, each row on its own: a row that cannot be read is rejected
 * with its line and reason and the others go on. A row naming the same record as an earlier row of
 * the batch is rejected as a duplicate; so is a row with a column the kind does not have.
 */
export function readImportRows<K extends ImportKind>(kind: K, rows: ImportRow[]): ReadRows<ImportRecordTypes[K]> {
  const known = new Set([...IMPORT_COLUMNS[kind].required, ...IMPORT_COLUMNS[kind].optional]);
  const firstLineOf = new Map<string, number>();
  const result: ReadRows<ImportRecordTypes[K]> = { records: [], rejected: [] };
  for (const row of rows) {
    try {
      const unknown = Object.keys(row.values).find((column) => !known.has(column));
      if (unknown) throw new RowRejected(`column "${unknown}" is not a column of ${kind} (${[...known].join(', ')})`);
      const record = READERS[kind](new RowValues(row.values));
      const key = importRowKey(kind, row.values);
      const first = firstLineOf.get(key);
      if (first !== undefined) throw new RowRejected(`duplicate of line ${first}`);
      firstLineOf.set(key, row.line);
      result.records.push({ line: row.line, record });
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
      result.rejected.push({ line: row.line, reason: error.message });
    }
  }
  return result;
}

function readItem(row: RowValues): ItemInput {
  const item: ItemInput = {
    sku: row.required('sku'),
    description: row.required('description'),
    status: row.oneOf('status', ITEM_STATUSES) ?? 'active',
    baseUom: row.required('baseUom'),
    alternateUoms: readConversions(row.text('alternateUoms')),
    returnable: row.boolean('returnable') ?? true,
  };
  const weightKg = row.decimal('weightKg', WEIGHT_DIGITS);
  if (weightKg !== undefined) item.weightKg = weightKg;
  return checkRecord(itemSchema, item);
}

/** "CS=12;PL=480": each alternate unit and how many base units it holds. */
function readConversions(text: string | undefined): UomConversion[] {
  if (text === undefined) return [];
  return text.split(';').map((pair) => {
    const match = /^\s*([^=\s]+)\s*=\s*(\d{1,9})\s*$/.exec(pair);
    if (!match || Number(match[2]) < 1)
      throw new RowRejected(`alternateUoms "${text}" must be UNIT=factor pairs separated by ";", such as CS=12;PL=480`);
    return { uom: match[1]!, factorToBase: Number(match[2]) };
  });
}

function readCustomer(row: RowValues): CustomerInput {
  const name = row.required('name');
  const billTo = readAddress(row, 'billTo', name);
  const hasShipTo = ['Name', 'Line1', 'Line2', 'City', 'Region', 'PostalCode', 'Country'].some(
    (part) => row.text(`shipTo${part}`) !== undefined,
  );
  const customer: CustomerInput = {
    id: row.required('id'),
    name,
    status: row.oneOf('status', CUSTOMER_STATUSES) ?? 'active',
    currency: row.text('currency') ?? 'USD',
    creditLimit: row.decimal('creditLimit', AMOUNT_DIGITS) ?? row.missing('creditLimit'),
    paymentTerms: row.text('paymentTerms') ?? 'NET30',
    taxJurisdiction: row.required('taxJurisdiction'),
    allowBackorders: row.boolean('allowBackorders') ?? true,
    billTo,
    // A customer without a ship-to of its own is delivered where it is billed.
    shipTo: hasShipTo ? readAddress(row, 'shipTo', name) : billTo,
  };
  const priceListId = row.text('priceListId');
  const preferredWarehouseId = row.text('preferredWarehouseId');
  if (priceListId) customer.priceListId = priceListId;
  if (preferredWarehouseId) customer.preferredWarehouseId = preferredWarehouseId;
  return checkRecord(customerSchema.omit({ updatedAt: true }), customer);
}

function readAddress(row: RowValues, prefix: 'billTo' | 'shipTo', customerName: string): Address {
  const address: Address = {
    name: row.text(`${prefix}Name`) ?? customerName,
    line1: row.required(`${prefix}Line1`),
    city: row.required(`${prefix}City`),
    postalCode: row.required(`${prefix}PostalCode`),
    country: row.required(`${prefix}Country`),
  };
  const line2 = row.text(`${prefix}Line2`);
  const region = row.text(`${prefix}Region`);
  if (line2) address.line2 = line2;
  if (region) address.region = region;
  return address;
}

function readPrice(row: RowValues): PriceImport {
  const price: PriceImport = {
    priceListId: row.required('priceListId'),
    sku: row.required('sku'),
    uom: row.required('uom'),
    minimumQuantity: row.integer('minimumQuantity', 1) ?? 1,
    unitPrice: row.decimal('unitPrice', AMOUNT_DIGITS) ?? row.missing('unitPrice'),
    effectiveFrom: row.date('effectiveFrom') ?? row.missing('effectiveFrom'),
  };
  const effectiveTo = row.date('effectiveTo');
  if (effectiveTo) price.effectiveTo = effectiveTo;
  const { priceListId, ...entry } = price;
  return { priceListId, ...checkRecord(priceListEntrySchema, entry) };
}

function readSnapshot(row: RowValues): InventorySnapshot {
  const reason = row.text('reason') ?? DEFAULT_SNAPSHOT_REASON;
  if (reason.length < 3) throw new RowRejected(`reason "${reason}" is too short: say why the stock is what it is`);
  return {
    sku: row.required('sku'),
    warehouseId: row.required('warehouseId'),
    onHand: row.integer('onHand', 0) ?? row.missing('onHand'),
    reason,
  };
}
