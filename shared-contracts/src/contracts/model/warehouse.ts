import { z } from 'zod';
import { addressSchema, type Address } from './address';
import { idSchema, requiredTextSchema } from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** A stocking location orders can be fulfilled from. */
export interface Warehouse {
  /**
   * The ERP warehouse code.
   * @example "DAL1"
   */
  id: string;
  /** @example "Dallas distribution centre" */
  name: string;
  address: Address;
  /**
   * IANA time zone the warehouse works in, for cut-off times and ship dates.
   * @example "America/Chicago"
   */
  timeZone?: string;
}

/** Runtime check for {@link Warehouse}. */
export const warehouseSchema = z.object({
  id: idSchema,
  name: requiredTextSchema,
  address: addressSchema,
  timeZone: requiredTextSchema.optional(),
});

assertTypesMatch<Equals<z.infer<typeof warehouseSchema>, Warehouse>>();
