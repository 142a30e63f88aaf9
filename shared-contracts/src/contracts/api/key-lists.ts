/** The most keys (SKUs, customer ids) one look-up of the system API takes (`?skus=`, `?ids=`...). */
export const MAX_KEYS_PER_LOOKUP = 200;

/** `keys` without repeats, in pieces of at most `size`: what one call of the system API takes. */
export function inChunks(keys: readonly string[], size = MAX_KEYS_PER_LOOKUP): string[][] {
  const unique = [...new Set(keys)];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += size) chunks.push(unique.slice(start, start + size));
  return chunks;
}

/** Reads `keys` in as many look-ups as the system API needs (side by side), and joins the answers. */
export async function readInChunks<T>(keys: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  return (await Promise.all(inChunks(keys).map(read))).flat();
}
