/**
 * Decimal money arithmetic without binary floating point.
 *
 * Amounts travel as decimal strings ("12.5000", "-3.10") and are computed as BigInt fixed point at
 * {@link DECIMAL_SCALE} places: "12.5" is held as 125000n. Every string this module returns is one that
 * {@link parseDecimal} accepts again, so results can be fed back in; a result too large for that
 * (more than {@link MAX_INTEGER_DIGITS} digits before the point) is a RangeError rather than a string
 * nobody else can read.
 */

/** Decimal places held internally: an amount "1" is the scaled value 10000n. */
export const DECIMAL_SCALE = 4;

/** Most digits an amount may have before the decimal point (up to 99 999 999 999 999.9999). */
export const MAX_INTEGER_DIGITS = 14;

/** What a decimal amount string must look like: optional minus, 1–14 digits, optional 1–4 decimals. */
export const DECIMAL_PATTERN = /^-?\d{1,14}(\.\d{1,4})?$/;

const SCALE_FACTOR = 10n ** BigInt(DECIMAL_SCALE);

/**
 * Parses a decimal amount string into a BigInt scaled by 10^4.
 *
 * @example parseDecimal('12.5') === 125000n; parseDecimal('-3.10') === -31000n
 * @throws Error when the text is not a plain decimal such as "12", "-3.10" or "0.0001" (no exponent,
 *   no thousands separators, no "+", at most 14 integer digits and 4 decimals).
 */
export function parseDecimal(text: string): bigint {
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text)) {
    throw new Error(
      `Invalid decimal amount ${JSON.stringify(text)}: expected up to ${MAX_INTEGER_DIGITS} digits, ` +
        `optionally "." and up to ${DECIMAL_SCALE} decimals, e.g. "12.50" or "-3.1"`,
    );
  }
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const magnitude = BigInt(whole) * SCALE_FACTOR + BigInt(fraction.padEnd(DECIMAL_SCALE, '0'));
  return negative ? -magnitude : magnitude;
}

/**
 * Formats a value scaled by 10^4 with `places` decimals (0–4), rounding half away from zero
 * ("2.345" at 2 places is "2.35", "-2.345" is "-2.35"). Never returns "-0.00".
 */
export function formatDecimal(scaled: bigint, places: number): string {
  assertPlaces(places);
  const rounded = roundScaled(scaled, DECIMAL_SCALE - places);
  const magnitude = rounded < 0n ? -rounded : rounded;
  const unit = 10n ** BigInt(places);
  const whole = (magnitude / unit).toString();
  const fraction = places > 0 ? '.' + (magnitude % unit).toString().padStart(places, '0') : '';
  return (rounded < 0n ? '-' : '') + whole + fraction;
}

/**
 * The extended amount of a line: unit price times quantity, at 4 decimal places (half away from zero).
 *
 * @param unitPrice a decimal amount string
 * @param quantity a whole or decimal quantity with at most 4 decimals, as a number (`3`, `2.5`) or a
 *   string (`"2.5"`); a number that needs more decimals or an exponent to write is refused, not rounded.
 * @example multiplyByQuantity('19.99', 3) === '59.9700'
 */
export function multiplyByQuantity(unitPrice: string, quantity: number | string): string {
  const price = parseDecimal(unitPrice);
  const scaledQuantity = parseQuantity(quantity);
  // Both factors carry 4 decimals, so the product carries 8: drop 4 with rounding.
  return formatInRange(roundScaled(price * scaledQuantity, DECIMAL_SCALE), DECIMAL_SCALE);
}

/** The sum of two decimal amounts, at 4 decimal places. */
export function addDecimals(a: string, b: string): string {
  return formatInRange(parseDecimal(a) + parseDecimal(b), DECIMAL_SCALE);
}

/** The sum of a list of decimal amounts, at 4 decimal places; "0.0000" for an empty list. */
export function sumDecimals(amounts: readonly string[]): string {
  const total = amounts.reduce((sum, amount) => sum + parseDecimal(amount), 0n);
  return formatInRange(total, DECIMAL_SCALE);
}

/**
 * Rounds an amount to `places` decimals (default 2, the minor unit of most currencies), half away from
 * zero: roundMoney('2.345') === '2.35', roundMoney('-2.345') === '-2.35'.
 */
export function roundMoney(amount: string, places = 2): string {
  assertPlaces(places);
  return formatInRange(parseDecimal(amount), places);
}

/** Compares two decimal amounts by value: -1 when a < b, 0 when equal ("1.5" and "1.50"), 1 when a > b. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const difference = parseDecimal(a) - parseDecimal(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Drops `digits` trailing decimal digits from a scaled value, rounding half away from zero. */
function roundScaled(value: bigint, digits: number): bigint {
  if (digits === 0) return value;
  const divisor = 10n ** BigInt(digits);
  const magnitude = value < 0n ? -value : value;
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  return value < 0n ? -quotient : quotient;
}

/** Formats a scaled value, refusing one that parseDecimal could not read back. */
function formatInRange(scaled: bigint, places: number): string {
  const text = formatDecimal(scaled, places);
  if (!DECIMAL_PATTERN.test(text)) {
    throw new RangeError(`Decimal result ${text} exceeds ${MAX_INTEGER_DIGITS} integer digits`);
  }
  return text;
}

function parseQuantity(quantity: number | string): bigint {
  if (typeof quantity === 'number' && !Number.isFinite(quantity)) {
    throw new Error(`Invalid quantity ${quantity}: expected a finite number`);
  }
  // String(number) gives the shortest text that round-trips, so 0.1 becomes "0.1", never
  // 0.1000000000000000055...; numbers that need an exponent (1e-7, 1e21) fail the pattern.
  const text = typeof quantity === 'number' ? String(quantity) : quantity;
  try {
    return parseDecimal(text);
  } catch {
    throw new Error(
      `Invalid quantity ${JSON.stringify(quantity)}: expected a number with at most ${DECIMAL_SCALE} decimals`,
    );
  }
}

function assertPlaces(places: number): void {
  if (!Number.isInteger(places) || places < 0 || places > DECIMAL_SCALE) {
    throw new RangeError(`Decimal places must be a whole number from 0 to ${DECIMAL_SCALE}, got ${places}`);
  }
}
