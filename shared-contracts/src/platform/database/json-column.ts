import { z } from 'zod';
import { InternalError } from '../../contracts/errors/errors';

/**
 * A value a Prisma `Json` column holds, spelt so that it is both Prisma's `InputJsonValue` (what is
 * written) and its `JsonValue` (what a row read has): every tier has its own generated client, so
 * the type is spelt out here, and TypeScript sees it is the same.
 */
export type JsonColumnValue =
  | string
  | number
  | boolean
  | { [Key in string]?: JsonColumnValue | null }
  | JsonColumnValue[];

/** How one `Json` column is read and written: typed both ways, checked when read. */
export interface JsonColumn<T> {
  /** What is stored, checked against the column's schema: a row that does not fit is an internal error. */
  read(stored: unknown): T;
  /** The value to store: only what the schema describes is accepted. */
  write(value: T): JsonColumnValue;
}

/**
 * The boundary of a `Json` column, given the zod schema of what it holds: Prisma types every such
 * column `JsonValue`, which would otherwise be cast to a type at every read and write, so a
 * row written by an older version, or by hand, would travel on typed as what it is not. The
 * capability that owns the column declares it once (`jsonColumn('Order.plan', planSchema)`) and
 * reads and writes through it.
 */
export function jsonColumn<Schema extends z.ZodType>(name: string, schema: Schema): JsonColumn<z.output<Schema>> {
  return {
    read(stored) {
      const parsed = schema.safeParse(stored);
      if (parsed.success) return parsed.data;
      throw new InternalError(new Error(`${name} holds a value that does not fit: ${z.prettifyError(parsed.error)}`));
    },
    // The schema describes JSON (objects, arrays, strings, numbers, booleans): its values are JSON
    // values, which TypeScript cannot see through an interface without an index signature.
    write: (value) => value as JsonColumnValue,
  };
}
