import { randomUUID } from 'node:crypto';
import type { Reservation, ReservationRequest } from '@crossdock/shared-contracts/contracts/system-inventory';
import { inSqlTransaction, type SqlClient } from '@crossdock/shared-contracts/database/sql';
import { BusinessRuleError, NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import type { ErpDatabase } from '../../database';
import type { BatchWrite, ItemOutcome } from '../ports/common';

interface Held extends Reservation {
  key: string | null;
  actor: string;
  correlationId: string;
  onHandAfter: number;
  allocatedAfter: number;
}

/**
 * Many reservations in one transaction: each is the same conditional UPDATE of its stock position
 * a single reservation makes (so none can take stock another holds), in the order given; one that
 * finds too little stock is refused on its own and the others still hold. The reservations, their
 * movements and their audit rows are then written with one statement each for the whole batch.
 */
export async function reserveMany(db: ErpDatabase, items: readonly BatchWrite<ReservationRequest>[]): Promise<ItemOutcome<Reservation>[]> {
  return inSqlTransaction(db.sql, async (client) => {
    const keys = items.flatMap(({ request }) => (request.reservationKey ? [request.reservationKey] : []));
    const byKey = new Map<string, Reservation>();
    if (keys.length > 0) {
      const { rows } = await client.query<Reservation & { key: string; createdAt: string }>(
        `select "id", "key", "sku", "warehouseId", "quantity", "reference", "status", to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt" from "Reservation" where "key" = any($1::text[])`,
        [keys],
      );
      for (const { key, ...reservation } of rows) byKey.set(key, reservation);
    }
    const now = new Date();
    const held: Held[] = [];
    const outcomes: ItemOutcome<Reservation>[] = [];
    for (const { request, by } of items) {
      const known = request.reservationKey ? byKey.get(request.reservationKey) : undefined;
      if (known) {
        outcomes.push({ value: known });
        continue;
      }
      const { rows } = await client.query<{ onHand: number; allocated: number }>(HOLD_STOCK, [request.quantity, now.toISOString(), request.sku, request.warehouseId]);
      if (!rows[0]) {
        outcomes.push({ error: await refusal(client, request) });
        continue;
      }
      const reservation: Reservation = { id: randomUUID(), sku: request.sku, warehouseId: request.warehouseId, quantity: request.quantity, reference: request.reference, status: 'active', createdAt: now.toISOString() };
      if (request.reservationKey) byKey.set(request.reservationKey, reservation);
      held.push({ ...reservation, key: request.reservationKey ?? null, actor: by.actor, correlationId: by.correlationId, onHandAfter: rows[0].onHand, allocatedAfter: rows[0].allocated });
      outcomes.push({ value: reservation });
    }
    if (held.length > 0) await client.query(WRITE_HELD, [JSON.stringify(held), now.toISOString()]);
    return outcomes;
  });
}

// The one condition that keeps stock from being promised twice (backed by the table's CHECK).
const HOLD_STOCK = `
  update "InventoryPosition" set "allocated" = "allocated" + $1::int, "updatedAt" = $2::timestamp
   where "sku" = $3 and "warehouseId" = $4 and "onHand" >= "allocated" + $1::int
  returning "onHand", "allocated"`;

const WRITE_HELD = `
  with held as (
    select * from jsonb_to_recordset($1::jsonb)
      as v("id" text, "key" text, "sku" text, "warehouseId" text, "quantity" int, "reference" text, "actor" text, "correlationId" text, "onHandAfter" int, "allocatedAfter" int)
  ), reservations as (
    insert into "Reservation" ("id", "key", "sku", "warehouseId", "quantity", "reference", "status", "createdAt", "updatedAt")
    select "id", "key", "sku", "warehouseId", "quantity", "reference", 'active', $2::timestamp, $2::timestamp from held
  ), movements as (
    insert into "InventoryMovement" ("sku", "warehouseId", "kind", "quantity", "reason", "reference", "onHandAfter", "allocatedAfter", "actor", "correlationId", "at")
    select "sku", "warehouseId", 'reservation', "quantity", 'reserved', "reference", "onHandAfter", "allocatedAfter", "actor", "correlationId", $2::timestamp from held
  )
  insert into "ErpAudit" ("entity", "entityId", "action", "actor", "correlationId", "at", "data")
  select 'reservation', "id", 'reserve', "actor", "correlationId", $2::timestamp, jsonb_build_object('sku', "sku", 'warehouseId', "warehouseId", 'quantity', "quantity") from held`;

/** Why a reservation was refused, as a single reservation would say it. */
async function refusal(client: SqlClient, request: ReservationRequest): Promise<Error> {
  const { rows } = await client.query<{ item: boolean; warehouse: boolean; available: number | null }>(
    `select exists (select 1 from "Item" where "sku" = $1) as "item", exists (select 1 from "Warehouse" where "id" = $2) as "warehouse",
            (select "onHand" - "allocated" from "InventoryPosition" where "sku" = $1 and "warehouseId" = $2) as "available"`,
    [request.sku, request.warehouseId],
  );
  const found = rows[0]!;
  if (!found.item) return new BusinessRuleError('UNKNOWN_ITEM', `Item ${request.sku} is not known to the ERP.`);
  if (!found.warehouse) return new NotFoundError(`Warehouse ${request.warehouseId} does not exist.`);
  return new BusinessRuleError('INSUFFICIENT_STOCK', `${request.sku} in ${request.warehouseId}: ${request.quantity} more needed than is held for it, ${found.available ?? 0} available.`);
}
