import type {
  InventoryMovement,
  Reservation,
  ReservationRequest,
} from '@crossdock/shared-contracts/contracts/system-inventory';
import { documentNumberOf } from './document-numbers';
import type { InventoryPosition } from '@crossdock/shared-contracts/model/inventory-position';
import type { Warehouse } from '@crossdock/shared-contracts/model/warehouse';
import {
  decodeCheckedCursor,
  decodeCursor,
  pageSize,
  toPage,
  type Page,
} from '@crossdock/shared-contracts/contracts/page';
import { ConflictError, ValidationError } from '@crossdock/shared-contracts/errors/errors';
import { salesOrderId } from './sales-orders';
import { isUniqueViolation } from '@crossdock/shared-contracts/database/unique-violation';
import type { ErpDatabase } from '../../database';
import {
  Prisma,
  type InventoryMovement as MovementRow,
  type InventoryPosition as PositionRow,
  type Item,
  type Reservation as ReservationRow,
} from '../../generated/prisma/client';
import type { ItemOutcome, WriteActor } from '../ports/common';
import type { InventoryPort, PositionFilter } from '../ports/inventory-port';
import { changedSince } from './change-feed';
import { movementsAfter } from './movement-feed';

import { reserveMany } from './reserve-many';
import { holdStock, moveStock, releaseHeld } from './stock';

/** The sales order line a reservation is for, when it names one; it must exist and be of the same item. */
async function orderLineFor(
  db: ErpDatabase,
  request: ReservationRequest,
): Promise<{ salesOrderNumber: number; lineNumber: number } | undefined> {
  if (request.salesOrderId === undefined && request.lineNumber === undefined) return undefined;
  const salesOrderNumber = request.salesOrderId ? documentNumberOf('SO', request.salesOrderId) : undefined;
  const line =
    salesOrderNumber !== undefined && request.lineNumber !== undefined
      ? await db.salesOrderLine.findUnique({
          where: { salesOrderNumber_lineNumber: { salesOrderNumber, lineNumber: request.lineNumber } },
        })
      : null;
  if (!line || line.sku !== request.sku) {
    throw new ValidationError(
      `Sales order ${request.salesOrderId ?? '(none)'} has no line ${request.lineNumber ?? '(none)'} for ${request.sku}.`,
      [{ field: 'lineNumber', message: 'not a line of that sales order for this item' }],
    );
  }
  return { salesOrderNumber: line.salesOrderNumber, lineNumber: line.lineNumber };
}

type PositionWithUom = PositionRow & { item: Pick<Item, 'baseUom'> };

function toPosition(row: PositionWithUom): InventoryPosition {
  return {
    sku: row.sku,
    warehouseId: row.warehouseId,
    uom: row.item.baseUom,
    onHand: row.onHand,
    allocated: row.allocated,
    available: row.onHand - row.allocated,
    onOrder: row.onOrder,
    expectedDate: row.expectedDate?.toISOString().slice(0, 10),
    asOf: row.updatedAt.toISOString(),
  };
}

function toMovement(row: MovementRow): InventoryMovement {
  return {
    id: String(row.id),
    sku: row.sku,
    warehouseId: row.warehouseId,
    kind: row.kind,
    quantity: row.quantity,
    reason: row.reason,
    reference: row.reference ?? undefined,
    actor: row.actor,
    correlationId: row.correlationId,
    at: row.at.toISOString(),
    onHandAfter: row.onHandAfter,
    allocatedAfter: row.allocatedAfter,
  };
}

