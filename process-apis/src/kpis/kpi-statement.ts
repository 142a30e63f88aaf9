/**
 * The one statement the KPIs come from: every figure for a list of windows, for the whole platform or
 * per channel or per partner, read from what the pipeline keeps (orders, their timelines, holds, dead
 * letters, shipments, outbox events and their deliveries). $1: the windows as JSON
 * [{ key, start, end }] (ISO instants, end exclusive); $2: a channel or null; $3: a partner id or
 * null; $4: 'none' | 'channel' | 'partner'. One row per window and group, numbers only (durations in
 * ms or s as double precision, never a timestamp read back).
 *
 * Figures about orders are over the orders received in the window (their later holds, retries and
 * resolutions included); duplicates and inventory changes count when they happened; the backlog is
 * what was open at the window's end.
 */

/** An order's trading partner: the one whose document made it (none for API and portal orders). */
const PARTNER_OF = (order: string) =>
  `(select d."partnerId" from "InboundDocumentOrder" as d where d."orderId" = ${order} order by d."createdAt" limit 1)`;

const GROUP_OF = (order: string) =>
  `(case $4 when 'channel' then ${order}."channel" when 'partner' then coalesce(${PARTNER_OF(`${order}."id"`)}, '') else '' end)`;

const MATCHES_FILTERS = (order: string) =>
  `($2::text is null or ${order}."channel" = $2) and ($3::text is null or ${PARTNER_OF(`${order}."id"`)} = $3)`;

/** An order's column by its id: read only where a group or filter asks for it (not for the platform's figures). */
const ORDER_COLUMN = (id: string, column: string) => `(select x."${column}" from "Order" as x where x."id" = ${id})`;

const GROUP_OF_ORDER_ID = (id: string) =>
  `(case $4 when 'channel' then ${ORDER_COLUMN(id, 'channel')} when 'partner' then coalesce(${PARTNER_OF(id)}, '') else '' end)`;

const ORDER_ID_MATCHES_FILTERS = (id: string) =>
  `($2::text is null or ${ORDER_COLUMN(id, 'channel')} = $2) and ($3::text is null or ${PARTNER_OF(id)} = $3)`;

/** A failed attempt the pipeline retries (technical-failure.ts writes it so). */
const RETRIED = `e."outcome" = 'failed' and e."actor" = 'pipeline' and e."detail" like 'Attempt % Retrying.'`;
/** A pipeline step that went through (answered, even with a hold). */
const WENT_THROUGH = `e."actor" = 'pipeline' and e."outcome" in ('succeeded', 'held') and e."step" in ('validate', 'enrich', 'credit', 'plan', 'reserve', 'submit')`;
/** What a person does about an exception (the ship-to of a release is part of that release). */
const MANUAL = `e."actor" <> 'pipeline' and (e."step" in ('release', 'override', 'reject') or e."outcome" = 'replayed')`;

const MS = (later: string, earlier: string) => `((extract(epoch from (${later} - ${earlier})) * 1000)::float8)`;

