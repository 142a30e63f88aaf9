import type { ProcessDatabase } from '../database';
import { FAN_OUT_CURSOR } from '../events/fan-out';

export interface QueueBacklog {
  name: 'jobs' | 'outbox' | 'deliveries';
  depth: number;
  oldestAgeSeconds: number;
}

export interface Backlog {
  queues: QueueBacklog[];
  /** Open holds by reason code. */
  openHolds: Record<string, number>;
  /**
   * Dead letters waiting for a person, by the step they died at: not replayed, and the order still
   * failed (a cancelled order's dead letter is closed), as the KPIs and the work queue count them.
   */
  openDeadLetters: Record<string, number>;
  /** Orders waiting for the ERP (unavailable), and how long the one waiting longest has waited. */
  waitingForErp: { orders: number; oldestWaitSeconds: number };
}

/**
 * What is waiting, as of `now`, in one statement: pipeline jobs ready to run (due or waiting for a
 * retry), outbox events past the delivery fan-out's cursor, pending deliveries, open holds, open
 * dead letters and the orders waiting for the ERP. Ages are measured from when the item became due (a job's `runAt`), was
 * written (an event) or created (a delivery).
 */
export async function readBacklog(db: ProcessDatabase, now: Date): Promise<Backlog> {
  const { rows } = await db.sql.query<{ kind: string; key: string; depth: number; oldest: number | null }>(BACKLOG, [
    now.toISOString(),
  ]);
  const backlog: Backlog = {
    queues: [],
    openHolds: {},
    openDeadLetters: {},
    waitingForErp: { orders: 0, oldestWaitSeconds: 0 },
  };
  for (const row of rows) {
    if (row.kind === 'queue')
      backlog.queues.push({
        name: row.key as QueueBacklog['name'],
        depth: row.depth,
        oldestAgeSeconds: Math.max(0, row.oldest ?? 0),
      });
    else if (row.kind === 'hold') backlog.openHolds[row.key] = row.depth;
    else if (row.kind === 'waitingForErp')
      backlog.waitingForErp = { orders: row.depth, oldestWaitSeconds: Math.max(0, row.oldest ?? 0) };
    else backlog.openDeadLetters[row.key] = row.depth;
  }
  return backlog;
}

const age = (column: string) => `extract(epoch from ($1::timestamp - min(${column})))::float8`;

const BACKLOG = `
  select 'queue' as "kind", 'jobs' as "key", count(*)::int as "depth", ${age('"runAt"')} as "oldest"
    from "PipelineJob" where "state" = 'ready'
  union all
  select 'queue', 'outbox', count(*)::int, ${age('e."time"')}
    from "OutboxEvent" as e where (coalesce(e."txid", '0'::xid8), e."position") > ${FAN_OUT_CURSOR}
  union all
  select 'queue', 'deliveries', count(*)::int, ${age('"createdAt"')}
    from "EventDelivery" where "state" = 'pending'
  union all
  select 'waitingForErp', 'orders', count(*)::int, ${age('"waitingSince"')}
    from "PipelineJob" where "state" = 'waiting' and "step" <> 'compensate'
  union all
  select 'hold', "reasonCode", count(*)::int, null from "Hold" where "status" = 'open' group by "reasonCode"
  union all
  select 'deadLetter', l."step", count(*)::int, null
    from "DeadLetter" as l join "Order" as o on o."id" = l."orderId"
   where l."replayedAt" is null and o."status" = 'FAILED' group by l."step"`;
