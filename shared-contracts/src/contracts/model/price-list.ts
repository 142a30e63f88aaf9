import { z } from 'zod';
import {
  currencyCodeSchema,
  idSchema,
  isoDateSchema,
  quantitySchema,
  requiredTextSchema,
  unsignedDecimalStringSchema,
  type CurrencyCode,
  type DecimalString,
  type IsoDate,
  type Quantity,
} from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/**
 * One price of one item in one unit. Several entries for the same sku and unit with different minimum
 * quantities make quantity breaks: the entry with the highest minimum not above the ordered quantity
 * applies.
 */
export interface PriceListEntry {
  /** @example "HX-2201" */
  sku: string;
  /** @example "CS" */
  uom: string;
  /**
   * Least quantity (in `uom`) this price applies to; 1 for the single-unit price.
   * @example 10
   */
  minimumQuantity: Quantity;
  /** Price of one `uom`, in the list's currency. */
  unitPrice: DecimalString;
  /** First day the price applies. */
  effectiveFrom: IsoDate;
  /** Last day the price applies (inclusive); open-ended when absent. */
  effectiveTo?: IsoDate;
}

/** A price list: the general list price, or a contract list for one customer. */
export interface PriceList {
  /** @example "PL-CONTRACT-C10042" */
  id: string;
  /** @example "Acme contract 2025" */
  name: string;
  currency: CurrencyCode;
  /** Set for a contract price list that belongs to one customer; absent for a general list. */
  customerId?: string;
  entries: PriceListEntry[];
}

/** Runtime check for {@link PriceListEntry}; an entry may not end before it starts. */
export const priceListEntrySchema = z
  .object({
    sku: requiredTextSchema,
    uom: requiredTextSchema,
    minimumQuantity: quantitySchema,
    unitPrice: unsignedDecimalStringSchema,
    effectiveFrom: isoDateSchema,
    effectiveTo: isoDateSchema.optional(),
  })
  // ISO dates compare correctly as text.
  .refine((entry) => entry.effectiveTo === undefined || entry.effectiveTo >= entry.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'effectiveTo must not be before effectiveFrom',
  });

/** Runtime check for {@link PriceList}. */
export const priceListSchema = z.object({
  id: idSchema,
  name: requiredTextSchema,
  currency: currencyCodeSchema,
  customerId: idSchema.optional(),
  entries: z.array(priceListEntrySchema),
});

assertTypesMatch<Equals<z.infer<typeof priceListEntrySchema>, PriceListEntry>>();
assertTypesMatch<Equals<z.infer<typeof priceListSchema>, PriceList>>();
