import type { Item } from '../model/item';

/** An item as written through the system API. */
export type ItemInput = Item;

export interface ItemFilter {
  /** active | discontinued */
  status?: string;
  /** @format date-time */
  updatedSince?: string;
}
