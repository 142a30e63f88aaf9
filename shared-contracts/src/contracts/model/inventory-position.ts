import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  quantitySchema,
  requiredTextSchema,
  type IsoDate,
  type IsoDateTime,
  type Quantity,
} from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** Stock of one item in one warehouse, in the item's base unit of measure. */
export interface InventoryPosition {
  /** @example "HX-2201" */
  sku: string;
  /** @example "DAL1" */
  warehouseId: string;
  /**
   * The item's base unit; every quantity below is in it.
   * @example "EA"
   */
  uom: string;
  /** Physically in the warehouse. */
  onHand: Quantity;
  /** Reserved for orders already submitted. */
  allocated: Quantity;
  /**
   * What can be promised now: on hand less allocated (and less anything the ERP holds back, such as
   * quality holds). Negative when allocations exceed stock.
   */
  available: number;
  /** On open purchase orders and transfers, not yet received. */
  onOrder: Quantity;
  /** When the next receipt of `onOrder` stock is expected, if anything is on order. */
  expectedDate?: IsoDate;
  /** When the ERP reported this position. */
  asOf: IsoDateTime;
}

/** Runtime check for {@link InventoryPosition}. */
export const inventoryPositionSchema = z.object({
  sku: requiredTextSchema,
  warehouseId: idSchema,
  uom: requiredTextSchema,
  onHand: quantitySchema,
  allocated: quantitySchema,
  available: z.number().multipleOf(0.0001),
  onOrder: quantitySchema,
  expectedDate: isoDateSchema.optional(),
  asOf: isoDateTimeSchema,
});

assertTypesMatch<Equals<z.infer<typeof inventoryPositionSchema>, InventoryPosition>>();

/** What stock can promise for a quantity: how much is available now, and from when the quantity is. */
export interface StockPromise {
  /** Available now across the positions given, in the base unit (never negative). */
  available: number;
  /** Today when the quantity is available now; else the expected date of the receipt that completes it; absent when not even on order. */
  promisedDate?: IsoDate;
}

/**
 * When `baseQuantity` can be promised from these positions (one item, any warehouses): today from
 * what is available, else from the earliest receipts on order that make it up. The same reading of
 * an inventory position for every consumer; the order pipeline's plan decides the actual split.
 */
export function promiseFrom(
  positions: readonly InventoryPosition[],
  baseQuantity: number,
  today: IsoDate,
): StockPromise {
  const available = positions.reduce((sum, position) => sum + Math.max(0, position.available), 0);
  if (available >= baseQuantity) return { available, promisedDate: today };
  let covered = available;
  const receipts = positions
    .filter((position) => position.onOrder > 0 && position.expectedDate)
    .sort((a, b) => a.expectedDate!.localeCompare(b.expectedDate!));
  for (const receipt of receipts) {
    covered += receipt.onOrder;
    if (covered >= baseQuantity)
      return { available, promisedDate: receipt.expectedDate! < today ? today : receipt.expectedDate };
  }
  return { available };
}
