import { randomUUID } from 'node:crypto';
import type { Reservation, ReservationRequest } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import { inSqlTransaction, type SqlClient } from '@crossdock/shared-contracts/platform/database/sql';
import { isUniqueViolation } from '@crossdock/shared-contracts/platform/database/unique-violation';
import { BusinessRuleError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
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
 * Many reservations in one transaction and a handful of statements, whatever their number: the
 * stock positions they touch are locked, each request is granted in the order given while its
 * position still has enough available (so none takes stock another holds, and one that finds too
 * little is refused on its own while the others hold), and the positions, reservations, movements
 * and audit rows are written with one statement each. The table's CHECK backs the arithmetic up.
 */
export async function reserveMany(
  db: ErpDatabase,
  items: readonly BatchWrite<ReservationRequest>[],
): Promise<ItemOutcome<Reservation>[]> {
  try {
    return await reserveInOneGo(db, items);
  } catch (error) {
    // Another batch made one of these keys while this one ran: run it once more, and the key's
    // reservation is found and answered as made before.
    if (!isUniqueViolation(error)) throw error;
    return reserveInOneGo(db, items);
  }
}

async function reserveInOneGo(
  db: ErpDatabase,
  items: readonly BatchWrite<ReservationRequest>[],
): Promise<ItemOutcome<Reservation>[]> {
  return inSqlTransaction(db.sql, async (client) => {
    const byKey = await reservedBefore(client, items);
    const positions = await lockPositions(client, items);
    const now = new Date();
    const held: Held[] = [];
    const refused: { index: number; request: ReservationRequest }[] = [];
    const outcomes: ItemOutcome<Reservation>[] = items.map(({ request, by }, index) => {
      const known = request.reservationKey ? byKey.get(request.reservationKey) : undefined;
      if (known) return { value: known };
      const position = positions.get(positionKey(request));
      if (!position || position.onHand - position.allocated < request.quantity) {
        refused.push({ index, request });
        return { error: undefined as unknown };
      }
      position.allocated += request.quantity;
      position.granted += request.quantity;
      const reservation: Reservation = {
        id: randomUUID(),
        sku: request.sku,
        warehouseId: request.warehouseId,
        quantity: request.quantity,
        reference: request.reference,
        status: 'active',
        createdAt: now.toISOString(),
      };
      if (request.reservationKey) byKey.set(request.reservationKey, reservation);
      held.push({
        ...reservation,
        key: request.reservationKey ?? null,
        actor: by.actor,
        correlationId: by.correlationId,
        onHandAfter: position.onHand,
        allocatedAfter: position.allocated,
      });
      return { value: reservation };
    });
    for (const { index, error } of await refusals(client, refused, positions)) outcomes[index] = { error };
    if (held.length > 0) {
      const changed = [...positions.values()].filter((position) => position.granted > 0);
      await client.query(ALLOCATE, [JSON.stringify(changed), now.toISOString()]);
      await client.query(WRITE_HELD, [JSON.stringify(held), now.toISOString()]);
    }
    return outcomes;
  });
}

interface LockedPosition {
  sku: string;
  warehouseId: string;
  onHand: number;
  allocated: number;
  /** Granted by this batch, written back at the end. */
  granted: number;
}

const positionKey = (at: { sku: string; warehouseId: string }) => `${at.sku}|${at.warehouseId}`;

/** Keyed requests made before answer the reservation made then. */
async function reservedBefore(
  client: SqlClient,
  items: readonly BatchWrite<ReservationRequest>[],
): Promise<Map<string, Reservation>> {
  const keys = items.flatMap(({ request }) => (request.reservationKey ? [request.reservationKey] : []));
  const byKey = new Map<string, Reservation>();
  if (keys.length === 0) return byKey;
  const { rows } = await client.query<Reservation & { key: string }>(
    `select "id", "key", "sku", "warehouseId", "quantity", "reference", "status", to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt" from "Reservation" where "key" = any($1::text[])`,
    [keys],
  );
  for (const { key, ...reservation } of rows) byKey.set(key, reservation);
  return byKey;
}

/** The positions the batch touches, locked in one order (so two batches never wait on each other in a circle). */
async function lockPositions(
  client: SqlClient,
  items: readonly BatchWrite<ReservationRequest>[],
): Promise<Map<string, LockedPosition>> {
  const wanted = [...new Map(items.map(({ request }) => [positionKey(request), request])).values()];
  const { rows } = await client.query<Omit<LockedPosition, 'granted'>>(
    `select p."sku", p."warehouseId", p."onHand", p."allocated" from "InventoryPosition" as p
       join unnest($1::text[], $2::text[]) as w("sku", "warehouseId") on p."sku" = w."sku" and p."warehouseId" = w."warehouseId"
      order by p."sku", p."warehouseId" for update of p`,
    [wanted.map((request) => request.sku), wanted.map((request) => request.warehouseId)],
  );
  return new Map(rows.map((row) => [positionKey(row), { ...row, granted: 0 }]));
}

const ALLOCATE = `
  update "InventoryPosition" as p set "allocated" = p."allocated" + v."granted", "updatedAt" = $2::timestamp
    from jsonb_to_recordset($1::jsonb) as v("sku" text, "warehouseId" text, "granted" int)
   where p."sku" = v."sku" and p."warehouseId" = v."warehouseId"`;

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

/** Why each refused reservation was refused, as a single reservation would say it. */
async function refusals(
  client: SqlClient,
  refused: { index: number; request: ReservationRequest }[],
  positions: Map<string, LockedPosition>,
): Promise<{ index: number; error: Error }[]> {
  if (refused.length === 0) return [];
  const { rows } = await client.query<{ sku: string | null; warehouseId: string | null }>(
    `select (select "sku" from "Item" where "sku" = w."sku") as "sku", (select "id" from "Warehouse" where "id" = w."warehouseId") as "warehouseId"
       from unnest($1::text[], $2::text[]) with ordinality as w("sku", "warehouseId", "n") order by w."n"`,
    [refused.map(({ request }) => request.sku), refused.map(({ request }) => request.warehouseId)],
  );
  return refused.map(({ index, request }, at) => {
    if (!rows[at]?.sku)
      return { index, error: new BusinessRuleError('UNKNOWN_ITEM', `Item ${request.sku} is not known to the ERP.`) };
    if (!rows[at]?.warehouseId)
      return { index, error: new NotFoundError(`Warehouse ${request.warehouseId} does not exist.`) };
    const position = positions.get(positionKey(request));
    const available = position ? position.onHand - position.allocated : 0;
    return {
      index,
      error: new BusinessRuleError(
        'INSUFFICIENT_STOCK',
        `${request.sku} in ${request.warehouseId}: ${request.quantity} more needed than is held for it, ${available} available.`,
      ),
    };
  });
}
