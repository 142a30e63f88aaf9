/** Look-ups of many keys, cut to what one call of the system API takes. */
import { describe, expect, it } from 'vitest';
import { inChunks, MAX_KEYS_PER_LOOKUP, readInChunks } from './key-lists';

const skus = (count: number) => Array.from({ length: count }, (_, index) => `SKU-${index}`);

describe('look-ups of many keys', () => {
  it('sends each key once, in pieces no larger than one look-up takes', () => {
    const chunks = inChunks([...skus(450), 'SKU-3', 'SKU-449']);
    expect(chunks.map((chunk) => chunk.length)).toEqual([MAX_KEYS_PER_LOOKUP, MAX_KEYS_PER_LOOKUP, 50]);
    expect(new Set(chunks.flat()).size).toBe(450);
  });

  it('joins the answers of the pieces, each piece read once', async () => {
    const asked: string[][] = [];
    const answer = await readInChunks(skus(201), async (chunk) => {
      asked.push(chunk);
      return chunk.map((sku) => ({ sku }));
    });
    expect(asked.map((chunk) => chunk.length)).toEqual([200, 1]);
    expect(answer.map(({ sku }) => sku)).toEqual(skus(201));
  });
});
