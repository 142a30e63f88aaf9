import { z } from 'zod';
import { DECIMAL_PATTERN } from '../money/decimal';

/*
 * Shapes shared by several entities. Each type alias carries tsoa annotations, so the OpenAPI document
 * gets one named schema for it; each zod schema checks the same rule at run time.
 */

/**
 * A money amount as a decimal string: optional minus, up to 14 digits, up to 4 decimals. Never a
 * JSON number, so no amount passes through binary floating point.
 * @pattern ^-?\d{1,14}(\.\d{1,4})?$
 * @example "12.50"
 */
export type DecimalString = string;

/** Runtime check for {@link DecimalString}. */
export const decimalStringSchema = z.string().regex(DECIMAL_PATTERN, 'Expected a decimal amount such as "12.50"');

/** Runtime check for a {@link DecimalString} that may not be negative: prices, limits, charges. */
export const unsignedDecimalStringSchema = z
  .string()
  .regex(/^\d{1,14}(\.\d{1,4})?$/, 'Expected a non-negative decimal amount such as "12.50"');

/**
 * An ISO 4217 currency code.
 * @pattern ^[A-Z]{3}$
 * @example "USD"
 */
export type CurrencyCode = string;

/** Runtime check for {@link CurrencyCode}. */
export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as "USD"');

/**
 * An instant as an ISO 8601 date-time with a zone designator.
 * @format date-time
 * @example "2025-03-14T09:30:00Z"
 */
export type IsoDateTime = string;

/** Runtime check for {@link IsoDateTime}: offsets ("+02:00") and "Z" are accepted, local times are not. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * A calendar date as an ISO 8601 date.
 * @format date
 * @example "2025-03-21"
 */
export type IsoDate = string;

/** Runtime check for {@link IsoDate}; impossible dates such as 2025-02-30 are refused. */
export const isoDateSchema = z.iso.date();

/**
 * A count in a unit of measure: usually whole, decimal (at most 4 places) for items sold by weight or
 * length.
 * @minimum 0
 * @example 12
 */
export type Quantity = number;

/** Runtime check for a {@link Quantity} that may be zero (stock levels, shipped so far). */
export const quantitySchema = z.number().nonnegative().multipleOf(0.0001);

/** Runtime check for a {@link Quantity} that must be more than zero (an order or invoice line). */
export const positiveQuantitySchema = z.number().positive().multipleOf(0.0001);

/** Runtime check for an identifier: ERP and channel ids are non-empty strings, never numbers. */
export const idSchema = z.string().min(1);

/** Runtime check for text that must not be empty or only blanks; surrounding blanks are trimmed. */
export const requiredTextSchema = z.string().trim().min(1);
