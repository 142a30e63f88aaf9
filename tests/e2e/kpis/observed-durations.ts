/**
 * What the KPI test expects, worked out from what it observed (the orders' timelines and holds as the
 * API shows them, and the deliveries in the process tier's database), not from the KPI statement.
 * Not a test file.
 */
import type pg from 'pg';
import type { OrderView } from '../../support/order-pipeline';

/** An order as GET /process/v1/orders/{id} shows it, with the instants the KPIs are made of. */
export type TimedOrder = Omit<OrderView, 'timeline' | 'holds'> & {
  createdAt: string;
  timeline: { step: string; outcome: string; at: string }[];
  holds: { reasonCode: string; status: string; createdAt: string; resolvedAt?: string }[];
};

/** Nearest-rank percentile: the smallest observed value with at least `p` of the values at or below it. */
export function nearestRank(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
};

const ms = (iso: string) => new Date(iso).getTime();

/** Milliseconds from the order's receipt to the first timeline entry of `step` (undefined when none). */
export function sinceReceived(order: TimedOrder, step: string, outcome = 'succeeded'): number | undefined {
  const entry = order.timeline.find((each) => each.step === step && each.outcome === outcome);
  return entry ? ms(entry.at) - ms(order.createdAt) : undefined;
}

/** Seconds each resolved hold of the orders stayed open. */
export function resolutionSeconds(orders: TimedOrder[]): number[] {
  return orders.flatMap((order) =>
    order.holds.filter((hold) => hold.resolvedAt).map((hold) => (ms(hold.resolvedAt!) - ms(hold.createdAt)) / 1000),
  );
}

/**
 * Per event of `type` written since `since`: milliseconds from the event to its last delivery
 * (`last`), or to its first (`first`), for events every subscriber got.
 */
export async function deliveryDelays(
  db: pg.Client,
  type: string,
  since: Date,
  which: 'first' | 'last',
  milestone?: string,
): Promise<number[]> {
  // Instants as epoch milliseconds: the columns are UTC timestamps without a zone.
  const { rows } = await db.query<{ time: number; delivered: number[]; states: string[] }>(
    `select (extract(epoch from e."time") * 1000)::float8 as "time",
            array_agg((extract(epoch from d."deliveredAt") * 1000)::float8) as delivered, array_agg(d."state") as states
       from "OutboxEvent" as e join "EventDelivery" as d on d."eventId" = e."id"
      where e."type" = $1 and e."time" >= ($2::timestamptz at time zone 'UTC')
        and ($3::text is null or e."data"->>'milestone' = $3)
      group by e."id", e."time"`,
    [type, since.toISOString(), milestone ?? null],
  );
  return rows
    .filter((row) => row.states.every((state) => state === 'delivered'))
    .map((row) => (which === 'last' ? Math.max(...row.delivered) : Math.min(...row.delivered)) - row.time);
}
