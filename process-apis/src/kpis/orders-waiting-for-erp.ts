import type { ProcessDatabase } from '../database';

/** Orders waiting for the ERP now, by channel and by trading partner ('' for none). */
export interface OrdersWaitingForErp {
  total: number;
  byChannel: Map<string, number>;
  byPartner: Map<string, number>;
}

/**
 * Counts the orders waiting for the ERP now (their job `waiting` at a step of the saga; failed
 * orders waiting to give their reservations back are not counted), under the report's channel and
 * partner filters. A small query of its own beside the KPI statement: it reads only waiting jobs.
 */
export async function countOrdersWaitingForErp(
  db: Pick<ProcessDatabase, 'sql'>,
  filters: { channel?: string; partner?: string },
): Promise<OrdersWaitingForErp> {
  const { rows } = await db.sql.query<{ channel: string; partnerId: string; orders: number }>(WAITING, [
    filters.channel ?? null,
  ]);
  const counted: OrdersWaitingForErp = { total: 0, byChannel: new Map(), byPartner: new Map() };
  for (const { channel, partnerId, orders } of rows) {
    if (filters.partner && partnerId !== filters.partner) continue;
    counted.total += orders;
    counted.byChannel.set(channel, (counted.byChannel.get(channel) ?? 0) + orders);
    counted.byPartner.set(partnerId, (counted.byPartner.get(partnerId) ?? 0) + orders);
  }
  return counted;
}

// An order's partner as the KPI statement finds it: the one whose document made it.
const WAITING = `
  select o."channel",
         coalesce((select d."partnerId" from "InboundDocumentOrder" as d where d."orderId" = o."id" order by d."createdAt" limit 1), '') as "partnerId",
         count(*)::int as "orders"
    from "PipelineJob" as j join "Order" as o on o."id" = j."orderId"
   where j."state" = 'waiting' and j."step" <> 'compensate' and ($1::text is null or o."channel" = $1)
   group by 1, 2`;
