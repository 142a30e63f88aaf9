/**
 * Benchmark of the master-data import (issue: channels, CSV / bulk): 100,000 item rows, some of them
 * deliberately bad, imported exactly as a user does it: `crossdock start` in one process (gateway,
 * tiers and an embedded PostgreSQL in a throwaway data directory), `crossdock import items` in
 * another. The import's progress bar shows as it runs; the figures are printed at the end, and what
 * the ERP holds is checked through the system API's item feed.
 *
 *   npx -y pnpm@10 bench:import          (ROWS=250000 to change the size)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '@crossdock/shared-contracts/platform/auth/tokens';
import { REPO_ROOT, TEST_TOKENS } from '../support/test-platform';

const ROWS = Number(process.env.ROWS ?? 100_000);
const STARTUP_TIMEOUT_MS = 120_000;

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
    else if (index % 500 === 11)
      lines.push(`BENCH-${String(index - 1).padStart(7, '0')},"Bench item ${index}, a duplicate",EA,,0.5,yes,active`);
    else {
      lines.push(
        `${sku},"Bench item ${index}, zinc plated ""grade A""",EA,CS=12;PL=480,0.${String(index % 1000).padStart(3, '0')},yes,active`,
      );
      continue;
    }
    bad += 1;
  }
  return { text: `${lines.join('\n')}\n`, bad };
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  return port;
}

/** `crossdock <args>` as its own process (node with tsx, no wrapper, so a signal reaches it). */
function crossdock(args: string[], env: Record<string, string>, stdout: 'pipe' | 'ignore'): ChildProcess {
  return spawn(process.execPath, ['--max-semi-space-size=32', '--import', 'tsx', 'launcher/src/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CROSSDOCK_JWT_SECRET: TEST_TOKENS.secret,
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

async function waitForHealth(url: string, platform: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (platform.exitCode !== null) throw new Error(`crossdock start exited with ${platform.exitCode}`);
    const healthy = await fetch(`${url}/health`).then(
      (answer) => answer.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Crossdock did not come up at ${url} within ${STARTUP_TIMEOUT_MS} ms`);
}

/** Runs the import, its progress bar on this terminal; resolves with its summary and wall time. */
async function runImport(file: string, url: string): Promise<{ code: number; stdout: string; seconds: number }> {
  const started = performance.now();
  const child = crossdock(['import', 'items', file], { CROSSDOCK_URL: url }, 'pipe');
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code: code ?? -1, stdout, seconds: (performance.now() - started) / 1000 };
}

/** How many BENCH- items the ERP holds, read from the system API's NDJSON item feed. */
async function benchItemsInErp(url: string): Promise<number> {
  const token = signToken(TEST_TOKENS, { subject: 'bench', scopes: ['system:read'] });
  const answer = await fetch(`${url}/system/v1/bulk/items`, { headers: { authorization: `Bearer ${token}` } });
  const text = await answer.text();
  return text.split('\n').filter((line) => line.includes('"sku":"BENCH-')).length;
}

const folder = await mkdtemp(path.join(os.tmpdir(), 'crossdock-bench-import-'));
// Its own temporary directory: the embedded PostgreSQL gives it to its own system user.
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'crossdock-bench-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const platform = crossdock(['start'], { PORT: String(port), CROSSDOCK_DATA_DIR: dataDir }, 'ignore');
try {
  await waitForHealth(url, platform);
  const { text, bad } = itemsCsv(ROWS);
  const file = path.join(folder, 'items.csv');
  await writeFile(file, text);

  const first = await runImport(file, url);
  const inErp = await benchItemsInErp(url);
  const reported = (await readFile(path.join(folder, 'items.rejected.csv'), 'utf8')).trim().split('\n').length - 1;
  const again = await runImport(file, url);

  console.log(
    `\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${ROWS.toLocaleString('en-US')} item rows, ${bad.toLocaleString('en-US')} of them bad`,
  );
  console.log(
    `first import (creates):    ${first.seconds.toFixed(1)} s wall with the CLI's start-up, exit ${first.code} (3 = some rows rejected)`,
  );
  console.log(first.stdout.trimEnd());
  console.log(
    `second import (unchanged): ${again.seconds.toFixed(1)} s wall with the CLI's start-up, exit ${again.code}`,
  );
  console.log(again.stdout.trimEnd());
  console.log(
    `ERP: ${inErp.toLocaleString('en-US')} bench items (expected ${(ROWS - bad).toLocaleString('en-US')}); the report lists ${reported.toLocaleString('en-US')} rejected rows (expected ${bad.toLocaleString('en-US')})`,
  );
  if (inErp !== ROWS - bad || reported !== bad) process.exitCode = 1;
} finally {
  platform.kill('SIGTERM');
  if (platform.exitCode === null) await once(platform, 'exit');
  await rm(folder, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
