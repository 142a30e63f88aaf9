/**
 * True when a Prisma write failed on a unique constraint (P2002): someone else wrote the same key
 * first. Recognised by its code, so every tier's generated client (each has its own classes) fits.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
