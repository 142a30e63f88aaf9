/**
 * The one statement the KPIs come from: every figure for a list of windows, for the whole platform and,
 * for the 'total' window, per channel and per partner. $1: the windows as JSON [{ key, start, end }] (ISO
 * instants, end exclusive): 'total', optionally 'previous' (ending where 'total' starts), and buckets keyed
 * '0', '1'... that split 'total' from its start (no other keys); $2: a channel or null; $3: a partner id or null; $4: whether to add the
 * total's per-channel and per-partner slices; $5: the buckets' length in ms, or null when there are none.
 * One row per window, slice ("dim": 'none', 'channel' or 'partner') and group ("grp": the channel, the
 * partner id or '' for none; '' for 'none'), numbers only (durations in ms or s as double precision, never a
 * timestamp read back). One statement, not one per slice: the slices read the same facts, exceptions and
 * shipments, once.
 *
 * Figures about orders are over the orders received in the window (their later holds, retries and
 * resolutions included), read from their KPI facts ("OrderKpiFact", kept by triggers: see its
 * migration) through the receipt index (or partner or channel and receipt); duplicates and inventory changes count when they happened;
 * the backlog is what was open at the window's end.
 */

const MATCHES_FILTERS = (fact: string) =>
  `($2::text is null or ${fact}."channel" = $2) and ($3::text is null or ${fact}."partnerId" = $3)`;

/**
 * Each row of an order (or of what is counted by its receipt) under each window it is in, by arithmetic
 * rather than a join with the windows (which read the orders again for every window): k is -1 for 'total',
 * -2 for 'previous' and the bucket's number otherwise; the platform's slice ('none', grp ''), and when $4
 * asks, the total's channel and partner slices.
 */
const IN_WINDOWS = (row: string) => `cross join lateral (
      values (${row}.whole, 'none', ''), (-1, 'channel', ${row}.channel), (-1, 'partner', ${row}.partner), (${row}.bucket, 'none', '')
    ) as d(k, dim, grp)`;
const IN_WINDOWS_WANTED = (row: string) =>
  `d.k is not null and (d.dim = 'none' or ($4::boolean and ${row}.whole = -1))`;
const KEY = (k: string) => `(case ${k} when -1 then 'total' when -2 then 'previous' else ${k}::text end)`;

/** The same slices for what is counted by another instant (duplicates, the backlog) through a join with the windows. */
const SLICES = (row: string) =>
  `cross join lateral (values ('none', ''), ('channel', ${row}.channel), ('partner', ${row}.partner)) as d(dim, grp)`;
const SLICE_WANTED = (key: string) => `(d.dim = 'none' or ($4::boolean and ${key} = 'total'))`;

const MS = (later: string, earlier: string) => `((extract(epoch from (${later} - ${earlier})) * 1000)::float8)`;

/**
 * The orders of the windows (null where there is nothing to add up: less to keep and sort), each with
 * the whole window it is in (-1 'total', -2 'previous': 'previous' ends where 'total' starts) and its
 * bucket's number, then under each of its windows and slices.
 */
