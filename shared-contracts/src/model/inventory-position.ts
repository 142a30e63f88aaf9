import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, quantitySchema, requiredTextSchema, type IsoDate, type IsoDateTime, type Quantity } from './primitives';
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
