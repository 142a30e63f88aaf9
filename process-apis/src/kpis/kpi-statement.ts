import { FIRST_BUCKET, HOURS, INVENTORY_UNITS, MATCHES_FILTERS, ORDER_UNITS } from './kpi-hours';

/**
 * The one statement the KPIs come from: every figure for a list of windows, for the whole platform and,
 * for the 'total' window, per channel and per partner. $1: the windows as JSON [{ key, start, end }] (ISO
 * instants, end exclusive): 'total', optionally 'previous' (ending where 'total' starts), and buckets keyed
 * '0', '1'... that split 'total' along the clock (no other keys); $2: a channel or null; $3: a partner id or null; $4:
 * whether to add the total's per-channel and per-partner slices; $5: the buckets' length in ms, or null when there are
 * none; $6: the instant (ms since 1970) the buckets are counted from (a Monday for weeks).
 * One row per window, slice ("dim": 'none', 'channel' or 'partner') and group ("grp": the channel, the
 * partner id or '' for none; '' for 'none'), numbers only (durations in ms or s as double precision, never a
 * timestamp read back). One statement, not one per slice: the slices read the same facts, exceptions and
 * shipments, once.
 *
 * Figures about orders are over the orders received in the window (their later holds, retries and
 * resolutions included), read from the hourly rollups of whole hours and from their KPI facts ("OrderKpiFact", kept
 * by triggers: see its migration) for the rest (kpi-hours.ts); duplicates and inventory changes count when they happened;
 * the backlog is what was open at the window's end.
 */

/**
 * Each row of an order (or of what is counted by its receipt) under each window it is in, by arithmetic
 * rather than a join with the windows (which read the orders again for every window): k is -1 for 'total',
 * -2 for 'previous' and the bucket's number otherwise; the platform's slice ('none', grp ''), and when $4
 * asks, the total's channel and partner slices.
 */
const IN_WINDOWS = (row: string) => `cross join lateral (
      values (${row}.whole, 'none', ''), (-1, 'channel', ${row}.channel), (-1, 'partner', ${row}.partner), (${row}.bucket, 'none', '')
    ) as d(k, dim, grp)`;
// Orders of no partner are in no partner's slice (the report leaves it out: not worth their sorts).
const IN_WINDOWS_WANTED = (row: string) =>
  `d.k is not null and (d.dim = 'none' or ($4::boolean and ${row}.whole = -1 and (d.dim = 'channel' or d.grp <> '')))`;
const KEY = (k: string) => `(case ${k} when -1 then 'total' when -2 then 'previous' else ${k}::text end)`;

/** The same slices for what is counted by another instant (duplicates, the backlog) through a join with the windows. */
const SLICES = (row: string) =>
  `cross join lateral (values ('none', ''), ('channel', ${row}.channel), ('partner', ${row}.partner)) as d(dim, grp)`;
const SLICE_WANTED = (key: string) => `(d.dim = 'none' or ($4::boolean and ${key} = 'total'))`;

/** The orders' rows (kpi-hours.ts) under each of their windows and slices. */
const ORDERS_IN_WINDOWS = `
  ${HOURS}, ${ORDER_UNITS}, ow as materialized (
    select d.k, d.dim, d.grp, g.* from by_order_group as g ${IN_WINDOWS('g')} where ${IN_WINDOWS_WANTED('g')}
  )`;

/**
 * What was open at each window's end, from the holds' and dead letters' KPI rows ("OrderKpiException"). Most open exceptions are open at every end (older than the
 * first, still open after the last): they are counted once and added to every window, and only the
 * others are matched with each end.
 */
const BACKLOG = `
  open_now as materialized (
    -- Through the exceptions' (closedAt, openedAt) index; their channel and partner are on the row.
    select x."openedAt" as opened, x."closedAt" as closed, x."kind" as kind, x."channel" as channel,
           coalesce(x."partnerId", '') as partner
      from "OrderKpiException" as x
     where x."openedAt" < (select hi from span) and (x."closedAt" is null or x."closedAt" >= (select first_end from span))
       and x."counted" and ${MATCHES_FILTERS('x')}
  ), open_always as (
    select b.* from open_now as b, span where b.opened < span.first_end and (b.closed is null or b.closed >= span.hi)
  ), open_sometimes as materialized (
    select b.* from open_now as b, span where not (b.opened < span.first_end and (b.closed is null or b.closed >= span.hi))
  ), open_at_end_by_order_group as (
    -- By the orders' channel and partner first, and only then into the slices: a few rows to add up
    -- again instead of every exception three times.
    select null::text as "key", channel, partner, count(*) filter (where kind = 'hold') as holds,
           count(*) filter (where kind = 'dead-letter') as dead_letters, min(opened) as oldest
      from open_always group by channel, partner
    union all
    select w."key", b.channel, b.partner, count(*) filter (where b.kind = 'hold'),
           count(*) filter (where b.kind = 'dead-letter'), min(b.opened)
      from w join open_sometimes as b on b.opened < w.e and (b.closed is null or b.closed >= w.e)
     group by w."key", b.channel, b.partner
  ), open_at_end as (
    select g."key", d.dim, d.grp, sum(g.holds) as holds, sum(g.dead_letters) as dead_letters, min(g.oldest) as oldest
      from open_at_end_by_order_group as g ${SLICES('g')}
     where ${SLICE_WANTED(`coalesce(g."key", 'total')`)}
     group by g."key", d.dim, d.grp
  ), backlog as (
    select w."key", b.dim, b.grp, sum(b.holds) as holds, sum(b.dead_letters) as dead_letters,
           extract(epoch from (w.e - min(b.oldest)))::float8 as oldest_seconds
      from w join open_at_end as b on (b."key" is null or b."key" = w."key") and (b.dim = 'none' or w."key" = 'total')
     group by w."key", w.e, b.dim, b.grp
  )`;

