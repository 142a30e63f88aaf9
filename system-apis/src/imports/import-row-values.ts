import type { ImportRow } from '@crossdock/shared-contracts/contracts/api/system-imports';
import type { z } from 'zod';

/** Why one row cannot be imported; the row is rejected whole with this as its reason. */
export class RowRejected extends Error {
  override name = 'RowRejected';
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  yes: true,
  y: true,
  '1': true,
  false: false,
  no: false,
  n: false,
  '0': false,
};
const LARGEST_INT = 2_147_483_647;

/**
 * Reads one row's text values into typed ones, naming the column and the value at fault when one
 * cannot be read ("weightKg \"heavy\" is not a decimal number such as 0.026").
 */
export class RowValues {
  constructor(private readonly values: ImportRow['values']) {}

  /** The value with surrounding blanks removed; undefined when blank. */
  text(column: string): string | undefined {
    const value = this.values[column]?.trim();
    return value === '' ? undefined : value;
  }

  required(column: string): string {
    return this.text(column) ?? this.missing(column);
  }

  /** Rejects the row for a blank required column: `row.integer('onHand', 0) ?? row.missing('onHand')`. */
  missing(column: string): never {
    throw new RowRejected(`${column} is missing`);
  }

  /** A non-negative decimal with at most `decimals` places and `integerDigits` digits before the point. */
  decimal(column: string, integerDigits: number, decimals = 4): string | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    if (!new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${decimals}})?$`).test(value)) {
      throw new RowRejected(
        `${column} "${value}" is not a decimal number such as 12.50 (at most ${integerDigits} digits before the point and ${decimals} after, no sign, no thousands separator)`,
      );
    }
    return value;
  }

  /** A whole number of at least `minimum`. */
  integer(column: string, minimum: number): number | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const number = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (!(number >= minimum && number <= LARGEST_INT))
      throw new RowRejected(`${column} "${value}" is not a whole number of at least ${minimum}`);
    return number;
  }

  /** true/false, yes/no, y/n or 1/0, in any case. */
  boolean(column: string): boolean | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const answer = BOOLEAN_WORDS[value.toLowerCase()];
    if (answer === undefined) throw new RowRejected(`${column} "${value}" is not true or false`);
    return answer;
  }

  /** A calendar date written YYYY-MM-DD. */
  date(column: string): string | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const parsed = new Date(`${value}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
      Number.isNaN(parsed.getTime()) ||
      !parsed.toISOString().startsWith(value)
    ) {
      throw new RowRejected(`${column} "${value}" is not a date written YYYY-MM-DD`);
    }
    return value;
  }

  /** One of `allowed`, or undefined when blank. */
  oneOf<T extends string>(column: string, allowed: readonly T[]): T | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value))
      throw new RowRejected(`${column} "${value}" is not one of ${allowed.join(', ')}`);
    return value as T;
  }
}

/** Checks a record read from a row against the model's own rules; the first rule broken is the reason. */
export function checkRecord<T>(schema: z.ZodType<T>, record: unknown): T {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new RowRejected(`${issue.path.join('.') || 'row'}: ${issue.message}`);
}
