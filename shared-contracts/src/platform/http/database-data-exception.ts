// The data exceptions a caller's value causes: a date or number PostgreSQL cannot read or that is out of its
// range, text too long or not encodable. Others of class 22 (a division by zero, a bad cast in our own SQL)
// are our bugs and stay 500s.
const INPUT_SHAPED = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05']);

/**
 * PostgreSQL's data exceptions that a caller's value causes (a date it cannot read, a number out of its
 * column's range, text it cannot encode) are the request's values, not the server's fault: the problem
 * middleware answers them 400 saying which, rather than 500, when a value got past a controller's
 * checks. Prisma (with the pg driver adapter) carries PostgreSQL's code and message in
 * `meta.driverAdapterError.cause`; P2000 / P2020 / P2033 are its own out-of-range errors.
 * Answers what was wrong, or undefined for any other error.
 */
export function databaseDataException(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== 'PrismaClientKnownRequestError') return undefined;
  const { code, meta } = error as Error & {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; originalMessage?: unknown } } };
  };
  if (code === 'P2000' || code === 'P2020' || code === 'P2033') return 'a value is out of range for its field';
  const cause = meta?.driverAdapterError?.cause;
  if (typeof cause?.originalCode !== 'string' || !INPUT_SHAPED.has(cause.originalCode)) return undefined;
  return typeof cause.originalMessage === 'string' ? cause.originalMessage : 'a value is out of range or unreadable';
}
