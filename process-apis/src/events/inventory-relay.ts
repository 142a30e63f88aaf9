import type { InventoryChangePage } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { ProcessDatabase } from '../database';

/** The system tier's inventory change feed, behind a port. */
export interface InventoryFeed {
  changesAfter(after: string, limit: number): Promise<InventoryChangePage>;
}

export function httpInventoryFeed(client: UpstreamClient): InventoryFeed {
  return {
    changesAfter: async (after, limit) =>
      (await client.get<InventoryChangePage>('/system/v1/inventory/changes', { query: { after, limit } })).data,
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
): Promise<number> {
  const relayed = await relayPages(db, feed);
  if (serveArrivals) await serveArrivals();
  return relayed;
}

async function relayPages(db: ProcessDatabase, feed: InventoryFeed): Promise<number> {
  let relayed = 0;
  for (;;) {
    const { rows } = await db.sql.query<{ cursor: string }>(
      `select ${FEED_CURSOR} as "cursor" from "EventCursor" where "name" = 'system-inventory'`,
    );
    const from = rows[0]?.cursor ?? '0';
    const page = await feed.changesAfter(from, PAGE);
    if (page.items.length === 0) return relayed;
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
    if (page.items.length < PAGE) return relayed;
  }
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

/** The relay in the background: a pass every `intervalMs`. */
export function startInventoryRelay(
  db: ProcessDatabase,
  feed: InventoryFeed,
  intervalMs: number,
  logger: Logger,
  serveArrivals?: () => Promise<void>,
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const pass = (): void => {
    running = relayInventoryChanges(db, feed, serveArrivals)
      .catch((error: unknown) => {
        if (!stopped)
          logger.warn('inventory change feed not relayed', {
            error: coerceError(error).message,
          });
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(pass, intervalMs);
      });
  };
  timer = setTimeout(pass, intervalMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
