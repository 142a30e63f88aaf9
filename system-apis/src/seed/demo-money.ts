/**
 * Arithmetic for the demo data's prices and weights. Money is whole cents held in integers, so every
 * step is exact: no binary floating point ever touches a price.
 */

/** Whole cents as a two-decimal string: 1234 → "12.34". */
export function centsToDecimal(cents: number): string {
  return scaledToDecimal(cents, 100, 2);
}

/** Whole grams as kilograms with three decimals: 1250 → "1.250". */
export function gramsToKg(grams: number): string {
  return scaledToDecimal(grams, 1000, 3);
}

/** A two-decimal price string in whole cents: "12.34" → 1234. */
export function decimalToCents(price: string): number {
  const match = /^(\d+)\.(\d{2})$/.exec(price);
  if (!match) throw new Error(`Not a two-decimal price: ${price}`);
  return Number(match[1]) * 100 + Number(match[2]);
}

/** `percent` % of a whole amount, rounded half up to a whole amount (integer division only). */
export function percentOf(amount: number, percent: number): number {
  assertWhole(amount);
  assertWhole(percent);
  const scaled = amount * percent + 50;
  return (scaled - (scaled % 100)) / 100;
}

/** `price` (two decimals) at a percentage of list, in whole cents, rounded half up. */
export function discounted(price: string, percentOfList: number): string {
  return centsToDecimal(percentOf(decimalToCents(price), percentOfList));
}

function scaledToDecimal(amount: number, scale: number, places: number): string {
  assertWhole(amount);
  const remainder = amount % scale;
  return `${(amount - remainder) / scale}.${String(remainder).padStart(places, '0')}`;
}

function assertWhole(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`Expected a whole, non-negative number, got ${value}`);
}
