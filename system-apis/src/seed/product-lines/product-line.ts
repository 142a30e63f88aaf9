/**
 * What a demo product line is, and the finishes and sizes several lines share. Prices are list prices in
 * whole cents; see ../demo-catalogue.ts for how a line becomes items.
 */
export interface ProductOption {
  name: string;
  /** How much more than the line's first option this one costs, in percent. */
  premiumPercent: number;
}

export interface ProductLine {
  /** SKU prefix: items are `<prefix>-001`, `<prefix>-002`, ... in size order, then option order. */
  prefix: string;
  noun: string;
  sizes: string[];
  /** Each size comes in each option; none means the size alone names the item. */
  options?: ProductOption[];
  /** The unit stock is counted in: EA unless the line is cut to length (FT). */
  baseUom?: 'EA' | 'FT';
  /** Alternate units and how many base units each holds, e.g. { CS: 100, PL: 20000 }. */
  packs: Record<string, number>;
  /** List price of the first size in the first option, per base unit, in cents. */
  priceCents: number;
  /** Each size up costs (and weighs) this much more than the one before, in percent. */
  stepPercent: number;
  /** Weight of the first size, per base unit, in grams. */
  weightGrams: number;
  returnable: boolean;
}

export const option = (name: string, premiumPercent = 0): ProductOption => ({ name, premiumPercent });
export const plain = (...names: string[]) => names.map((name) => option(name));

// Finishes the fastener lines share; stainless costs well over twice plated steel.
export const ZINC_OR_GALV = [option('zinc plated'), option('hot-dip galvanised', 35)];
export const ZINC_OR_STAINLESS = [option('zinc plated'), option('stainless 18-8', 120)];
export const ROD_FINISHES = [option('zinc plated'), option('hot-dip galvanised', 40), option('stainless 304', 260)];
export const INCH_BOLT_SIZES = ['1/4-20', '5/16-18', '3/8-16', '1/2-13', '5/8-11', '3/4-10'];
export const PIPE_SIZES = ['1/2 in', '3/4 in', '1 in', '1-1/4 in', '1-1/2 in', '2 in'];
export const DEVICE_COLOURS = plain('white', 'ivory', 'grey');
