import { z } from 'zod';
import { requiredTextSchema, unsignedDecimalStringSchema, type DecimalString } from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** The values of {@link ItemStatus}, for runtime checks and iteration. */
export const ITEM_STATUSES = ['active', 'discontinued'] as const;

/** Whether an item may be sold: `discontinued` items sell down remaining stock and are not reordered. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** An alternate unit of measure and how many base units it holds (CS = 12 EA). */
export interface UomConversion {
  /**
   * The unit code (X12 355 codes where they exist).
   * @example "CS"
   */
  uom: string;
  /**
   * How many base units one of this unit holds: a whole number, at least 1 (a case of 12, a reel
   * of 500 FT). Stock is counted in whole base units.
   * @isInt
   * @minimum 1
   * @example 12
   */
  factorToBase: number;
}

/** A sellable item with its base unit of measure and the alternate units it can be ordered in. */
export interface Item {
  /**
   * The ERP item number.
   * @example "HX-2201"
   */
  sku: string;
  /** @example "Hex bolt M8 x 40, zinc" */
  description: string;
  status: ItemStatus;
  /**
   * The unit stock is counted in; every other unit converts to it.
   * @example "EA"
   */
  baseUom: string;
  /** Other units the item is bought and sold in, e.g. CS = 12 EA, PL = 480 EA. */
  alternateUoms: UomConversion[];
  /** True for items sold by weight or length, whose quantities may have decimals; absent or false: whole numbers only. */
  decimalQuantityAllowed?: boolean;
  /**
   * GTIN (UPC or EAN) of the base unit, as EDI partners send it.
   * @pattern ^\d{8,14}$
   */
  gtin?: string;
  /** Weight of one base unit in kilograms, as a decimal string. */
  weightKg?: DecimalString;
  /** Whether customers may return the item. */
  returnable: boolean;
}

/** Runtime check for {@link UomConversion}. */
export const uomConversionSchema = z.object({
  uom: requiredTextSchema,
  factorToBase: z.number().int().min(1),
});

/** Runtime check for {@link Item}; alternate units must differ from each other and from the base. */
export const itemSchema = z
  .object({
    sku: requiredTextSchema,
    description: z.string(),
    status: z.enum(ITEM_STATUSES),
    baseUom: requiredTextSchema,
    alternateUoms: z.array(uomConversionSchema),
    decimalQuantityAllowed: z.boolean().optional(),
    gtin: z
      .string()
      .regex(/^\d{8,14}$/)
      .optional(),
    weightKg: unsignedDecimalStringSchema.optional(),
    returnable: z.boolean(),
  })
  .superRefine((item, context) => {
    const seen = new Set([item.baseUom]);
    item.alternateUoms.forEach((conversion, index) => {
      if (seen.has(conversion.uom)) {
        context.addIssue({
          code: 'custom',
          path: ['alternateUoms', index, 'uom'],
          message: `Unit ${conversion.uom} is listed twice`,
        });
      }
      seen.add(conversion.uom);
    });
  });

assertTypesMatch<Equals<z.infer<typeof uomConversionSchema>, UomConversion>>();
assertTypesMatch<Equals<z.infer<typeof itemSchema>, Item>>();

/**
 * How many base units one `uom` holds for this item: 1 for the base unit, the conversion factor for an
 * alternate unit, `undefined` when the item cannot be sold in that unit (hold `UOM_NOT_CONVERTIBLE`).
 */
export function uomFactor(item: Pick<Item, 'baseUom' | 'alternateUoms'>, uom: string): number | undefined {
  if (uom === item.baseUom) return 1;
  return item.alternateUoms.find((conversion) => conversion.uom === uom)?.factorToBase;
}

/**
 * A quantity in `uom` converted to the item's base unit (3 CS of a 12-EA case is 36 EA), or `undefined`
 * when the unit does not convert. Rounded to 4 decimals, the precision of a quantity, so that float
 * noise (0.7 × 3 = 2.0999999999999996) does not leak into stock arithmetic.
 */
export function toBaseQuantity(
  item: Pick<Item, 'baseUom' | 'alternateUoms'>,
  quantity: number,
  uom: string,
): number | undefined {
  const factor = uomFactor(item, uom);
  if (factor === undefined) return undefined;
  return Math.round(quantity * factor * 10_000) / 10_000;
}