const ORDERS_IN_WINDOWS = `
  o as materialized (
    select f."orderId" as "id", f."channel" as channel, coalesce(f."partnerId", '') as partner,
           (case when f."receivedAt" >= (select total_s from span) then -1 else -2 end) as whole,
           (case when f."receivedAt" >= (select total_s from span)
                 then ((${MS('f."receivedAt"', '(select total_s from span)')})::bigint / $5::bigint)::int end) as bucket,
           ${MS('f."acceptedAt"', 'f."receivedAt"')} as latency, ${MS('f."shippedAt"', 'f."receivedAt"')} / 1000 as to_shipped,
           ${MS('f."invoicedAt"', 'f."receivedAt"')} / 1000 as to_invoiced, f."retried" as retried, f."recovered" as recovered,
           nullif(f."manualActions", 0) as manual, nullif(f."exceptionReasons", '{}') as reasons,
           nullif(f."resolvedExceptions", 0) as resolved, f."resolutionSeconds" as resolution
      from "OrderKpiFact" as f
     where f."receivedAt" >= (select lo from span) and f."receivedAt" < (select hi from span) and ${MATCHES_FILTERS('f')}
  ), by_order_group as (
    -- Added up by window and by the orders' channel and partner first (one pass over the orders, into
    -- a few hundred rows, the durations kept whole for the exact percentiles), and only then into the
    -- windows' slices: a sort of every order under every window and slice was most of a week's time.
    select whole, bucket, channel, partner, count(*) as orders, count(*) filter (where reasons is not null) as exceptions,
           count(*) filter (where retried) as transient, count(*) filter (where recovered) as recovered,
           sum(manual) as manual, sum(resolution) as resolution, sum(resolved) as resolved,
           array_agg(latency) filter (where latency is not null) as latencies,
           array_agg(to_shipped) filter (where to_shipped is not null) as to_shipped,
           array_agg(to_invoiced) filter (where to_invoiced is not null) as to_invoiced,
           jsonb_agg(reasons) filter (where reasons is not null) as reasons
      from o group by whole, bucket, channel, partner
  ), ow as materialized (
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
    select min(s) as lo, max(e) as hi, min(e) as first_end, min(s) filter (where "key" = 'total') as total_s from w
  ), ${ORDERS_IN_WINDOWS}, orders_agg as (
    select ${KEY('k')} as "key", dim, grp, sum(orders) as orders, sum(exceptions) as exceptions,
           sum(transient) as transient, sum(recovered) as recovered, sum(manual) as manual,
           sum(resolution) / nullif(sum(resolved), 0)::float8 as mean_resolution
      from ow group by k, dim, grp
  ), percentiles as (
    -- Each slice's durations sorted once, by value (a null where one list is shorter counts for nothing).
    select ${KEY('k')} as "key", dim, grp,
           percentile_disc(array[0.5, 0.95, 0.99]) within group (order by x.latency) as latency,
           percentile_cont(0.5) within group (order by x.to_shipped) as to_shipped,
           percentile_cont(0.5) within group (order by x.to_invoiced) as to_invoiced
      from (select * from ow order by k, dim, grp) as p
      cross join unnest(p.latencies, p.to_shipped, p.to_invoiced) as x(latency, to_shipped, to_invoiced)
     group by k, dim, grp
  ), reasons as (
    -- From each group's exceptional orders' reasons (kept with the group: the orders are not read again).
    select ${KEY('k')} as "key", dim, grp, jsonb_object_agg(reason, n) as by_reason
      from (select ow.k, ow.dim, ow.grp, r.reason, count(*) as n
              from ow cross join jsonb_array_elements(ow.reasons) as e(reasons)
              cross join jsonb_array_elements_text(e.reasons) as r(reason)
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
  ), ${BACKLOG}, inventory as (
    select w."key", 'none' as dim, '' as grp,
           percentile_disc(array[0.5, 0.95]) within group (order by ${MS('i.delivered', 'i.changed')}) as delay
      from w join (
        -- Per event, through the deliveries' eventId index (a hash join would read every delivery).
        select ev."time" as changed, dl.delivered
          from "OutboxEvent" as ev cross join lateral (
            select max(d."deliveredAt") as delivered, bool_and(d."state" = 'delivered') as done
              from "EventDelivery" as d where d."eventId" = ev."id"
          ) as dl
         where ev."type" = 'com.crossdock.inventory.changed' and $2::text is null and $3::text is null
           and ev."time" >= (select lo from span) and ev."time" < (select hi from span) and dl.done
      ) as i on i.changed >= w.s and i.changed < w.e
     group by w."key"
  ), shipments as materialized (
    select o.whole, o.bucket, o.channel, o.partner, ev."time" as recorded,
           least((select min(d."deliveredAt") from "EventDelivery" as d where d."eventId" = ev."id" and d."state" = 'delivered'),
                 (select min(doc."createdAt") from "OutboundDocument" as doc where doc."kind" = '856' and doc."reference" = s."id")) as notified
      from o join "OrderShipment" as s on s."orderId" = o."id"
      -- Per shipment, through the outbox's subject index (a hash join would read every shipment event):
      -- "offset 0" keeps the planner from turning it into one.
      cross join lateral (
        select ev."id", ev."time" from "OutboxEvent" as ev
         where ev."subject" = s."id" and ev."type" = 'com.crossdock.shipment.milestone' and ev."data"->>'milestone' = 'shipped'
        offset 0
      ) as ev
  ), notices as (
    -- Not through ow: with the row estimates of a filter, joining ow to the shipments became a nested
    -- loop over both.
    select ${KEY('d.k')} as "key", d.dim, d.grp,
           percentile_disc(0.95) within group (order by greatest(0, ${MS('n.notified', 'n.recorded')})) as p95
      from shipments as n ${IN_WINDOWS('n')}
     where n.notified is not null and ${IN_WINDOWS_WANTED('n')}
     group by d.k, d.dim, d.grp
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
