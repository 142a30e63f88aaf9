import type { PriceListEntry } from '../model/price-list';

/** A new price on a list: a contract price, a quantity break, or a future price with its start date. */
export type PriceListEntryInput = PriceListEntry;
