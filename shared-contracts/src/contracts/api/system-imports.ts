/**
 * Contracts of the system API's master-data import: rows of a table (a CSV file, a spreadsheet
 * export) sent in batches; each row is applied whole or rejected with its line and the reason.
 */

/** The values of {@link ImportKind}, for runtime checks and iteration. */
export const IMPORT_KINDS = ['items', 'customers', 'prices', 'inventory'] as const;

/** What a batch holds: items, customers, price-list entries, or inventory snapshots (on hand per item and warehouse). */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One row: where it was in the file, and its values by column name, as text. */
export interface ImportRow {
  /**
   * The row's line in the file it came from (the header is line 1), echoed in rejections.
   * @isInt
   * @minimum 1
   */
  line: number;
  /** The row's values by column name, exactly as in the file. */
  values: { [column: string]: string };
}

export interface ImportBatchRequest {
  /**
   * @minItems 1
   * @maxItems 5000
   */
  rows: ImportRow[];
}

/** A row that was not applied, and why. */
export interface RejectedRow {
  /** @isInt */
  line: number;
  /** @example "weightKg \"heavy\" is not a decimal number such as 0.026" */
  reason: string;
}

/** What became of a batch: every row is counted once, as created, updated, unchanged or rejected. */
export interface ImportBatchResult {
  /** @isInt */
  created: number;
  /** @isInt */
  updated: number;
  /**
   * Rows equal to what the ERP already holds: nothing was written for them.
   * @isInt
   */
  unchanged: number;
  rejected: RejectedRow[];
}

/** The columns of each kind; a file may hold them in any order, and no others. */
export const IMPORT_COLUMNS: Record<ImportKind, { required: readonly string[]; optional: readonly string[] }> = {
  items: {
    required: ['sku', 'description', 'baseUom'],
    optional: ['status', 'weightKg', 'returnable', 'alternateUoms'],
  },
  customers: {
    required: [
      'id',
      'name',
      'creditLimit',
      'taxJurisdiction',
      'billToLine1',
      'billToCity',
      'billToPostalCode',
      'billToCountry',
    ],
    optional: [
      'status',
      'currency',
      'paymentTerms',
      'priceListId',
      'preferredWarehouseId',
      'allowBackorders',
      'billToName',
      'billToLine2',
      'billToRegion',
      'shipToName',
      'shipToLine1',
      'shipToLine2',
      'shipToCity',
      'shipToRegion',
      'shipToPostalCode',
      'shipToCountry',
    ],
  },
  prices: {
    required: ['priceListId', 'sku', 'uom', 'unitPrice', 'effectiveFrom'],
    optional: ['minimumQuantity', 'effectiveTo'],
  },
  inventory: { required: ['sku', 'warehouseId', 'onHand'], optional: ['reason'] },
};

/**
 * What makes two rows of a kind the same record: a file that names it twice is ambiguous, so the
 * later row is rejected as a duplicate. Items by SKU, customers by id, prices by list, item, unit,
 * minimum quantity and start date, inventory by item and warehouse.
 */
export function importRowKey(kind: ImportKind, values: ImportRow['values']): string {
  const value = (column: string) => (values[column] ?? '').trim();
  switch (kind) {
    case 'items':
      return value('sku');
    case 'customers':
      return value('id');
    case 'prices':
      return [
        value('priceListId'),
        value('sku'),
        value('uom'),
        value('minimumQuantity') || '1',
        value('effectiveFrom'),
      ].join('\u0000');
    case 'inventory':
      return [value('sku'), value('warehouseId')].join('\u0000');
  }
}

/** The columns of a header that are not columns of `kind`, and the required ones it lacks. */
export function checkImportHeader(
  kind: ImportKind,
  header: readonly string[],
): { unknown: string[]; missing: string[] } {
  const { required, optional } = IMPORT_COLUMNS[kind];
  const known = new Set([...required, ...optional]);
  return {
    unknown: header.filter((column) => !known.has(column)),
    missing: required.filter((column) => !header.includes(column)),
  };
}
