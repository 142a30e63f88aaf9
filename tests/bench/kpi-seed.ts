/**
 * A process database with ORDERS orders over DAYS days, made by SQL (generate_series), as the
 * pipeline would have left them: a timeline per order (received, submitted 0.2–5 s later; some
 * with a retried failure; 30 % shipped and invoiced), 3 % held (half released by a person), 0.5 %
 * dead-lettered (half replayed), 1 % sent twice, 60 % from three trading partners' documents, 5 %
 * shipped with a webhook delivery, and an inventory change with its delivery per five orders; then
 * every order's KPI facts and the hourly rollups of every closed hour.
 * Not a benchmark by itself: kpis.bench.ts times the KPI query over it.
 */
import { readFileSync } from 'node:fs';
import type pg from 'pg';

const STEPS = [
  // Orders, newest at now, one every DAYS/ORDERS; every 100th i by (i % 100): 0–2 held, 50 a duplicate.
  `insert into "Order" ("id", "channel", "sourceOrderId", "customerId", "status", "received", "correlationId", "createdBy", "createdAt", "updatedAt")
   select 'o-' || i, (array['x12', 'shopify', 'api', 'portal', 'amazon'])[1 + i % 5], 's-' || i, 'C-' || (1000 + i % 50),
          case when i % 100 < 3 then 'HELD' when i % 200 = 7 then 'FAILED' else 'SUBMITTED' end,
          '{}'::jsonb, 'c-' || i, 'bench', t, t
     from generate_series(1, $1::int) as i, lateral (select $3::timestamp - i * ($2::int * interval '1 day') / $1::int) as x(t)`,
  `insert into "OrderTimelineEntry" ("orderId", "step", "outcome", "detail", "correlationId", "actor", "at")
   select 'o-' || i, e.step, e.outcome, e.detail, 'c-' || i, e.actor, t + e.after
     from generate_series(1, $1::int) as i, lateral (select $3::timestamp - i * ($2::int * interval '1 day') / $1::int) as x(t),
          lateral (values
            ('received', 'succeeded', null, 'bench', interval '0', true),
            ('validate', 'failed', 'Attempt 1 of 5: the ERP did not answer. Retrying.', 'pipeline', interval '50 ms', i % 50 = 1 or i % 200 = 7),
            ('submit', 'succeeded', null, 'pipeline', (200 + (i::bigint * 7919) % 4800) * interval '1 ms', i % 100 >= 3 and i % 200 <> 7),
            ('received', 'duplicate', null, 'bench', interval '10 min', i % 100 = 50),
            ('release', 'succeeded', 'released', 'ops', interval '2 hours', i % 100 < 3 and i % 2 = 0),
            ('shipped', 'succeeded', null, 'warehouse', interval '1 day' + (i % 3600) * interval '1 s', i % 10 < 3 and i % 100 >= 3),
            ('invoiced', 'succeeded', null, 'warehouse', interval '25 hours' + (i % 3600) * interval '1 s', i % 10 < 3 and i % 100 >= 3)
          ) as e(step, outcome, detail, actor, after, wanted)
    where e.wanted`,
  `insert into "Hold" ("id", "orderId", "reasonCode", "detail", "status", "createdAt", "resolvedAt", "resolvedBy")
   select 'h-' || i, 'o-' || i, (array['UNKNOWN_ITEM', 'CREDIT_LIMIT', 'PRICE_MISMATCH'])[1 + i % 100], 'bench',
          case when i % 2 = 0 then 'released' else 'open' end, t, case when i % 2 = 0 then t + interval '2 hours' end,
          case when i % 2 = 0 then 'ops' end
     from generate_series(1, $1::int) as i, lateral (select $3::timestamp - i * ($2::int * interval '1 day') / $1::int) as x(t)
    where i % 100 < 3`,
  `insert into "DeadLetter" ("id", "orderId", "step", "lastError", "attempts", "createdAt", "replayedAt", "replayedBy")
   select 'd-' || i, 'o-' || i, 'validate', 'the ERP did not answer', 5, t + interval '1 min',
          case when i % 400 <> 7 then t + interval '1 hour' end, case when i % 400 <> 7 then 'ops' end
     from generate_series(1, $1::int) as i, lateral (select $3::timestamp - i * ($2::int * interval '1 day') / $1::int) as x(t)
    where i % 200 = 7`,
  `insert into "MappingVersion" ("name", "version", "description", "rules", "createdBy") values ('bench', 1, 'bench', '{}', 'bench')`,
  `insert into "TradingPartner" ("id", "name", "channel", "customerId", "mappingName", "mappingVersion", "updatedAt")
   values ('p-x12', 'EDI partner', 'x12', 'C-1000', 'bench', 1, now()), ('p-shopify', 'Web shop', 'shopify', 'C-1001', 'bench', 1, now()),
          ('p-amazon', 'Amazon seller', 'amazon', 'C-1002', 'bench', 1, now())`,
  `insert into "InboundDocument" ("id", "channel", "kind", "partnerId", "status", "sha256", "correlationId", "receivedAt")
   select 'doc-' || i, (array['x12', 'shopify', 'api', 'portal', 'amazon'])[1 + i % 5], 'bench', 'p-' || (array['x12', 'shopify', 'api', 'portal', 'amazon'])[1 + i % 5],
          'processed', '', 'c-' || i, t
     from generate_series(1, $1::int) as i, lateral (select $3::timestamp - i * ($2::int * interval '1 day') / $1::int) as x(t)
    where i % 5 in (0, 1, 4)`,
  `insert into "InboundDocumentOrder" ("documentId", "orderId", "partnerId", "sourceOrderId", "mappingName", "mappingVersion", "createdAt")
   select 'doc-' || i, 'o-' || i, 'p-' || (array['x12', 'shopify', 'api', 'portal', 'amazon'])[1 + i % 5], 's-' || i, 'bench', 1, t
     from generate_series(1, $1::int) as i, lateral (select $3::timestamp - i * ($2::int * interval '1 day') / $1::int) as x(t)
    where i % 5 in (0, 1, 4)`,
  `insert into "Subscription" ("id", "url", "eventTypes", "secret", "startPosition", "createdBy")
   values ('sub-bench', 'http://127.0.0.1:9/events', '{com.crossdock.*}', 'whsec_bench', 0, 'bench')`,
  `insert into "OrderShipment" ("id", "orderId", "warehouseId", "carrier", "lines", "milestone", "shippedAt", "correlationId", "createdAt", "updatedAt")
   select 'sh-' || i, 'o-' || i, 'WH-DAL', 'UPS', '[]', 'shipped', t + interval '1 day', 'c-' || i, t + interval '20 hours', t + interval '1 day'
     from generate_series(1, $1::int) as i, lateral (select $3::timestamp - i * ($2::int * interval '1 day') / $1::int) as x(t)
    where i % 20 = 0`,
  `insert into "OutboxEvent" ("id", "type", "source", "subject", "time", "correlationId", "data")
   select 'ev-sh-' || i, 'com.crossdock.shipment.milestone', '/process/v1/shipments', 'sh-' || i, t + interval '1 day', 'c-' || i,
          jsonb_build_object('milestone', 'shipped', 'orderId', 'o-' || i)
     from generate_series(1, $1::int) as i, lateral (select $3::timestamp - i * ($2::int * interval '1 day') / $1::int) as x(t)
    where i % 20 = 0
   union all
   select 'ev-inv-' || i, 'com.crossdock.inventory.changed', '/system/v1/inventory', 'SKU-' || (i % 800) || '@WH-DAL', t, 'c-' || i, '{}'::jsonb
     from generate_series(1, $1::int) as i, lateral (select $3::timestamp - i * ($2::int * interval '1 day') / $1::int) as x(t)
    where i % 5 = 2`,
  `insert into "EventDelivery" ("subscriptionId", "eventId", "subject", "position", "state", "attempts", "deliveredAt", "createdAt")
   select 'sub-bench', e."id", e."subject", e."position", 'delivered', 1, e."time" + (50 + e."position" % 900) * interval '1 ms', e."time"
     from "OutboxEvent" as e`,
  // The KPI facts of every order at once (the triggers that keep them are off while seeding, see below).
  `select crossdock_store_order_kpi_facts(array(select o."id" from "Order" as o))`,
  // And the hourly rollups of every closed hour (the triggers that mark the hours are off too).
  `select crossdock_mark_kpi_hours(array(select distinct date_trunc('hour', f."receivedAt") from "OrderKpiFact" as f union
     select date_trunc('hour', e."time") from "OutboxEvent" as e where e."type" = 'com.crossdock.inventory.changed')),
          crossdock_rebuild_kpi_hours('-infinity', 'infinity')`,
  `analyze`,
];

