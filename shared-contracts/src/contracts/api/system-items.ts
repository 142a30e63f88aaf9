import type { Item } from '../model/item';

/** An item as written through the system API. */
export type ItemInput = Item;

export interface ItemFilter {
  /** active | discontinued */
  status?: string;
  /** Text the SKU or the description contains, in any letter case. */
  q?: string;
  /** Only these SKUs (up to 200). */
  skus?: string[];
  /** @format date-time */
  updatedSince?: string;
}