export const KPI_STATEMENT = `
  with w as (
    select v."key", (v."start"::timestamptz at time zone 'UTC') as s, (v."end"::timestamptz at time zone 'UTC') as e
      from jsonb_to_recordset($1::jsonb) as v("key" text, "start" text, "end" text)
  ), span as (
    select min(s) as lo, max(e) as hi from w
  ), o as materialized (
    select o."id", o."createdAt" as received, ${GROUP_OF('o')} as grp
      from "Order" as o
     where o."createdAt" >= (select lo from span) and o."createdAt" < (select hi from span) and ${MATCHES_FILTERS('o')}
  ), t as (
    -- Per order, through its timeline index: a window reads only its own orders' entries.
    select o."id" as "orderId", tl.*
      from o cross join lateral (
        select min(e."at") filter (where e."step" = 'submit' and e."outcome" = 'succeeded') as accepted,
               min(e."at") filter (where e."step" = 'shipped') as shipped,
               min(e."at") filter (where e."step" = 'invoiced') as invoiced,
               max(e."id") filter (where ${RETRIED}) as last_retry,
               max(e."id") filter (where ${WENT_THROUGH}) as last_through,
               count(distinct (e."step", e."correlationId")) filter (where ${MANUAL}) as manual
          from "OrderTimelineEntry" as e where e."orderId" = o."id"
      ) as tl
  ), x as (
    select h."orderId", h."reasonCode" as reason, h."createdAt" as opened, h."resolvedAt" as resolved
      from "Hold" as h join o on o."id" = h."orderId"
    union all
    select l."orderId", 'DEAD_LETTER', l."createdAt", l."replayedAt"
      from "DeadLetter" as l join o on o."id" = l."orderId"
  ), exceptional as (
    select distinct "orderId" from x
  ), ow as (
    select w."key", o."grp", o."id", o.received, t.accepted, t.shipped, t.invoiced, t.last_retry, t.last_through,
           coalesce(t.manual, 0) as manual, xo."orderId" is not null as exceptional
      from w join o on o.received >= w.s and o.received < w.e left join t on t."orderId" = o."id"
      left join exceptional as xo on xo."orderId" = o."id"
  ), orders_agg as (
    select "key", grp, count(*) as orders,
           percentile_disc(array[0.5, 0.95, 0.99]) within group (order by ${MS('accepted', 'received')})
             filter (where accepted is not null) as latency,
           count(*) filter (where exceptional) as exceptions,
           count(*) filter (where last_retry is not null) as transient,
           count(*) filter (where last_through > last_retry) as recovered,
           percentile_cont(0.5) within group (order by ${MS('shipped', 'received')} / 1000)
             filter (where shipped is not null) as to_shipped,
           percentile_cont(0.5) within group (order by ${MS('invoiced', 'received')} / 1000)
             filter (where invoiced is not null) as to_invoiced,
           sum(manual) as manual
      from ow group by "key", grp
  ), reasons as (
    select "key", grp, jsonb_object_agg(reason, n) as by_reason
      from (select ow."key", ow.grp, x.reason, count(distinct x."orderId") as n
              from ow join x on x."orderId" = ow."id" group by ow."key", ow.grp, x.reason) as r
     group by "key", grp
  ), resolution as (
    select ow."key", ow.grp, avg(${MS('x.resolved', 'x.opened')} / 1000) as mean_seconds
      from ow join x on x."orderId" = ow."id" where x.resolved is not null
     group by ow."key", ow.grp
  ), dup as (
    select w."key", ${GROUP_OF('o')} as grp, count(*) as duplicates
      from "OrderTimelineEntry" as e join "Order" as o on o."id" = e."orderId"
      join w on e."at" >= w.s and e."at" < w.e
     where e."outcome" = 'duplicate' and e."step" = 'received'
       and e."at" >= (select lo from span) and e."at" < (select hi from span) and ${MATCHES_FILTERS('o')}
     group by 1, 2
  ), open_now as (
    select h."createdAt" as opened, h."resolvedAt" as closed, 'hold' as kind, ${GROUP_OF_ORDER_ID('h."orderId"')} as grp
      from "Hold" as h
     where h."createdAt" < (select hi from span) and (h."resolvedAt" is null or h."resolvedAt" >= (select min(e) from w))
       and ${ORDER_ID_MATCHES_FILTERS('h."orderId"')}
    union all
    select l."createdAt", l."replayedAt", 'dead-letter', ${GROUP_OF_ORDER_ID('l."orderId"')}
      from "DeadLetter" as l
     where l."createdAt" < (select hi from span) and (l."replayedAt" is null or l."replayedAt" >= (select min(e) from w))
       and (l."replayedAt" is not null or ${ORDER_COLUMN('l."orderId"', 'status')} = 'FAILED')
       and ${ORDER_ID_MATCHES_FILTERS('l."orderId"')}
  ), backlog as (
    select w."key", b.grp, count(*) filter (where b.kind = 'hold') as holds,
           count(*) filter (where b.kind = 'dead-letter') as dead_letters,
           extract(epoch from (w.e - min(b.opened)))::float8 as oldest_seconds
      from w join open_now as b on b.opened < w.e and (b.closed is null or b.closed >= w.e)
     group by w."key", w.e, b.grp
  ), inventory as (
    select w."key", '' as grp,
           percentile_disc(array[0.5, 0.95]) within group (order by ${MS('i.delivered', 'i.changed')}) as delay
      from w join (
        -- Per event, through the deliveries' eventId index (a hash join would read every delivery).
        select ev."time" as changed, dl.delivered
          from "OutboxEvent" as ev cross join lateral (
            select max(d."deliveredAt") as delivered, bool_and(d."state" = 'delivered') as done
              from "EventDelivery" as d where d."eventId" = ev."id"
          ) as dl
         where ev."type" = 'com.crossdock.inventory.changed' and $4 = 'none' and $2::text is null and $3::text is null
           and ev."time" >= (select lo from span) and ev."time" < (select hi from span) and dl.done
      ) as i on i.changed >= w.s and i.changed < w.e
     group by w."key"
  ), shipments as (
    select o.received, o.grp, ev."time" as recorded,
           least((select min(d."deliveredAt") from "EventDelivery" as d where d."eventId" = ev."id" and d."state" = 'delivered'),
                 (select min(doc."createdAt") from "OutboundDocument" as doc where doc."kind" = '856' and doc."reference" = s."id")) as notified
      from o join "OrderShipment" as s on s."orderId" = o."id"
      -- Per shipment, through the outbox's subject index (a hash join would read every shipment event).
      cross join lateral (
        select ev."id", ev."time" from "OutboxEvent" as ev
         where ev."subject" = s."id" and ev."type" = 'com.crossdock.shipment.milestone' and ev."data"->>'milestone' = 'shipped'
      ) as ev
  ), notices as (
    -- By the windows, not through ow: with the row estimates of a filter, joining ow to the shipments
    -- became a nested loop over both.
    select w."key", n.grp,
           percentile_disc(0.95) within group (order by greatest(0, ${MS('n.notified', 'n.recorded')})) as p95
      from w join shipments as n on n.received >= w.s and n.received < w.e and n.notified is not null
     group by w."key", n.grp
  ), slices as (
    select w."key", g.grp from w cross join (
      select grp from o union select grp from dup union select grp from open_now union select '' where $4 = 'none'
    ) as g
  )
  select sl."key", sl.grp, coalesce(a.orders, 0)::int as "orders", a.latency as "latency",
         coalesce(a.exceptions, 0)::int as "exceptions", coalesce(r.by_reason, '{}'::jsonb) as "byReason",
         coalesce(dup.duplicates, 0)::int as "duplicates", inv.delay as "inventoryDelay", nt.p95 as "noticeP95",
         coalesce(b.holds, 0)::int as "openHolds", coalesce(b.dead_letters, 0)::int as "openDeadLetters",
         b.oldest_seconds as "oldestSeconds", coalesce(a.transient, 0)::int as "transient",
         coalesce(a.recovered, 0)::int as "recovered", res.mean_seconds as "meanResolutionSeconds",
         a.to_shipped as "toShipped", a.to_invoiced as "toInvoiced", coalesce(a.manual, 0)::int as "manual"
    from slices as sl
    left join orders_agg as a using ("key", grp)
    left join reasons as r using ("key", grp)
    left join resolution as res using ("key", grp)
    left join dup using ("key", grp)
    left join backlog as b using ("key", grp)
    left join inventory as inv using ("key", grp)
    left join notices as nt using ("key", grp)`;
