import { z } from 'zod';
import { DECIMAL_SCALE, formatDecimal } from '@crossdock/shared-contracts/contracts/money/decimal';

/*
 * Field shapes shared by the channel readers. Documents are read with readChannelJson, so a JSON
 * number arrives as its literal text: an id or amount may have been sent as a number or a string,
 * and both arrive as a string here.
 */

/** An id, a number or text in the document: kept as the exact text. */
export const idText = z.string().min(1);

/** An amount as the document wrote it ("199.00", "22", 12). */
export const amountText = z.string().regex(/^-?\d+(\.\d+)?$/, 'Expected a plain decimal amount');

/** A count of units ("1", "2.5"). */
export const quantityText = z.string().regex(/^\d+(\.\d+)?$/, 'Expected a quantity such as 1 or 2.5');

/** Text that may be absent, null or blank in the document; blank counts as absent. */
export const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value && value.trim() ? value.trim() : undefined));

/** An amount as a canonical decimal string: at most 4 decimals (more are rounded half away from zero). */
export function decimalFrom(text: string): string {
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  const negative = text.startsWith('-');
  if (fraction.length <= DECIMAL_SCALE) return text;
  const scaled = BigInt(whole + fraction.slice(0, DECIMAL_SCALE)) + (Number(fraction[DECIMAL_SCALE]) >= 5 ? 1n : 0n);
  return formatDecimal(negative ? -scaled : scaled, DECIMAL_SCALE);
}

/**
 * One unit's price from a line amount and its quantity ("17.95" for 2 is "8.975"): channels that
 * send the line's total (Amazon's ItemPrice, WooCommerce's subtotal) are compared per unit. Exact
 * to 4 decimals, rounded half away from zero beyond; at least 2 decimals, as money is written.
 */
export function unitPriceFrom(lineAmount: string, quantity: string): string | undefined {
  const amount = scaledFrom(lineAmount);
  const units = scaledFrom(quantity);
  if (units <= 0n) return undefined;
  const scale = 10n ** BigInt(DECIMAL_SCALE);
  let quotient = (amount * scale) / units;
  if (((amount * scale) % units) * 2n >= units) quotient += 1n;
  for (const places of [2, 3]) {
    if (quotient % 10n ** BigInt(DECIMAL_SCALE - places) === 0n) return formatDecimal(quotient, places);
  }
  return formatDecimal(quotient, DECIMAL_SCALE);
}

/**
 * A decimal's text as a value scaled by 10^4, whatever its size: a document may carry an amount of
 * more digits than money holds (parseDecimal's 14), and whether it is refused is the canonical
 * order's check (a 400 naming the line), never a reader's crash (a fuzzed WooCommerce subtotal of
 * 23 digits was a 500).
 */
function scaledFrom(text: string): bigint {
  const rounded = decimalFrom(text);
  const [whole = '0', fraction = ''] = rounded.replace(/^-/, '').split('.');
  const magnitude = BigInt(whole) * 10n ** BigInt(DECIMAL_SCALE) + BigInt(fraction.padEnd(DECIMAL_SCALE, '0'));
  return rounded.startsWith('-') ? -magnitude : magnitude;
}

/** The calendar date of an ISO 8601 date-time as written (its own offset), or undefined. */
export function dateOf(dateTime: string | undefined): string | undefined {
  const match = dateTime?.match(/^(\d{4}-\d{2}-\d{2})/);
  return match?.[1];
}
