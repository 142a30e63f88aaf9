/** What a business user follows (GET /process/v1/business-figures), see docs/operations.md#business-figures. */

/** An amount of money in one currency: an exact decimal string. */
export interface CurrencyAmount {
  currency: string;
  /** @example "1234.50" */
  amount: string;
}

export interface ChannelVolume {
  channel: string;
  orders: number;
  /** Orders not priced yet (held before pricing): counted, in no value. */
  unpricedOrders: number;
  /** The orders' value before tax (their subtotals), per currency. */
  value: CurrencyAmount[];
}

/** Lines and quantities shipped against what was ordered, over the orders that reached the ERP. */
export interface FillRate {
  orderedLines: number;
  /** Lines whose shipments (recorded shipped) carry their whole quantity. */
  linesShippedInFull: number;
  /** linesShippedInFull / orderedLines (0..1); null without lines. */
  lineFillRate: number | null;
  /** Quantities in each line's own unit. */
  orderedQuantity: number;
  shippedQuantity: number;
  /** shippedQuantity / orderedQuantity (0..1); null without lines. */
  quantityFillRate: number | null;
}

export interface BackorderedItem {
  sku: string;
  /** In the item's base unit. */
  quantity: number;
  orders: number;
}

/** What open orders (submitted or partly shipped) still wait for, now. */
export interface OpenBackorders {
  orders: number;
  lines: number;
  quantity: number;
  /** The ten items most backordered (by quantity). */
  items: BackorderedItem[];
}

export interface TopCustomer {
  customerId: string;
  currency: string;
  orders: number;
  /** @example "980.00" */
  value: string;
}

export interface TopItem {
  sku: string;
  currency: string;
  /** In the order lines' own units. */
  quantity: number;
  orders: number;
  value: string;
}

export interface BusinessFigures {
  /** @format date-time */
  from: string;
  /** @format date-time */
  to: string;
  filters: { channel?: string };
  /** Orders received in [from, to), rejected and cancelled ones left out. */
  orders: number;
  byChannel: ChannelVolume[];
  fillRate: FillRate;
  /** As of now, whatever the window (an old order's backorder is still open). */
  openBackorders: OpenBackorders;
  /** The ten customers with the highest value in the window. */
  topCustomers: TopCustomer[];
  /** The ten items with the highest value in the window. */
  topItems: TopItem[];
}