export const KPI_STATEMENT = `
  with w as (
    select v."key", (v."start"::timestamptz at time zone 'UTC') as s, (v."end"::timestamptz at time zone 'UTC') as e
      from jsonb_to_recordset($1::jsonb) as v("key" text, "start" text, "end" text)
  ), span as (
    select min(s) as lo, max(e) as hi, min(e) as first_end, min(s) filter (where "key" = 'total') as total_s,
           ${FIRST_BUCKET} as first_bucket
      from w
  ), ${ORDERS_IN_WINDOWS}, orders_agg as (
    select ${KEY('k')} as "key", dim, grp, sum(orders) as orders, sum(exceptions) as exceptions,
           sum(transient) as transient, sum(recovered) as recovered, sum(manual) as manual,
           sum(resolution) / nullif(sum(resolved), 0)::float8 as mean_resolution
      from ow group by k, dim, grp
  ), percentiles as (
    -- Each slice's durations sorted once, by value (a null where one list is shorter counts for nothing).
    select ${KEY('k')} as "key", dim, grp,
           percentile_disc(array[0.5, 0.95, 0.99]) within group (order by x.latency::float8) as latency,
           percentile_cont(0.5) within group (order by x.to_shipped::float8 / 1000) as to_shipped,
           percentile_cont(0.5) within group (order by x.to_invoiced::float8 / 1000) as to_invoiced
      from (select * from ow order by k, dim, grp) as p
      cross join unnest(p.latencies, p.to_shipped, p.to_invoiced) as x(latency, to_shipped, to_invoiced)
     group by k, dim, grp
  ), reasons as (
    -- From each group's reasons: the lists of its exceptional orders (facts) or their counts (rollups).
    select ${KEY('k')} as "key", dim, grp, jsonb_object_agg(reason, n) as by_reason
      from (select r.k, r.dim, r.grp, r.reason, sum(r.n) as n
              from (select ow.k, ow.dim, ow.grp, r.reason, 1 as n
                      from ow cross join jsonb_array_elements(ow.reason_lists) as e(reasons)
                      cross join jsonb_array_elements_text(e.reasons) as r(reason)
                    union all
                    select ow.k, ow.dim, ow.grp, c.key, c.value::int
                      from ow cross join jsonb_each_text(ow.reason_counts) as c) as r
             group by 1, 2, 3, 4) as r
     group by k, dim, grp
  ), dup as (
    select w."key", d.dim, d.grp, count(*) as duplicates
      from "OrderTimelineEntry" as e
      join (select f.*, coalesce(f."partnerId", '') as partner from "OrderKpiFact" as f) as f on f."orderId" = e."orderId"
      join w on e."at" >= w.s and e."at" < w.e ${SLICES('f')}
     where e."outcome" = 'duplicate' and e."step" = 'received'
       and e."at" >= (select lo from span) and e."at" < (select hi from span) and ${MATCHES_FILTERS('f')}
       and ${SLICE_WANTED('w."key"')}
     group by 1, 2, 3
  ), ${BACKLOG}, ${INVENTORY_UNITS}, inventory as (
    select w."key", 'none' as dim, '' as grp, percentile_disc(array[0.5, 0.95]) within group (order by x.delay::float8) as delay
      from w join inventory_units as i on i.changed >= w.s and i.changed < w.e cross join unnest(i.delays) as x(delay)
     group by w."key"
  ), notices as (
    select ${KEY('k')} as "key", dim, grp, percentile_disc(0.95) within group (order by x.notice::float8) as p95
      from ow cross join unnest(ow.notices) as x(notice)
     group by k, dim, grp
  ), slices as (
    -- Every window for the platform; the total's channels and partners that have anything to show.
    select w."key", 'none' as dim, '' as grp from w
    union select "key", dim, grp from orders_agg where dim <> 'none'
    union select "key", dim, grp from dup where dim <> 'none'
    union select "key", dim, grp from backlog where dim <> 'none'
  )
  select sl."key", sl.dim, sl.grp, coalesce(a.orders, 0)::int as "orders",
         pc.latency as "latency",
         coalesce(a.exceptions, 0)::int as "exceptions", coalesce(r.by_reason, '{}'::jsonb) as "byReason",
         coalesce(dup.duplicates, 0)::int as "duplicates", inv.delay as "inventoryDelay", nt.p95 as "noticeP95",
         coalesce(b.holds, 0)::int as "openHolds", coalesce(b.dead_letters, 0)::int as "openDeadLetters",
         b.oldest_seconds as "oldestSeconds", coalesce(a.transient, 0)::int as "transient",
         coalesce(a.recovered, 0)::int as "recovered", a.mean_resolution as "meanResolutionSeconds",
         pc.to_shipped as "toShipped", pc.to_invoiced as "toInvoiced",
         coalesce(a.manual, 0)::int as "manual"
    from slices as sl
    left join orders_agg as a using ("key", dim, grp)
    left join percentiles as pc using ("key", dim, grp)
    left join reasons as r using ("key", dim, grp)
    left join dup using ("key", dim, grp)
    left join backlog as b using ("key", dim, grp)
    left join inventory as inv using ("key", dim, grp)
    left join notices as nt using ("key", dim, grp)`;
