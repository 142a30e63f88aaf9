import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import {
  IMPORT_KINDS,
  type ImportBatchResult,
  type ImportKind,
} from '@crossdock/shared-contracts/contracts/api/system-imports';
import { UpstreamProblemError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { CliClientConfig } from '../../config/cli-client-config';
import { CsvFormatError } from '../csv/read-csv';
import { parseOptions, UsageError } from '../usage-error';
import { countRows, importFile, ImportStopped, type ImportSummary } from './import-file';
import { createProgressBar, type ProgressStream } from './progress-bar';

export const IMPORT_USAGE = `crossdock import <kind> <file.csv> [--report <file>] [--batch-size <rows>]
  Imports master data into the ERP through a running Crossdock: kind is ${IMPORT_KINDS.join(', ')}.
  Rows are applied whole or rejected with their line and reason, written to <file>.rejected.csv
  (or --report). Talks to CROSSDOCK_URL (default http://127.0.0.1:$PORT, port 8080) with
  CROSSDOCK_TOKEN, or a token it signs with CROSSDOCK_JWT_SECRET as \`crossdock token\` does.
  Exit code: 0 all rows imported, 3 some rows rejected, 1 the import could not run or stopped.`;

export interface CommandOutput {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

const DEFAULT_BATCH_SIZE = 1000;
const MAX_BATCH_SIZE = 5000;
// One batch of thousands of rows may take a while on a busy ERP; it is retried when it fails on the way.
const BATCH_TIMEOUT_MS = 120_000;
const TOKEN_SECONDS = 12 * 3600;
const number = new Intl.NumberFormat('en-US');

/** `crossdock import`: a CSV file into the ERP through the gateway, with a progress bar and a rejected-row report. */
export async function importCommand(
  args: string[],
  config: CliClientConfig,
  cwd: string,
  output: CommandOutput,
): Promise<number> {
  const { values, positionals } = parseOptions(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { report: { type: 'string' }, 'batch-size': { type: 'string' } },
    }),
  );
  const [kind, file, ...extra] = positionals;
  if (!kind || !file || extra.length > 0) throw new UsageError(`Usage: ${IMPORT_USAGE}`);
  if (!(IMPORT_KINDS as readonly string[]).includes(kind))
    throw new UsageError(`"${kind}" is not something Crossdock imports; the kinds are ${IMPORT_KINDS.join(', ')}.`);
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE)
    throw new UsageError(`--batch-size must be a whole number from 1 to ${MAX_BATCH_SIZE}.`);
  const csvFile = path.resolve(cwd, file);
  const reportFile = path.resolve(cwd, values.report ?? `${csvFile.replace(/\.csv$/i, '')}.rejected.csv`);

  const started = performance.now();
  const total = await readable(() => countRows(kind as ImportKind, csvFile), csvFile);
  const bar = createProgressBar({ label: path.basename(csvFile), total, stream: output.stderr });
  const token =
    config.token ??
    signToken(config.tokens, {
      subject: 'crossdock-import',
      scopes: ['system:read', 'system:write'],
      expiresInSeconds: TOKEN_SECONDS,
    });
  const client = createUpstreamClient({
    name: 'crossdock',
    baseUrl: `${config.gatewayUrl}/system/v1`,
    timeoutMs: BATCH_TIMEOUT_MS,
    retry: { maxRetries: 4, baseDelayMs: 250, maxDelayMs: 4_000 },
    // The CLI is the only caller here: a failing platform stops the import instead of tripping a breaker.
    breaker: { volumeThreshold: 1_000_000 },
    // Retries are the client kit's to log; the progress bar and the summary say what the user needs.
    logger: createLogger({
      service: 'crossdock-import',
      level: 'error',
      stream: new Writable({ write: (_chunk, _encoding, done) => done() }),
    }),
    credentials: () => token,
  });
  const run = randomUUID();
  let batches = 0;
  try {
    const summary = await readable(
      () =>
        importFile({
          kind: kind as ImportKind,
          file: csvFile,
          batchSize,
          onProgress: (done, rejected) => bar.update(done, rejected),
          // The batch's key makes a retry after a lost answer safe to send; importing a row twice changes nothing more.
          send: async (rows) =>
            (
              await client.post<ImportBatchResult>(`/imports/${kind}`, {
                body: { rows },
                headers: { 'Idempotency-Key': `import-${run}-${++batches}` },
              })
            ).data,
        }),
      csvFile,
    );
    bar.finish();
    await writeReport(reportFile, summary);
    output.stdout.write(describeSummary(kind, csvFile, summary, (performance.now() - started) / 1000, reportFile));
    return summary.rejected.length > 0 ? 3 : 0;
  } catch (error) {
    if (!(error instanceof ImportStopped)) throw error;
    bar.finish();
    await writeReport(reportFile, error.summary);
    output.stderr.write(
      `The import stopped: ${why(error.reason, config.gatewayUrl)}\nRows from line ${error.firstLineNotImported} on may not have been imported; rows rejected so far are in ${reportFile}. Importing the file again is safe: rows already imported come back unchanged.\n`,
    );
    return 1;
  } finally {
    client.shutdown();
  }
}

/** Runs a read of the file, turning a missing file or bad CSV into a usage error that names it. */
async function readable<T>(read: () => Promise<T>, file: string): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CsvFormatError) throw new UsageError(`${file} is not valid CSV: ${error.message}`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UsageError(`Cannot read ${file}: there is no such file.`);
    throw error;
  }
}

function why(reason: unknown, gatewayUrl: string): string {
  if (reason instanceof UpstreamProblemError) {
    const hint =
      reason.status === 401
        ? ' Set CROSSDOCK_TOKEN, or CROSSDOCK_JWT_SECRET to the platform’s secret.'
        : reason.status === 403
          ? ' The token needs the system:write scope.'
          : '';
    return `Crossdock answered ${reason.status} ${reason.title}: ${reason.message}.${hint}`;
  }
  return `Crossdock at ${gatewayUrl} could not take a batch: ${coerceError(reason).message}`;
}

/** The rejected rows as CSV: line,reason, in line order; a header alone when nothing was rejected. */
async function writeReport(file: string, summary: ImportSummary): Promise<void> {
  const lines = ['line,reason', ...summary.rejected.map((row) => `${row.line},${csvField(row.reason)}`)];
  await writeFile(file, `${lines.join('\n')}\n`);
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function describeSummary(
  kind: string,
  file: string,
  summary: ImportSummary,
  seconds: number,
  reportFile: string,
): string {
  const rate = summary.rows / Math.max(seconds, 0.001);
  const row = (label: string, count: number, note = '') =>
    `  ${label.padEnd(10)}${number.format(count).padStart(10)}${note}\n`;
  return (
    `Imported ${path.basename(file)} (${kind}): ${number.format(summary.rows)} rows in ${seconds.toFixed(1)} s (${number.format(Math.round(rate))} rows/s)\n` +
    row('created', summary.created) +
    row('updated', summary.updated) +
    row('unchanged', summary.unchanged) +
    row('rejected', summary.rejected.length, `   report: ${reportFile}`)
  );
}
