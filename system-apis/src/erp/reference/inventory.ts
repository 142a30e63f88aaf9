import type { InventoryMovement } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import type { Warehouse } from '@crossdock/shared-contracts/contracts/model/warehouse';
import {
  decodeCheckedCursor,
  decodeCursor,
  pageSize,
  toPage,
  type Page,
} from '@crossdock/shared-contracts/contracts/api/page';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ErpDatabase } from '../../database';
import {
  Prisma,
  type InventoryMovement as MovementRow,
  type InventoryPosition as PositionRow,
  type Item,
} from '../../generated/prisma/client';
import type { InventoryPort, PositionFilter } from '../ports/inventory-port';
import { changedSince } from './change-feed';
import { addressColumn } from './json-columns';
import { movementsAfter } from './movement-feed';
import { moveStock } from './stock';
import { createReferenceReservations } from './reservations';

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

export function createReferenceInventory(db: ErpDatabase): InventoryPort {
  return {
    listWarehouses: async (): Promise<Warehouse[]> => {
      const rows = await db.warehouse.findMany({ orderBy: { id: 'asc' } });
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        address: addressColumn.read(row.address),
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
    ...createReferenceReservations(db),
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
