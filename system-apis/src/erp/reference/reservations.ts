import type { Reservation, ReservationRequest } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import { documentNumberOf } from './document-numbers';
import { ConflictError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { salesOrderId } from './sales-orders';
import { isUniqueViolation } from '@crossdock/shared-contracts/platform/database/unique-violation';
import type { ErpDatabase } from '../../database';
import type { Reservation as ReservationRow } from '../../generated/prisma/client';
import type { ItemOutcome, WriteActor } from '../ports/common';
import type { InventoryPort } from '../ports/inventory-port';
import { reserveMany } from './reserve-many';
import { holdStock, releaseHeld } from './stock';

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

const namesOrderLine = (request: ReservationRequest) =>
  request.salesOrderId !== undefined || request.lineNumber !== undefined;

/**
 * Holds on stock: for a sales order line (checked against the line and tied to it) or for any
 * reference, once per reservation key, released by id.
 */
export function createReferenceReservations(
  db: ErpDatabase,
): Pick<InventoryPort, 'reserve' | 'reserveMany' | 'release' | 'listReservations' | 'getReservation'> {
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
    reserve,
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
  };
}
