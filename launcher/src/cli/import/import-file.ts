import { createReadStream } from 'node:fs';
import {
  checkImportHeader,
  importRowKey,
  type ImportBatchResult,
  type ImportKind,
  type ImportRow,
  type RejectedRow,
} from '@crossdock/shared-contracts/contracts/api/system-imports';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { readCsvRecords, type CsvRecord } from '../csv/read-csv';
import { UsageError } from '../usage-error';

/** Sends one batch to the system API's import and answers what became of it. */
export type SendBatch = (rows: ImportRow[]) => Promise<ImportBatchResult>;

export interface ImportFileOptions {
  kind: ImportKind;
  file: string;
  /** Most rows per batch. */
  batchSize: number;
  send: SendBatch;
  /** Called as rows are done (imported or rejected), with the running counts. */
  onProgress?: (done: number, rejected: number) => void;
}

export interface ImportSummary {
  /** Data rows in the file (the header not counted). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Every rejected row, by line. */
  rejected: RejectedRow[];
}

/** A batch could not be imported (the platform unreachable, the token refused): the import stops. */
export class ImportStopped extends Error {
  override name = 'ImportStopped';
  constructor(
    readonly summary: ImportSummary,
    readonly firstLineNotImported: number,
    readonly reason: unknown,
  ) {
    super(coerceError(reason).message);
  }
}

// A batch stays well under the gateway's 1 MiB body limit, whatever the rows hold.
const MAX_BATCH_BYTES = 512 * 1024;
// Two batches in flight: the next is read and sent while the ERP writes the one before.
const BATCHES_IN_FLIGHT = 2;

/** The file's records, its header checked against the kind's columns (a wrong file is a usage error, nothing is sent). */
async function* recordsOf(kind: ImportKind, file: string): AsyncGenerator<CsvRecord, void, undefined> {
  let header: string[] | undefined;
  for await (const record of readCsvRecords(createReadStream(file))) {
    if (header) {
      yield record;
      continue;
    }
    header = record.fields.map((column) => column.trim());
    const { unknown, missing } = checkImportHeader(kind, header);
    const repeated = header.filter((column, index) => header!.indexOf(column) !== index);
    if (unknown.length || missing.length || repeated.length) {
      const problems = [
        unknown.length && `unknown column(s) ${unknown.map((column) => JSON.stringify(column)).join(', ')}`,
        missing.length && `missing column(s) ${missing.join(', ')}`,
        repeated.length && `repeated column(s) ${repeated.join(', ')}`,
      ];
      throw new UsageError(`${file} does not have the columns of ${kind}: ${problems.filter(Boolean).join('; ')}.`);
    }
    yield { line: record.line, fields: header };
  }
  if (!header) throw new UsageError(`${file} is empty: a CSV file with a header line is expected.`);
}

/** Counts the data rows, for the progress bar's total (a first quick pass over the file). */
export async function countRows(kind: ImportKind, file: string): Promise<number> {
  let count = -1;
  for await (const _record of recordsOf(kind, file)) count += 1;
  return count;
}

/**
 * Streams a CSV file into the system API's import, a batch at a time. Rows the CLI can refuse on
 * its own (a wrong number of fields, a record already named earlier in the file) are rejected here
 * with their line; the rest go to the platform, which answers for each. Stops at the first batch
 * that cannot be imported at all, with what was done so far.
 */
export async function importFile(options: ImportFileOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: [] };
  const firstLineOf = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  let failure: ImportStopped | undefined;
  let done = 0;
  let batch: ImportRow[] = [];
  let batchBytes = 0;

  const progress = () => options.onProgress?.(done, summary.rejected.length);
  const reject = (line: number, reason: string) => {
    summary.rejected.push({ line, reason });
    done += 1;
    progress();
  };
  const send = async (rows: ImportRow[]) => {
    try {
      const result = await options.send(rows);
      summary.created += result.created;
      summary.updated += result.updated;
      summary.unchanged += result.unchanged;
      summary.rejected.push(...result.rejected);
      done += rows.length;
      progress();
    } catch (error) {
      const firstLine = Math.min(rows[0]!.line, failure?.firstLineNotImported ?? Number.POSITIVE_INFINITY);
      failure = new ImportStopped(summary, firstLine, failure?.reason ?? error);
    }
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const sending = send(batch).finally(() => inFlight.delete(sending));
    inFlight.add(sending);
    batch = [];
    batchBytes = 0;
    if (inFlight.size >= BATCHES_IN_FLIGHT) await Promise.race(inFlight);
  };

  let header: string[] | undefined;
  for await (const record of recordsOf(options.kind, options.file)) {
    if (failure) break;
    if (!header) {
      header = record.fields;
      continue;
    }
    summary.rows += 1;
    if (record.fields.length !== header.length) {
      reject(record.line, `has ${record.fields.length} field(s); the header has ${header.length}`);
      continue;
    }
    const values = Object.fromEntries(header.map((column, index) => [column, record.fields[index]!]));
    // Rows in different batches never meet on the server: the file as a whole is checked here.
    const key = importRowKey(options.kind, values);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      reject(record.line, `duplicate of line ${first}`);
      continue;
    }
    firstLineOf.set(key, record.line);
    const row: ImportRow = { line: record.line, values };
    const bytes = Buffer.byteLength(JSON.stringify(row));
    if (batch.length > 0 && (batch.length >= options.batchSize || batchBytes + bytes > MAX_BATCH_BYTES)) await flush();
    batch.push(row);
    batchBytes += bytes;
  }
  if (!failure) await flush();
  await Promise.all(inFlight);
  summary.rejected.sort((a, b) => a.line - b.line);
  if (failure) throw failure;
  progress();
  return summary;
}
