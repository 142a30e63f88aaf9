/**
 * The parts of KPI_STATEMENT that choose, hour by hour, between the hourly rollups ("OrderKpiHour",
 * "InventoryKpiHour", migration 20261208010000_kpi_hourly_rollups) and the facts. An hour is read from
 * its rollup when it lies whole inside one window ('total' or 'previous': the buckets are aligned to the
 * clock, so a whole hour is inside one bucket too) and no transaction marked it dirty (a mark is visible
 * exactly when the change it marks is). Every other part of the windows (the open hour, dirty hours, the
 * partial hours at their edges) is read from the facts, range by range through the receipt index.
 */

export const MATCHES_FILTERS = (fact: string, partner = `${fact}."partnerId"`) =>
  `($2::text is null or ${fact}."channel" = $2) and ($3::text is null or ${partner} = $3)`;

const EPOCH_MS = (instant: string) => `((extract(epoch from ${instant}) * 1000)::bigint)`;
/** The whole window (-1 'total', -2 'previous') of an instant, and its bucket's number ($5: the buckets' length, $6: their origin, in ms). */
const WHOLE = (instant: string) => `(case when ${instant} >= (select total_s from span) then -1 else -2 end)`;
const BUCKET = (instant: string) => `(case when ${instant} >= (select total_s from span)
      then ((${EPOCH_MS(instant)} - $6::bigint) / $5::bigint - (select first_bucket from span))::int end)`;
const MS = (later: string, earlier: string) => `((extract(epoch from (${later} - ${earlier})) * 1000)::bigint)`;

export const HOURS = `
  hours as materialized (
    select h."hour", (h."hour" >= span.lo and h."hour" + interval '1 hour' <= span.hi
            and not (h."hour" < span.total_s and h."hour" + interval '1 hour' > span.total_s)
            and not exists (select from "KpiDirtyHour" as d where d."hour" = h."hour")) as rolled,
           greatest(h."hour", span.lo) as s, least(h."hour" + interval '1 hour', span.hi) as e
      from span cross join generate_series(date_trunc('hour', span.lo), span.hi, interval '1 hour') as h("hour")
     where h."hour" < span.hi
  ), edges as (
    -- What is read from the facts, one range of the receipt index each ("offset 0" in the laterals below
    -- keeps the planner from flattening them into a join that reads every fact or event).
    select s, e from hours where not rolled
  )`;

/**
 * The orders of the windows as rows to add up: one per group of the facts read (by whole window,
 * bucket, channel and partner) and one per rollup read. Durations in whole ms (bigint arrays), reasons
 * as lists (facts) or counts (rollups).
 */
export const ORDER_UNITS = `
  o as materialized (
    select f."orderId" as "id", f."channel" as channel, coalesce(f."partnerId", '') as partner,
           ${WHOLE('f."receivedAt"')} as whole, ${BUCKET('f."receivedAt"')} as bucket,
           ${MS('f."acceptedAt"', 'f."receivedAt"')} as latency, ${MS('f."shippedAt"', 'f."receivedAt"')} as to_shipped,
           ${MS('f."invoicedAt"', 'f."receivedAt"')} as to_invoiced, f."retried" as retried, f."recovered" as recovered,
           nullif(f."manualActions", 0) as manual, nullif(f."exceptionReasons", '{}') as reasons,
           nullif(f."resolvedExceptions", 0) as resolved, f."resolutionSeconds"::numeric as resolution
      from edges as r cross join lateral (
        select * from "OrderKpiFact" as f
         where f."receivedAt" >= r.s and f."receivedAt" < r.e and ${MATCHES_FILTERS('f')}
        offset 0
      ) as f
  ), o_notices as (
    select o.whole, o.bucket, o.channel, o.partner, array_agg(n.delay) as notices
      from o cross join lateral (select * from crossdock_kpi_notice_delays(o."id") offset 0) as n(delay)
     group by o.whole, o.bucket, o.channel, o.partner
  ), o_groups as (
    select whole, bucket, channel, partner, count(*) as orders, count(*) filter (where reasons is not null) as exceptions,
           count(*) filter (where retried) as transient, count(*) filter (where recovered) as recovered,
           sum(manual) as manual, sum(resolution) as resolution, sum(resolved) as resolved,
           array_agg(latency) filter (where latency is not null) as latencies,
           array_agg(to_shipped) filter (where to_shipped is not null) as to_shipped,
           array_agg(to_invoiced) filter (where to_invoiced is not null) as to_invoiced,
           jsonb_agg(reasons) filter (where reasons is not null) as reason_lists, null::jsonb as reason_counts
      from o group by whole, bucket, channel, partner
  ), by_order_group as (
    select g.*, n.notices
      from o_groups as g left join o_notices as n
        on n.whole = g.whole and n.bucket is not distinct from g.bucket and n.channel = g.channel and n.partner = g.partner
    union all
    select ${WHOLE('r."hour"')}, ${BUCKET('r."hour"')}, r."channel", r."partner", r."orders", r."exceptions",
           r."transient", r."recovered", nullif(r."manualActions", 0), r."resolutionSeconds",
           nullif(r."resolvedExceptions", 0), r."latenciesMs", r."toShippedMs", r."toInvoicedMs", null::jsonb,
           r."exceptionReasons", r."noticeDelaysMs"
      from "OrderKpiHour" as r
     where r."hour" in (select "hour" from hours where rolled) and ${MATCHES_FILTERS('r', 'r."partner"')}
  )`;

/** The inventory changes' delivery delays (ms) of the windows: rollups of whole hours, the rest per event. */
export const INVENTORY_UNITS = `
  inventory_units as (
    select h."hour" as changed, i."delaysMs" as delays
      from hours as h join "InventoryKpiHour" as i on i."hour" = h."hour"
     where h.rolled and $2::text is null and $3::text is null
    union all
    select i."changed", array[i."delay"]
      from edges as r cross join lateral (
        select * from crossdock_kpi_inventory_delays(r.s::timestamp(3), r.e::timestamp(3)) offset 0
      ) as i
     where $2::text is null and $3::text is null
  )`;

/** The span's start of buckets: the number of the bucket 'total' starts in. */
export const FIRST_BUCKET = `(${EPOCH_MS('min(s) filter (where "key" = \'total\')')} - $6::bigint) / $5::bigint`;
