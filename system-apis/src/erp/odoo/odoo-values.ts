import { decodeCursor, encodeCursor, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import { ConflictError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';

/**
 * How Odoo's JSON-2 answers look, and how they become Crossdock values. Odoo reads a many2one as
 * `[id, display name]`, an empty field of any kind as `false` (never `null`), a datetime as
 * `"YYYY-MM-DD HH:MM:SS"` in UTC without a zone, and money as a JSON float.
 */

/** A many2one as `read`/`search_read` give it: `[id, display name]`, or `false` when empty. */
export type Many2one = [number, string] | false;

/** A domain term: a leaf `[field, operator, value]`, or a prefix operator (`'&'`, `'|'`, `'!'`). */
export type DomainTerm = [string, string, unknown] | '&' | '|' | '!';

/** A record as `search_read` answers it: `id` plus the fields asked for. */
export interface OdooRecord {
  id: number;
  [field: string]: unknown;
}

/** Odoo record ids are PostgreSQL `integer`s; anything larger names no record. */
const MAX_ODOO_ID = 2_147_483_647;

export function many2oneId(value: unknown): number | undefined {
  return Array.isArray(value) && typeof value[0] === 'number' ? value[0] : undefined;
}

export function many2oneName(value: unknown): string | undefined {
  return Array.isArray(value) && typeof value[1] === 'string' ? value[1] : undefined;
}

/** Text of a char field: Odoo sends `false` for an empty one. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Parses an id Crossdock handed out (`ODOO-PARTNER-7`) back into the Odoo record id, or
 * `undefined` when it is not one of ours. Strict on purpose: `Number()` on
 * `ODOO-PARTNER-9007199254740993` would round to another partner's id instead of finding nothing.
 */
export function odooIdFrom(id: string, prefix: string): number | undefined {
  if (!id.startsWith(prefix)) return undefined;
  const digits = id.slice(prefix.length);
  if (!/^[1-9]\d{0,9}$/.test(digits)) return undefined;
  const value = Number(digits);
  return value <= MAX_ODOO_ID ? value : undefined;
}

/** `"2025-03-14 09:30:00"` (UTC, as Odoo sends it) → `"2025-03-14T09:30:00Z"`. */
export function isoFromOdoo(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/.test(value)) {
    throw new TypeError(`Odoo sent ${JSON.stringify(value)} where a datetime was expected`);
  }
  return `${value.replace(' ', 'T')}Z`;
}

/** An instant as Odoo compares datetimes in a domain: UTC, to the second, no zone. */
export function odooDateTime(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new ValidationError(`"${String(instant)}" is not a date-time`);
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A money or weight amount from one of Odoo's float fields, as a decimal string.
 *
 * Limitation: Odoo keeps these as binary floats and rounds them to the field's precision (cents
 * for amounts) before storing, so the float received is the double nearest to a short decimal, and
 * `toFixed` recovers that decimal exactly for any amount below about 10^13. An amount Odoo keeps
 * with more decimals than `places` is rounded here; one that does not fit Crossdock's 14 digits is
 * refused rather than sent on in exponent notation.
 */
export function decimalFromOdoo(value: unknown, places: number): string {
  const amount = typeof value === 'number' ? value : 0;
  const formatted = amount.toFixed(places);
  if (!/^-?\d{1,14}(\.\d+)?$/.test(formatted))
    throw new RangeError(`Odoo amount ${amount} does not fit a Crossdock decimal`);
  return formatted === `-${(0).toFixed(places)}` ? formatted.slice(1) : formatted;
}

/**
 * A quantity from Odoo's float field, rounded to Crossdock's 4 decimals so float noise
 * (0.1 + 0.2) does not leak into stock arithmetic.
 */
export function quantityFromOdoo(value: unknown): number {
  return typeof value === 'number' ? Math.round(value * 10_000) / 10_000 : 0;
}

/**
 * Odoo's units of measure have names, not codes; the standard ones map to the X12 355 codes
 * Crossdock speaks. An unknown unit keeps its Odoo name, upper-cased, so it still matches itself.
 */
const UNIT_CODES: Readonly<Record<string, { code: string; decimal: boolean }>> = {
  units: { code: 'EA', decimal: false },
  unit: { code: 'EA', decimal: false },
  dozens: { code: 'DZ', decimal: false },
  kg: { code: 'KG', decimal: true },
  g: { code: 'GR', decimal: true },
  lb: { code: 'LB', decimal: true },
  lbs: { code: 'LB', decimal: true },
  oz: { code: 'OZ', decimal: true },
  l: { code: 'LT', decimal: true },
  m: { code: 'MR', decimal: true },
  ft: { code: 'FT', decimal: true },
};

export function unitFromOdoo(uom: unknown): { code: string; decimal: boolean } {
  const name = many2oneName(uom)?.trim() ?? 'Units';
  return UNIT_CODES[name.toLowerCase()] ?? { code: name.toUpperCase(), decimal: false };
}

/** The record id after which a page starts, from a cursor this adapter handed out. */
export function idAfter(cursor: string | undefined): number | undefined {
  const key = decodeCursor(cursor);
  if (key === undefined) return undefined;
  if (!/^\d{1,10}$/.test(key)) throw new ValidationError('The cursor is not one this API handed out.');
  return Number(key);
}

/** Keyset paging on the record id: `[['id', '>', after]]`, or nothing on the first page. */
export function afterIdDomain(cursor: string | undefined): DomainTerm[] {
  const after = idAfter(cursor);
  return after === undefined ? [] : [['id', '>', after]];
}

/** A page from `take + 1` records read in id order: the extra one only says a next page exists. */
export function pageById<R extends OdooRecord, T>(
  records: R[],
  take: number,
  toItem: (record: R, index: number) => T,
): Page<T> {
  const kept = records.slice(0, take);
  const last = kept.at(-1);
  const items = kept.map(toItem);
  return records.length > take && last ? { items, nextCursor: encodeCursor(String(last.id)) } : { items };
}

/** Exactly one record, none, or a refusal naming the ambiguity (Odoo does not keep these unique). */
export function onlyOne<R>(records: R[], what: string): R | undefined {
  if (records.length > 1) {
    throw new ConflictError(
      'erp-duplicate-record',
      'The ERP holds duplicates',
      `Odoo holds more than one ${what}; make it unique in Odoo.`,
    );
  }
  return records[0];
}
