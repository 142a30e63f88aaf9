/**
 * The statements the business figures come from. $1, $2: the window [from, to) as ISO instants; $3:
 * a channel or null. Money is summed as SQL numeric and read back as text (never a float); counts as
 * int, quantities as float8 (they are counts of goods, not money).
 */

/** The orders received in the window that still stand (rejected and cancelled ones left out). */
const RECEIVED = `
  o as materialized (
    select o."id", o."channel", o."customerId", o."currency", o."subtotal", o."status", o."pricedLines"
      from "Order" as o
     where o."createdAt" >= $1::timestamptz at time zone 'UTC' and o."createdAt" < $2::timestamptz at time zone 'UTC'
       and ($3::text is null or o."channel" = $3) and o."status" not in ('REJECTED', 'CANCELLED')
  )`;

/** The priced lines of those orders (lines that ship nothing are priced but never shipped). */
const LINES = `
  l as (
    select o."id" as "orderId", o."currency", o."status", line ->> 'sku' as sku, (line ->> 'lineNumber')::int as "lineNumber",
           (line ->> 'quantity')::float8 as quantity, (line ->> 'lineTotal')::numeric as "lineTotal",
           coalesce((line ->> 'shipsNothing')::boolean, false) as "shipsNothing"
      from o, jsonb_array_elements(o."pricedLines") as line
     where jsonb_typeof(o."pricedLines") = 'array'
  )`;

export const CHANNEL_VOLUMES = `
  with ${RECEIVED}
  select o."channel", o."currency", count(*)::int as orders, count(*) filter (where o."subtotal" is null)::int as unpriced,
         sum(o."subtotal")::text as value
    from o group by o."channel", o."currency" order by o."channel", o."currency"`;

/** Orders that reached the ERP: what they ordered beside what their shipments (recorded shipped) carry. */
export const FILL_RATE = `
  with ${RECEIVED}, ${LINES},
  shipped as (
    select s."orderId", (line ->> 'lineNumber')::int as "lineNumber", sum((line ->> 'quantity')::float8) as quantity
      from "OrderShipment" as s join o on o."id" = s."orderId", jsonb_array_elements(s."lines") as line
     where s."shippedAt" is not null
     group by 1, 2
  )
  select count(*)::int as "orderedLines",
         count(*) filter (where coalesce(shipped.quantity, 0) >= l.quantity)::int as "linesShippedInFull",
         coalesce(sum(l.quantity), 0)::float8 as "orderedQuantity",
         coalesce(sum(least(coalesce(shipped.quantity, 0), l.quantity)), 0)::float8 as "shippedQuantity"
    from l left join shipped on shipped."orderId" = l."orderId" and shipped."lineNumber" = l."lineNumber"
   where not l."shipsNothing" and l."status" in ('SUBMITTED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'INVOICED', 'CLOSED')`;

/** Backorders open now: the plan lines of open orders that still backorder something (any window). $1: a channel or null. */
export const OPEN_BACKORDERS = `
  with b as (
    select o."id", line ->> 'sku' as sku, (line ->> 'backordered')::float8 as quantity
      from "Order" as o, jsonb_array_elements(o."plan" -> 'lines') as line
     where o."status" in ('SUBMITTED', 'PARTIALLY_SHIPPED') and ($1::text is null or o."channel" = $1)
       and (line ->> 'backordered')::float8 > 0
  )
  select b.sku, sum(b.quantity)::float8 as quantity, count(distinct b."id")::int as orders, count(*)::int as lines,
         (select count(distinct "id") from b)::int as "allOrders"
    from b group by b.sku order by quantity desc, b.sku`;

export const TOP_CUSTOMERS = `
  with ${RECEIVED}
  select o."customerId", o."currency", count(*)::int as orders, sum(o."subtotal")::text as value
    from o where o."subtotal" is not null
   group by o."customerId", o."currency" order by sum(o."subtotal") desc, o."customerId" limit 10`;

export const TOP_ITEMS = `
  with ${RECEIVED}, ${LINES}
  select l.sku, l."currency", sum(l.quantity)::float8 as quantity, count(distinct l."orderId")::int as orders,
         sum(l."lineTotal")::text as value
    from l where l."lineTotal" is not null
   group by l.sku, l."currency" order by sum(l."lineTotal") desc, l.sku limit 10`;
