/**
 * The one statement the KPIs come from: every figure for a list of windows, for the whole platform and,
 * for the 'total' window, per channel and per partner. $1: the windows as JSON [{ key, start, end }] (ISO
 * instants, end exclusive): 'total', optionally 'previous', and buckets keyed '0', '1'... that split 'total'
 * from its start (no other keys); $2: a channel or null; $3: a partner id or null; $4: whether to add the
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

/** Each row under the platform's slice, and when $4 asks and the window is the total, its channel's and partner's. */
const SLICES = (row: string) =>
  `cross join lateral (values ('none', ''), ('channel', ${row}.channel), ('partner', ${row}.partner)) as d(dim, grp)`;
const SLICE_WANTED = (key: string) => `(d.dim = 'none' or ($4::boolean and ${key} = 'total'))`;

const MS = (later: string, earlier: string) => `((extract(epoch from (${later} - ${earlier})) * 1000)::float8)`;

const ORDER_FIGURES = `o.latency, o.to_shipped, o.to_invoiced, o.retried, o.recovered, o.manual,
  o.reasons is not null as exceptional, o.resolved, o.resolution`;

/**
 * The orders of the windows (null where there is nothing to add up: less to keep and sort), then each
 * under the number of every window it falls in: -1 'total' (under each of its slices), -2 'previous', the
 * bucket's otherwise.
 */
const ORDERS_IN_WINDOWS = `
  o as materialized (
    select f."orderId" as "id", f."receivedAt" as received, f."channel" as channel, coalesce(f."partnerId", '') as partner,
           ${MS('f."acceptedAt"', 'f."receivedAt"')} as latency, ${MS('f."shippedAt"', 'f."receivedAt"')} / 1000 as to_shipped,
           ${MS('f."invoicedAt"', 'f."receivedAt"')} / 1000 as to_invoiced, f."retried" as retried, f."recovered" as recovered,
           nullif(f."manualActions", 0) as manual, nullif(f."exceptionReasons", '{}') as reasons,
           nullif(f."resolvedExceptions", 0) as resolved, f."resolutionSeconds" as resolution
      from "OrderKpiFact" as f
     where f."receivedAt" >= (select lo from span) and f."receivedAt" < (select hi from span) and ${MATCHES_FILTERS('f')}
  ), ow as (
    -- The whole windows by a join (two at most); the buckets by arithmetic: a join of every order with
    -- every bucket was most of the time of a day's report.
    select (case w."key" when 'total' then -1 else -2 end) as k, d.dim, d.grp, ${ORDER_FIGURES}
      from w join o on o.received >= w.s and o.received < w.e ${SLICES('o')}
     where w."key" in ('total', 'previous') and ${SLICE_WANTED('w."key"')}
    union all
    select ((${MS('o.received', 'w.s')})::bigint / $5::bigint)::int, 'none', '', ${ORDER_FIGURES}
      from w join o on o.received >= w.s and o.received < w.e where w."key" = 'total' and $5::bigint is not null
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
  ), open_at_end as (
    select null::text as "key", d.dim, d.grp, count(*) filter (where kind = 'hold') as holds,
           count(*) filter (where kind = 'dead-letter') as dead_letters, min(opened) as oldest
      from open_always as b ${SLICES('b')} where ${SLICE_WANTED(`'total'`)}
     group by d.dim, d.grp
    union all
    select w."key", d.dim, d.grp, count(*) filter (where b.kind = 'hold'), count(*) filter (where b.kind = 'dead-letter'),
           min(b.opened)
      from w join open_sometimes as b on b.opened < w.e and (b.closed is null or b.closed >= w.e) ${SLICES('b')}
     where ${SLICE_WANTED('w."key"')}
     group by w."key", d.dim, d.grp
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
    select min(s) as lo, max(e) as hi, min(e) as first_end from w
  ), ${ORDERS_IN_WINDOWS}, orders_agg as (
    select (case k when -1 then 'total' when -2 then 'previous' else k::text end) as "key", dim, grp, count(*) as orders,
           percentile_disc(array[0.5, 0.95, 0.99]) within group (order by latency) filter (where latency is not null) as latency,
           count(*) filter (where exceptional) as exceptions,
           count(*) filter (where retried) as transient,
           count(*) filter (where recovered) as recovered,
           percentile_cont(0.5) within group (order by to_shipped) filter (where to_shipped is not null) as to_shipped,
           percentile_cont(0.5) within group (order by to_invoiced) filter (where to_invoiced is not null) as to_invoiced,
           sum(manual) as manual,
           sum(resolution) / nullif(sum(resolved), 0)::float8 as mean_resolution
      from ow group by k, dim, grp
  ), reasons as (
    -- From the few orders with exceptions, by the windows (not through ow: read once, ow is not stored).
    select "key", dim, grp, jsonb_object_agg(reason, n) as by_reason
      from (select w."key", d.dim, d.grp, r.reason, count(*) as n
              from o join w on o.received >= w.s and o.received < w.e ${SLICES('o')} cross join unnest(o.reasons) as r(reason)
             where o.reasons is not null and ${SLICE_WANTED('w."key"')} group by 1, 2, 3, 4) as r
     group by "key", dim, grp
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
    select o.received, o.channel, o.partner, ev."time" as recorded,
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
    -- By the windows, not through ow: with the row estimates of a filter, joining ow to the shipments
    -- became a nested loop over both.
    select w."key", d.dim, d.grp,
           percentile_disc(0.95) within group (order by greatest(0, ${MS('n.notified', 'n.recorded')})) as p95
      from w join shipments as n on n.received >= w.s and n.received < w.e and n.notified is not null ${SLICES('n')}
     where ${SLICE_WANTED('w."key"')}
     group by w."key", d.dim, d.grp
  ), slices as (
    -- Every window for the platform; the total's channels and partners that have anything to show.
    select w."key", 'none' as dim, '' as grp from w
    union select "key", dim, grp from orders_agg where dim <> 'none'
    union select "key", dim, grp from dup where dim <> 'none'
    union select "key", dim, grp from backlog where dim <> 'none'
  )
  select sl."key", sl.dim, sl.grp, coalesce(a.orders, 0)::int as "orders", a.latency as "latency",
         coalesce(a.exceptions, 0)::int as "exceptions", coalesce(r.by_reason, '{}'::jsonb) as "byReason",
         coalesce(dup.duplicates, 0)::int as "duplicates", inv.delay as "inventoryDelay", nt.p95 as "noticeP95",
         coalesce(b.holds, 0)::int as "openHolds", coalesce(b.dead_letters, 0)::int as "openDeadLetters",
         b.oldest_seconds as "oldestSeconds", coalesce(a.transient, 0)::int as "transient",
         coalesce(a.recovered, 0)::int as "recovered", a.mean_resolution as "meanResolutionSeconds",
         a.to_shipped as "toShipped", a.to_invoiced as "toInvoiced", coalesce(a.manual, 0)::int as "manual"
    from slices as sl
    left join orders_agg as a using ("key", dim, grp)
    left join reasons as r using ("key", dim, grp)
    left join dup using ("key", dim, grp)
    left join backlog as b using ("key", dim, grp)
    left join inventory as inv using ("key", dim, grp)
    left join notices as nt using ("key", dim, grp)`;
