/** Contracts of the system API's inventory: movements and reservations. Stock changes only by these. */

/**
 * `receipt`: goods arrived (quantity > 0). `adjustment`: a count correction, damage, shrinkage
 * (quantity may be negative, but never below what is allocated).
 */
export type MovementKind = 'receipt' | 'adjustment';

export interface InventoryMovementRequest {
  sku: string;
  warehouseId: string;
  kind: MovementKind;
  /**
   * In the item's base unit. A receipt adds; an adjustment adds or (negative) removes.
   * @isInt
   */
  quantity: number;
  /**
   * Why: required, kept with the movement.
   * @minLength 3
   * @example "cycle count 2026-11, aisle 14"
   */
  reason: string;
  /** A document this movement belongs to (purchase order, count sheet). */
  reference?: string;
}

/** One change of stock, as the ERP recorded it. */
export interface InventoryMovement {
  id: string;
  sku: string;
  warehouseId: string;
  /** receipt | adjustment | reservation | release | shipment | return */
  kind: string;
  /** Signed change of on hand (receipt, adjustment, shipment, return) or of allocated (reservation, release). */
  quantity: number;
  reason: string;
  reference?: string;
  actor: string;
  correlationId: string;
  /** @format date-time */
  at: string;
  /** On hand after this movement. */
  onHandAfter: number;
  /** Allocated after this movement. */
  allocatedAfter: number;
}

export interface ReservationRequest {
  sku: string;
  warehouseId: string;
  /**
   * In the item's base unit.
   * @isInt
   * @minimum 1
   */
  quantity: number;
  /** What the stock is held for, e.g. an order id. */
  reference: string;
  /**
   * The caller's key for this reservation: reserving again with the same key (a retry after a lost
   * answer) answers the reservation made the first time and holds nothing more.
   */
  reservationKey?: string;
  /**
   * The sales order line the stock is for (with `lineNumber`): its shipments use the reservation and
   * its cancellation releases it, as for the reservations the order was created with (stock
   * allocated to a backorder after the order was made).
   * @example "SO-000042"
   */
  salesOrderId?: string;
  /**
   * @isInt
   * @minimum 1
   */
  lineNumber?: number;
}

export interface Reservation {
  id: string;
  sku: string;
  warehouseId: string;
  quantity: number;
  reference: string;
  /** active | released | consumed */
  status: string;
  /** @format date-time */
  createdAt: string;
}

/** What can be promised of one item now, all warehouses together, in its base unit. */
export interface ItemAvailability {
  sku: string;
  /** The item's base unit; the quantities are in it. */
  uom: string;
  /** Available now: each warehouse's on hand less allocated, a warehouse that is oversold counting as none. */
  available: number;
  /** On purchase orders and transfers, not yet received. */
  onOrder: number;
  /**
   * The earliest expected date of what is on order.
   * @format date
   */
  nextReceiptDate?: string;
}

/**
 * A page of the inventory change feed: stock movements after a cursor, each once. Pass `cursor`
 * back as `after` to read on; it is answered even when the page is empty, so a reader tails the
 * feed without ever skipping or repeating a movement.
 */
export interface InventoryChangePage {
  items: InventoryMovement[];
  /** Where to read on from (opaque): passed back as `after`, even after an empty page. */
  cursor: string;
}
