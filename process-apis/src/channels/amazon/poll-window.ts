import type { PollContext } from '../polling/channel-connector';

// A poll reads at most this many pages of orders; the bookmark is kept after each page.
export const MAX_PAGES_PER_POLL = 10;
export const DEFAULT_PAGE_SIZE = 100;
// The first poll without a `startFrom` asks for the orders of the last day.
const FIRST_POLL_LOOKBACK_MS = 24 * 60 * 60_000;

/** Where a listing starts: the bookmark, else the partner's `startFrom`, else a day back. */
export function createdAfterOf(context: PollContext): string {
  return (
    context.cursor.createdAfter ??
    context.connection.startFrom ??
    new Date(context.now.getTime() - FIRST_POLL_LOOKBACK_MS).toISOString()
  );
}

/** The later of two ISO 8601 instants. */
export const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);
