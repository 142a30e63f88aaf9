/**
 * X12 values to and from Crossdock's: dates (CCYYMMDD), times (HHMM), numbers (type R: a decimal
 * written without exponent or thousands separators) and implied-decimal amounts (type N2). Money
 * never passes through a binary float: amounts are handled as decimal strings and BigInt.
 */
import { formatDecimal, parseDecimal, roundMoney } from '@crossdock/shared-contracts/contracts/money/decimal';

/** A CCYYMMDD date as YYYY-MM-DD, or undefined when it is not a calendar date (20250230, 2025-02-03). */
export function isoDateFromX12(text: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** YYYY-MM-DD (or an instant) as CCYYMMDD; instants are taken in UTC. */
export function x12Date(date: string | Date): string {
  const iso = typeof date === 'string' ? date.slice(0, 10) : date.toISOString().slice(0, 10);
  return iso.replaceAll('-', '');
}

/** An instant's UTC time as HHMM. */
export function x12Time(at: Date): string {
  return at.toISOString().slice(11, 16).replace(':', '');
}

/** X12 type R: optional minus, digits with at most one decimal point; no exponent, no plus, no separators. */
const X12_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** True when `text` is a number as X12 writes one ("12", "9.25", "0008", ".5"). */
export function isX12Number(text: string): boolean {
  return X12_NUMBER.test(text);
}

/**
 * A decimal amount ("12.5000") as X12 writes it: trailing zeros after the point dropped ("12.5"),
 * whole amounts without a point ("12").
 */
export function x12Decimal(amount: string): string {
  const text = formatDecimal(parseDecimal(amount), 4);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A quantity (a number with at most 4 decimals) as X12 writes it. */
export function x12Quantity(quantity: number): string {
  if (!Number.isFinite(quantity)) throw new RangeError(`Quantity ${quantity} cannot be written`);
  return x12Decimal(String(quantity));
}

/** An amount as X12 type N2, in implied-decimal cents: "191.25" → "19125", "-3.1" → "-310". */
export function impliedCents(amount: string): string {
  const scaled = parseDecimal(roundMoney(amount, 2));
  // Scaled by 10^4 and rounded to cents, so dividing by 100 is exact.
  return (scaled / 100n).toString();
}
