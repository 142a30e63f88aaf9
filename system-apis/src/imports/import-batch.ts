import type {
  ImportBatchResult,
  ImportKind,
  ImportRow,
} from '@crossdock/shared-contracts/contracts/api/system-imports';
import type { WriteActor } from '../erp/ports/common';
import type { ErpAdapter } from '../erp/ports/erp-adapter';
import type { ImportOutcome } from '../erp/ports/import-port';
import { readImportRows } from './read-import-rows';

/**
 * Imports one batch of rows of one kind: reads each row (rejecting the ones that cannot be read),
 * then hands the rest to the ERP, which applies them in one transaction and rejects what it knows
 * to be wrong (an unknown warehouse, price list or unit). Every row comes back counted once.
 */
export async function importBatch(
  erp: ErpAdapter,
  kind: ImportKind,
  rows: ImportRow[],
  by: WriteActor,
): Promise<ImportBatchResult> {
  const read = readImportRows(kind, rows);
  const applied: ImportOutcome =
    read.records.length === 0
      ? { created: 0, updated: 0, unchanged: 0, rejected: [] }
      : await erp.imports[kind](read.records as never, by);
  const rejected = [...read.rejected, ...applied.rejected].sort((a, b) => a.line - b.line);
  return { created: applied.created, updated: applied.updated, unchanged: applied.unchanged, rejected };
}
