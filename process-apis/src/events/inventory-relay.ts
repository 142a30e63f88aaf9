import type { InventoryChangePage } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { ProcessDatabase } from '../database';

/** The system tier's inventory change feed, behind a port. */
export interface InventoryFeed {
  /** With `waitMs`, a long-poll: the answer comes as soon as a movement follows `after`, or empty after the wait. */
  changesAfter(after: string, limit: number, waitMs?: number): Promise<InventoryChangePage>;
}

export function httpInventoryFeed(client: UpstreamClient): InventoryFeed {
  return {
    changesAfter: async (after, limit, waitMs) =>
      (
        await client.get<InventoryChangePage>('/system/v1/inventory/changes', {
          query: { after, limit, waitMs: waitMs || undefined },
        })
      ).data,
  };
}

const PAGE = 500;

/**
 * Tails the system tier's inventory change feed and writes each movement to the outbox as
 * `com.crossdock.inventory.changed` (subject `<sku>@<warehouseId>`), moving the cursor in the same
 * statement. The event id is the movement's, so reading a page twice writes nothing twice; the
 * cursor only moves from where this relay read it, so two relays never both write a page. After
 * downtime it simply reads on from its cursor. Items whose stock came in are noted (as
 * `StockArrival`) in that same statement, and `serveArrivals` is called at the end of every pass:
 * backorders a failed allocation left unserved are tried again without waiting for another receipt.
 * Answers the movements relayed.
 */
export async function relayInventoryChanges(
  db: ProcessDatabase,
  feed: InventoryFeed,
  serveArrivals?: () => Promise<void>,
  waiting: FeedWait = { waitMs: 0, stopped: () => false },
): Promise<number> {
  const relayed = await relayPages(db, feed, waiting);
  if (serveArrivals && !waiting.stopped()) await serveArrivals();
  return relayed;
}

/** How long the first read of a pass may wait for a change, whether the relay stopped meanwhile, who to tell of events written. */
export interface FeedWait {
  waitMs: number;
  stopped(): boolean;
  relayed?(): void;
}

async function relayPages(db: ProcessDatabase, feed: InventoryFeed, waiting: FeedWait): Promise<number> {
  let relayed = 0;
  for (let first = true; !waiting.stopped(); first = false) {
    const { rows } = await db.sql.query<{ cursor: string }>(
      `select ${FEED_CURSOR} as "cursor" from "EventCursor" where "name" = 'system-inventory'`,
    );
    const from = rows[0]?.cursor ?? '0';
    const page = await feed.changesAfter(from, PAGE, first ? waiting.waitMs : 0);
    // A relay stopped while it waited writes nothing more: its database may be closing.
    if (page.items.length === 0 || waiting.stopped()) return relayed;
    const events = page.items.map((movement) => ({
      id: `inventory-movement-${movement.id}`,
      subject: `${movement.sku}@${movement.warehouseId}`,
      time: movement.at,
      correlationId: movement.correlationId,
      data: {
        sku: movement.sku,
        warehouseId: movement.warehouseId,
        movementId: movement.id,
        kind: movement.kind,
        quantity: movement.quantity,
        reason: movement.reason,
        ...(movement.reference ? { reference: movement.reference } : {}),
        onHand: movement.onHandAfter,
        allocated: movement.allocatedAfter,
        available: movement.onHandAfter - movement.allocatedAfter,
      },
    }));
    // Goods came in (bought, returned, counted up): backorders of those items may be served now.
    const arrived = page.items.filter(
      (movement) =>
        ['receipt', 'return'].includes(movement.kind) || (movement.kind === 'adjustment' && movement.quantity > 0),
    );
    const { rowCount } = await db.sql.query(RELAY, [
      JSON.stringify(events),
      from,
      page.cursor,
      [...new Set(arrived.map((movement) => movement.sku))],
    ]);
    if (!rowCount) return relayed;
    relayed += events.length;
    waiting.relayed?.();
    if (page.items.length < PAGE) return relayed;
  }
  return relayed;
}

/**
 * SQL: the feed's cursor as it gave it (opaque here). Before the feed's cursor carried more than a
 * movement id, the relay kept that id as `position`: the feed still takes it, and reads on without a skip.
 */
const FEED_CURSOR = `coalesce("feedCursor", "position"::text)`;

const RELAY = `
  with moved as (
    update "EventCursor" set "feedCursor" = $3 where "name" = 'system-inventory' and ${FEED_CURSOR} = $2 returning 1
  ), events as (
    insert into "OutboxEvent" ("id", "type", "source", "subject", "time", "correlationId", "data")
    select v."id", 'com.crossdock.inventory.changed', '/system/v1/inventory', v."subject", v."time"::timestamptz at time zone 'UTC', v."correlationId", v."data"
      from jsonb_to_recordset($1::jsonb) as v("id" text, "subject" text, "time" text, "correlationId" text, "data" jsonb)
     where exists (select 1 from moved)
    on conflict ("id") do nothing
  ), arrivals as (
    insert into "StockArrival" ("sku")
    select sku from unnest($4::text[]) as sku where exists (select 1 from moved)
    on conflict ("sku") do update set "arrivals" = "StockArrival"."arrivals" + 1
  )
  select 1 from moved`;

/** How the relay in the background reads the feed. */
export interface InventoryRelaySettings {
  /** The long-poll: how long one read waits for a change; 0 reads without waiting, every `intervalMs`. */
  waitMs: number;
  /** The pause between reads that did not wait (a system tier that does not long-poll): the slow safety net. */
  intervalMs: number;
}

// After a failed pass (the system tier down or restarting), the next comes this much later.
const RETRY_AFTER_FAILURE_MS = 1000;

/**
 * The relay in the background: a long-poll after another, each answered as soon as a movement is
 * written, so nothing wakes while no stock moves. A read that came back empty before half its wait
 * (a system tier that does not long-poll) is followed by a pause of `intervalMs`. `relayedSome` is
 * told when events were written (the delivery worker, to send them now).
 */
export function startInventoryRelay(
  db: ProcessDatabase,
  feed: InventoryFeed,
  settings: InventoryRelaySettings,
  logger: Logger,
  serveArrivals?: () => Promise<void>,
  relayedSome?: () => void,
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  // A pass waiting on the feed is not waited for when stopping (it may wait for long): it writes nothing after.
  let onFeed = false;
  const watchedFeed: InventoryFeed = {
    changesAfter: async (...read) => {
      onFeed = true;
      try {
        return await feed.changesAfter(...read);
      } finally {
        onFeed = false;
      }
    },
  };
  const waiting: FeedWait = { waitMs: settings.waitMs, stopped: () => stopped, relayed: relayedSome };
  const pass = (): void => {
    const startedAt = performance.now();
    const passDone = relayInventoryChanges(db, watchedFeed, serveArrivals, waiting).then(
      (relayed) => {
        const waited = settings.waitMs > 0 && performance.now() - startedAt >= settings.waitMs / 2;
        return relayed > 0 || waited ? 0 : settings.intervalMs;
      },
      (error: unknown) => {
        if (!stopped) logger.warn('inventory change feed not relayed', { error: coerceError(error).message });
        return Math.min(settings.intervalMs, RETRY_AFTER_FAILURE_MS);
      },
    );
    running = passDone;
    void passDone.then((pauseMs) => {
      if (!stopped) timer = setTimeout(pass, pauseMs);
    });
  };
  timer = setTimeout(pass, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (!onFeed) await running;
    },
  };
}
