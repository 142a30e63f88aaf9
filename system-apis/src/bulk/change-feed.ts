import { Readable } from 'node:stream';
import type { ErpAdapter } from '../erp/ports/erp-adapter';

export const CHANGE_FEEDS = ['items', 'customers', 'prices', 'inventory'] as const;
export type ChangeFeed = (typeof CHANGE_FEEDS)[number];

/**
 * Master data changed since a point in time, as newline-delimited JSON: one record per line,
 * streamed as the adapter yields it, so tens of thousands of rows never sit in memory at once and
 * a slow reader slows the database reads down instead of filling the heap.
 */
export function changeFeedStream(erp: ErpAdapter, feed: ChangeFeed, since: Date): Readable {
  const records: AsyncIterable<unknown> = {
    items: () => erp.items.streamChanged(since),
    customers: () => erp.customers.streamChanged(since),
    prices: () => erp.pricing.streamChanged(since),
    inventory: () => erp.inventory.streamChanged(since),
  }[feed]();
  return Readable.from(asLines(records), { objectMode: false });
}

async function* asLines(records: AsyncIterable<unknown>): AsyncIterable<string> {
  for await (const record of records) yield `${JSON.stringify(record)}\n`;
}