/**
 * Seeds `client`'s (migrated) process database; `now` is the newest order's instant (UTC). Each
 * step commits with a note of itself, so a seed cut short (the server stopped under it) goes on
 * from the first step not done; answers the `now` the seed was started with.
 */
export async function seedKpiDatabase(client: pg.Client, orders: number, days: number, now: Date): Promise<Date> {
  await client.query(`create table if not exists bench_seed (step int primary key, now text not null)`);
  const done = await client.query<{ step: number; now: string }>(`select step, now from bench_seed order by step`);
  const seededAt = done.rows[0]?.now ?? now.toISOString();
  // Without the triggers (and foreign keys): the facts' triggers would work out a million orders' facts
  // again at every step; the last step works them out once.
  await client.query('set session_replication_role = replica');
  for (const [index, statement] of STEPS.entries()) {
    if (done.rows.some((row) => row.step === index)) continue;
    const parameters = statement.includes('$1') ? [orders, days, seededAt.replace('Z', '')] : [];
    const started = performance.now();
    const table =
      /insert into "(\w+)"/.exec(statement)?.[1] ??
      (statement.includes('kpi_facts') ? 'OrderKpiFact' : statement.includes('kpi_hours') ? 'OrderKpiHour' : statement);
    if (statement === 'analyze') {
      await client.query(statement);
    } else {
      await client.query('begin');
      const { rowCount } = await client.query(statement, parameters);
      await client.query('insert into bench_seed (step, now) values ($1, $2)', [index, seededAt]);
      await client.query('commit');
      console.log(`  ${table}: ${rowCount ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  return new Date(seededAt);
}

/**
 * The CPU time (user and system, ms, in clock ticks of 10 ms) the database's other server processes have
 * used so far, from /proc: on a shared machine, what a query costs the server whatever else runs beside it.
 */
export async function serverCpuMs(monitor: pg.Client): Promise<number> {
  const { rows } = await monitor.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  let total = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // Gone meanwhile: its time is no longer counted on either side.
    }
  }
  return total;
}
