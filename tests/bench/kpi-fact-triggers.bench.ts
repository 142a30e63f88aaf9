/**
 * What the KPI facts' triggers (migration 20261207190200_order_kpi_facts) and the hourly rollups' marks
 * (20261208010000_kpi_hourly_rollups: an order's fact changed, a delivery completed) add to the writes they
 * follow, measured as the database server's own CPU time (its backend's, from /proc), so that other
 * work on a shared machine does not count: timeline entries written one statement each (as Prisma
 * writes them) and in one statement for a batch of orders (as the pipeline's batches write them),
 * holds, and deliveries claimed (no mark: the trigger's WHEN clause) and completed, with the triggers on,
 * without the hours' marks, and off. On the KPI benchmark's database (kpis.bench.ts seeds it;
 * the same KPI_BENCH_DIR), in transactions rolled back: nothing is left behind.
 *
 *   npx tsx tests/bench/kpi-fact-triggers.bench.ts        (ORDERS=1000000 DAYS=90 as for bench:kpis, ROWS=2000)
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedCluster } from '@crossdock/shared-contracts/platform/database/embedded-cluster';
import { openProcessDatabase } from '../../process-apis/src/database';

const ORDERS = Number(process.env.ORDERS ?? 1_000_000);
const DAYS = Number(process.env.DAYS ?? 90);
const ROWS = Number(process.env.ROWS ?? 2000);
const dataDir = process.env.KPI_BENCH_DIR ?? path.join(os.tmpdir(), `crossdock-kpi-bench-${ORDERS}-${DAYS}`);
const FACT_TRIGGERS = [
  ['OrderTimelineEntry', 'OrderTimelineEntry_kpi_facts_insert'],
  ['Hold', 'Hold_kpi_facts_insert'],
];
const HOUR_TRIGGERS = [
  ['OrderKpiFact', 'OrderKpiFact_kpi_hours'],
  ['EventDelivery', 'EventDelivery_kpi_hours_update'],
];
const MODES = { on: [], 'without the hours': HOUR_TRIGGERS, off: [...FACT_TRIGGERS, ...HOUR_TRIGGERS] };

type Write = (client: pg.Client) => Promise<void>;

// Orders of the seed ('o-1' is the newest), a different one for each row.
const WRITES: Record<string, Write> = {
  'timeline entry, one statement each': async (client) => {
    for (let i = 1; i <= ROWS; i += 1)
      await client.query(
        `insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "correlationId", "actor") values ($1, 'shipped', 'succeeded', 'bench', 'warehouse')`,
        [`o-${i}`],
      );
  },
  'timeline entries, one statement': async (client) => {
    await client.query(
      `insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "correlationId", "actor")
       select 'o-' || i, 'shipped', 'succeeded', 'bench', 'warehouse' from generate_series(1, $1::int) as i`,
      [ROWS],
    );
  },
  'hold, one statement each': async (client) => {
    for (let i = 1; i <= ROWS; i += 1)
      await client.query(
        `insert into "Hold" ("id", "orderId", "reasonCode", "detail") values ($1, $2, 'CREDIT_LIMIT', 'bench')`,
        [`bench-${i}`, `o-${i}`],
      );
  },
  // The seed's deliveries (ids from 1), each claimed, then delivered again a moment later.
  'delivery claimed, one statement each': async (client) => {
    for (let i = 1; i <= ROWS; i += 1)
      await client.query(
        `update "EventDelivery" set "attempts" = "attempts" + 1, "leasedUntil" = now() + interval '30 s' where "id" = $1`,
        [i],
      );
  },
  'delivery completed, one statement each': async (client) => {
    for (let i = 1; i <= ROWS; i += 1)
      await client.query(
        `update "EventDelivery" set "deliveredAt" = "deliveredAt" + interval '1 ms', "leasedUntil" = null where "id" = $1`,
        [i],
      );
  },
};

async function serverCpuMs(client: pg.Client, pid: number, disabled: string[][], write: Write): Promise<number> {
  await client.query('begin');
  try {
    for (const [table, trigger] of disabled) await client.query(`alter table "${table}" disable trigger "${trigger}"`);
    const before = cpuMs(pid);
    await write(client);
    return (cpuMs(pid) - before) / ROWS;
  } finally {
    await client.query('rollback');
  }
}

/** The process's user and system CPU time so far (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const cluster = await startEmbeddedCluster({ dataDir });
try {
  const url = cluster.urlFor('bench_kpis');
  // Applies the migrations (the facts' among them) to a database seeded before them.
  await (await openProcessDatabase(url)).$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    for (const round of [1, 2])
      for (const [mode, disabled] of Object.entries(MODES)) {
        const figures = [];
        for (const [what, write] of Object.entries(WRITES))
          figures.push(`${what} ${(await serverCpuMs(client, pid, disabled, write)).toFixed(3)} ms`);
        console.log(`round ${round}, triggers ${mode}: ${figures.join(', ')} (server CPU per row, ${ROWS} rows)`);
      }
  } finally {
    await client.end();
  }
} finally {
  await cluster.stop();
}
