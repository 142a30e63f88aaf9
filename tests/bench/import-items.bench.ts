/**
 * Benchmark of the master-data import (issue: channels, CSV / bulk): 100,000 item rows, some of them
 * deliberately bad, imported with the real `crossdock import` command line through a running
 * platform (gateway → system API → reference ERP), on a throwaway embedded PostgreSQL. The import's
 * progress bar is shown as it runs; the figures are printed at the end, and checked against the ERP.
 *
 *   npx -y pnpm@10 bench:import          (ROWS=250000 to change the size)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { startEmbeddedCluster } from '@crossdock/shared-contracts/database/embedded-cluster';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { startPlatform } from '@crossdock/gateway/embedded/start-platform';
import { REPO_ROOT, TEST_TOKENS } from '../support/test-platform';

const ROWS = Number(process.env.ROWS ?? 100_000);

/**
 * The rows: every 100th has a weight that is not a number, every 250th no SKU, every 500th repeats
 * the SKU of the row before; the rest are good items with two alternate units.
 */
function itemsCsv(rows: number): { text: string; bad: number } {
  const lines = ['sku,description,baseUom,alternateUoms,weightKg,returnable,status'];
  let bad = 0;
  for (let index = 1; index <= rows; index++) {
    const sku = `BENCH-${String(index).padStart(7, '0')}`;
    if (index % 100 === 7) lines.push(`${sku},"Bench item ${index}, bad weight",EA,CS=12,heavy,yes,active`);
    else if (index % 250 === 3) lines.push(`,"Bench item ${index}, no SKU",EA,,0.5,yes,active`);
    else if (index % 500 === 11) lines.push(`BENCH-${String(index - 1).padStart(7, '0')},"Bench item ${index}, a duplicate",EA,,0.5,yes,active`);
    else {
      lines.push(`${sku},"Bench item ${index}, zinc plated ""grade A""",EA,CS=12;PL=480,0.${String(index % 1000).padStart(3, '0')},yes,active`);
      continue;
    }
    bad += 1;
  }
  return { text: `${lines.join('\n')}\n`, bad };
}

/** Runs the command line as a user does, its progress bar on this terminal; resolves with its output and time. */
function runImport(file: string, url: string): Promise<{ code: number; stdout: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['gateway/src/cli/main.ts', 'import', 'items', file], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CROSSDOCK_URL: url, CROSSDOCK_JWT_SECRET: TEST_TOKENS.secret },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, seconds: (performance.now() - started) / 1000 }));
  });
}

const folder = await mkdtemp(path.join(os.tmpdir(), 'crossdock-bench-import-'));
const cluster = await startEmbeddedCluster({ dataDir: await mkdtemp(path.join(os.tmpdir(), 'crossdock-bench-')), ephemeral: true });
try {
  for (const name of ['bench_system', 'bench_process']) await cluster.ensureDatabase(name);
  const platform = await startPlatform({
    gateway: await loadGatewayFile(path.join(REPO_ROOT, 'gateway.yaml'), {}),
    tokens: TEST_TOKENS,
    dataDir: '(unused)',
    databases: { system: cluster.urlFor('bench_system'), process: cluster.urlFor('bench_process') },
    port: 0,
    logStream: new Writable({ write: (_chunk, _encoding, done) => done() }),
  });
  const erp = new pg.Client({ connectionString: cluster.urlFor('bench_system') });
  await erp.connect();
  try {
    const { text, bad } = itemsCsv(ROWS);
    const file = path.join(folder, 'items.csv');
    await writeFile(file, text);
    const itemsBefore = Number((await erp.query('select count(*) from "Item"')).rows[0].count);

    const first = await runImport(file, platform.url);
    const itemsAfter = Number((await erp.query('select count(*) from "Item"')).rows[0].count);
    const unitsAfter = Number((await erp.query(`select count(*) from "ItemUom" where sku like 'BENCH-%'`)).rows[0].count);
    const reportLines = (await readFile(path.join(folder, 'items.rejected.csv'), 'utf8')).trim().split('\n').length - 1;
    const again = await runImport(file, platform.url);

    const memory = process.memoryUsage();
    console.log(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${ROWS.toLocaleString('en-US')} item rows, ${bad.toLocaleString('en-US')} of them bad`);
    console.log(`first import (creates):   ${first.seconds.toFixed(1)} s wall, ${Math.round(ROWS / first.seconds).toLocaleString('en-US')} rows/s, exit ${first.code} (3 = some rows rejected)`);
    console.log(first.stdout.trimEnd());
    console.log(`second import (unchanged): ${again.seconds.toFixed(1)} s wall, ${Math.round(ROWS / again.seconds).toLocaleString('en-US')} rows/s`);
    console.log(again.stdout.trimEnd());
    console.log(`ERP: ${(itemsAfter - itemsBefore).toLocaleString('en-US')} items created (expected ${(ROWS - bad).toLocaleString('en-US')}), ${unitsAfter.toLocaleString('en-US')} units; report lists ${reportLines.toLocaleString('en-US')} rejected rows (expected ${bad.toLocaleString('en-US')})`);
    console.log(`memory of the platform process: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
    if (itemsAfter - itemsBefore !== ROWS - bad || reportLines !== bad) process.exitCode = 1;
  } finally {
    await erp.end();
    await platform.close();
  }
} finally {
  await cluster.stop();
}