export function toReservation(row: ReservationRow): Reservation {
  return {
    id: row.id,
    sku: row.sku,
    warehouseId: row.warehouseId,
    quantity: row.quantity,
    reference: row.reference,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A position is a small record, and a price check or a partner's feed wants every warehouse of a
 * few hundred items at once: one page holds up to this many.
 */
export const MAX_POSITIONS_PER_PAGE = 1000;

interface PositionListRow {
  sku: string;
  warehouseId: string;
  uom: string;
  onHand: number;
  allocated: number;
  onOrder: number;
  expectedDate: string | null;
  asOf: string;
}

/**
 * Positions in (sku, warehouse) order. Raw SQL: this list is on the hot path of the mobile price
 * check and the partners' inventory feeds (hundreds of positions a call), where the ORM's row
 * shaping cost more than the query (see docs/performance.md).
 */
async function listPositions(db: ErpDatabase, filter: PositionFilter): Promise<Page<InventoryPosition>> {
  const take = pageSize(filter.limit, MAX_POSITIONS_PER_PAGE);
  const after = decodeCursor(filter.cursor);
  const [afterSku, afterWarehouse] = after?.split('|') ?? [];
  const conditions: Prisma.Sql[] = [];
  if (filter.sku) conditions.push(Prisma.sql`p."sku" = ${filter.sku}`);
  if (filter.skus) conditions.push(Prisma.sql`p."sku" = ANY(${filter.skus})`);
  if (filter.warehouseId) conditions.push(Prisma.sql`p."warehouseId" = ${filter.warehouseId}`);
  // Timestamps are kept in UTC without a zone; the instant's UTC wall time compares with them.
  if (filter.updatedSince)
    conditions.push(Prisma.sql`p."updatedAt" >= ${filter.updatedSince.toISOString()}::timestamp`);
  if (afterSku !== undefined)
    conditions.push(Prisma.sql`(p."sku", p."warehouseId") > (${afterSku}, ${afterWarehouse ?? ''})`);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  const rows = await db.$queryRaw<PositionListRow[]>`
    SELECT p."sku", p."warehouseId", i."baseUom" AS "uom", p."onHand", p."allocated", p."onOrder",
           to_char(p."expectedDate", 'YYYY-MM-DD') AS "expectedDate",
           to_char(p."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "asOf"
      FROM "InventoryPosition" p JOIN "Item" i ON i."sku" = p."sku"
      ${where}
     ORDER BY p."sku", p."warehouseId"
     LIMIT ${take + 1}`;
  const positions = rows.map(
    (row): InventoryPosition => ({
      sku: row.sku,
      warehouseId: row.warehouseId,
      uom: row.uom,
      onHand: row.onHand,
      allocated: row.allocated,
      available: row.onHand - row.allocated,
      onOrder: row.onOrder,
      expectedDate: row.expectedDate ?? undefined,
      asOf: row.asOf,
    }),
  );
  return toPage(positions, take, (position) => `${position.sku}|${position.warehouseId}`);
}

const namesOrderLine = (request: ReservationRequest) =>
  request.salesOrderId !== undefined || request.lineNumber !== undefined;

export function createReferenceInventory(db: ErpDatabase): InventoryPort {
  const reserve = async (request: ReservationRequest, by: WriteActor): Promise<Reservation> => {
    const line = await orderLineFor(db, request);
    const hold = {
      key: request.reservationKey,
      sku: request.sku,
      warehouseId: request.warehouseId,
      quantity: request.quantity,
      reference: request.reference,
      ...line,
    };
    try {
      return toReservation(await db.$transaction((tx) => holdStock(tx, hold, by)));
    } catch (error) {
      // Two requests with one key at once: the second's insert loses on the unique key; answer the first.
      const earlier =
        isUniqueViolation(error) && request.reservationKey
          ? await db.reservation.findUnique({ where: { key: request.reservationKey } })
          : undefined;
      if (earlier) return toReservation(earlier);
      throw error;
    }
  };
  return {
    listWarehouses: async (): Promise<Warehouse[]> => {
      const rows = await db.warehouse.findMany({ orderBy: { id: 'asc' } });
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        address: row.address as unknown as Warehouse['address'],
        timeZone: row.timeZone,
      }));
    },
    listPositions: (filter) => listPositions(db, filter),
    recordMovement: async (request, by) => {
      if (request.kind === 'receipt' && request.quantity <= 0)
        throw new ValidationError('A receipt adds stock: its quantity must be positive.', [
          { field: 'quantity', message: 'must be > 0 for a receipt' },
        ]);
      if (request.quantity === 0)
        throw new ValidationError('An adjustment of 0 changes nothing.', [
          { field: 'quantity', message: 'must not be 0' },
        ]);
      const movement = await db.$transaction((tx) =>
        moveStock(
          tx,
          {
            sku: request.sku,
            warehouseId: request.warehouseId,
            kind: request.kind,
            onHandDelta: request.quantity,
            allocatedDelta: 0,
            reason: request.reason,
            reference: request.reference,
          },
          by,
        ),
      );
      return toMovement(movement);
    },
    listMovements: async (filter) => {
      const take = pageSize(filter.limit);
      const after = decodeCheckedCursor(filter.cursor, (decoded) => /^\d{1,19}$/.test(decoded));
      const rows = await db.inventoryMovement.findMany({
        where: {
          ...(filter.sku ? { sku: filter.sku } : {}),
          ...(filter.warehouseId ? { warehouseId: filter.warehouseId } : {}),
          ...(after ? { id: { lt: BigInt(after) } } : {}),
        },
        orderBy: { id: 'desc' },
        take: take + 1,
      });
      return toPage(rows.map(toMovement), take, (movement) => movement.id);
    },
    changesAfter: async (after, limit) => {
      const { rows, cursor } = await movementsAfter(db, after, limit);
      return { items: rows.map(toMovement), cursor };
    },
    reserveMany: async (items) => {
      // A reservation for a sales order line is checked against the line and tied to it, which
      // the batch's statements do not do: such a batch takes the single path, in the order given.
      if (!items.some(({ request }) => namesOrderLine(request))) return reserveMany(db, items);
      const outcomes: ItemOutcome<Reservation>[] = [];
      for (const { request, by } of items)
        outcomes.push(
          await reserve(request, by).then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          ),
        );
      return outcomes;
    },
    reserve,
    release: async (reservationId, by) => {
      const held = await db.reservation.findUnique({
        where: { id: reservationId },
        select: { salesOrderNumber: true },
      });
      // Stock a sales order holds goes back with the order (cancel) or leaves with its shipment.
      if (held?.salesOrderNumber != null) {
        throw new ConflictError(
          'reservation-belongs-to-order',
          'The reservation belongs to a sales order',
          `Reservation ${reservationId} holds stock for sales order ${salesOrderId(held.salesOrderNumber)}; cancel the order to release it.`,
        );
      }
      return toReservation(await db.$transaction((tx) => releaseHeld(tx, reservationId, 'released on request', by)));
    },
    listReservations: async (filter) => {
      const rows = await db.reservation.findMany({
        where: {
          reference: filter.reference,
          salesOrderNumber: null,
          ...(filter.status ? { status: filter.status } : {}),
        },
        orderBy: { createdAt: 'desc' },
        take: 500,
      });
      return rows.map(toReservation);
    },
    getReservation: async (reservationId) => {
      const row = await db.reservation.findUnique({ where: { id: reservationId } });
      return row ? toReservation(row) : undefined;
    },
    streamChanged: (since) =>
      changedSince(
        (after, take) =>
          db.inventoryPosition.findMany({
            where: after
              ? {
                  OR: [
                    { updatedAt: { gt: after.updatedAt } },
                    { updatedAt: after.updatedAt, sku: { gt: after.key.split('|')[0] } },
                    {
                      updatedAt: after.updatedAt,
                      sku: after.key.split('|')[0],
                      warehouseId: { gt: after.key.split('|')[1] },
                    },
                  ],
                }
              : { updatedAt: { gte: since } },
            orderBy: [{ updatedAt: 'asc' }, { sku: 'asc' }, { warehouseId: 'asc' }],
            take,
            include: { item: { select: { baseUom: true } } },
          }),
        (row) => `${row.sku}|${row.warehouseId}`,
        toPosition,
      ),
  };
}
