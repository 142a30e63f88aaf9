import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type {
  InventoryChangePage,
  InventoryMovement,
  InventoryMovementRequest,
  Reservation,
  ReservationRequest,
} from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import type { Warehouse } from '@crossdock/shared-contracts/contracts/model/warehouse';
import type { BatchWrite, ItemOutcome, PageRequest, WriteActor } from './common';

export interface PositionFilter extends PageRequest {
  sku?: string;
  /** Several items at once (a price check, a partner's feed). */
  skus?: string[];
  warehouseId?: string;
  updatedSince?: Date;
}

export interface MovementFilter extends PageRequest {
  sku?: string;
  warehouseId?: string;
}

/**
 * Stock, which changes only by movements (never a blind overwrite) and reservations. Nothing may
 * drive available stock (on hand − allocated) below zero, also under concurrent requests.
 */
export interface InventoryPort {
  listWarehouses(): Promise<Warehouse[]>;
  listPositions(filter: PositionFilter): Promise<Page<InventoryPosition>>;
  recordMovement(request: InventoryMovementRequest, by: WriteActor): Promise<InventoryMovement>;
  listMovements(filter: MovementFilter): Promise<Page<InventoryMovement>>;
  /** Holds stock; refused with INSUFFICIENT_STOCK when not enough is available. */
  reserve(request: ReservationRequest, by: WriteActor): Promise<Reservation>;
  /**
   * Optional: many reservations at once, in the order given, each as `reserve` would make or refuse
   * it. Without it, the system API calls `reserve` once per item.
   */
  reserveMany?(items: readonly BatchWrite<ReservationRequest>[]): Promise<ItemOutcome<Reservation>[]>;
  /**
   * Gives held stock back; releasing a released reservation changes nothing. A reservation a sales
   * order has taken over is refused (cancel the order instead).
   */
  release(reservationId: string, by: WriteActor): Promise<Reservation>;
  getReservation(reservationId: string): Promise<Reservation | undefined>;
  /** Reservations made for `reference` (and not yet moved onto a sales order), newest first. */
  listReservations(filter: { reference: string; status?: string }): Promise<Reservation[]>;
  streamChanged(since: Date): AsyncIterable<InventoryPosition>;
  /**
   * Optional: the inventory change feed — every stock movement (receipts, adjustments,
   * reservations, releases, shipments, returns) after the cursor `after` (one it gave out, or `0`),
   * each once, never one skipped for having committed late. Without it the feed answers 501.
   */
  changesAfter?(after: string, limit: number): Promise<InventoryChangePage>;
}

/** The cursors an inventory change feed gives out (`<txid>:<id>` for the reference ERP, a plain id before). */
export const CHANGE_FEED_CURSOR = /^(\d{1,20}:)?\d{1,18}$/;
