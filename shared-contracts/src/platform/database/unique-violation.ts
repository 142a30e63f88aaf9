/**
 * True when a write failed on a unique constraint: someone else wrote the same key first. A Prisma
 * write says P2002, a statement of our own through `pg` PostgreSQL's 23505. Recognised by its code,
 * so every tier's generated client (each has its own classes) fits.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'P2002' || code === '23505';
}
