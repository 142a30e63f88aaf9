/** An item as the portal's catalogue shows it to one customer: their price and what can be promised. */
export interface PortalCatalogueItem {
  sku: string;
  description: string;
  /** The unit stock is counted in. */
  baseUom: string;
  /** Every unit the item is sold in, the base unit first, with how many base units each holds. */
  units: PortalUnit[];
  /** This customer's price for `quantity` in `uom`; absent when there is none (see `unpriced`). */
  price?: PortalPrice;
  /** Why there is no price, in words. */
  unpriced?: string;
  stock: PortalStock;
}

export interface PortalUnit {
  uom: string;
  factorToBase: number;
}

export interface PortalPrice {
  quantity: number;
  uom: string;
  /** Decimal string per `uom`. */
  unitPrice: string;
  currency: string;
  /** The price list that gave the price: the customer's contract list, or the standard list. */
  priceListId: string;
  /** The rule that gave it, e.g. `price-list:PL-ACME-2026 break>=500 EA`. */
  priceRule: string;
}

/** Stock for the quantity asked, in the base unit. */
export interface PortalStock {
  /** Available now, all warehouses together. */
  available: number;
  /**
   * When the quantity asked can be shipped: today from stock, else the expected date of the
   * receipt that completes it; absent when not even what is on order covers it.
   * @format date
   */
  promisedDate?: string;
  warehouses: PortalWarehouseStock[];
}

export interface PortalWarehouseStock {
  warehouseId: string;
  available: number;
  /** On purchase orders and transfers, not yet received. */
  onOrder: number;
  /** @format date */
  expectedDate?: string;
}

export interface PortalCataloguePage {
  items: PortalCatalogueItem[];
  nextCursor?: string;
}

/** A quick order checked before it is placed: each line priced, stocked, or why it cannot be ordered. */
export interface PortalQuickOrder {
  currency: string;
  lines: PortalQuickOrderLine[];
  /** The priced lines together; decimal string. */
  subtotal: string;
  /** True when every line can be ordered as asked (known item, a unit it is sold in, a price). */
  readyToOrder: boolean;
}

export interface PortalQuickOrderLine {
  sku: string;
  description?: string;
  quantity: number;
  uom: string;
  /** The units the item may be ordered in: the choice to offer. */
  units: PortalUnit[];
  /** Decimal string per `uom`. */
  unitPrice?: string;
  /** Decimal string. */
  lineTotal?: string;
  priceRule?: string;
  stock?: PortalStock;
  /** Why the line cannot be ordered as asked: UNKNOWN_ITEM, UOM_NOT_CONVERTIBLE, NO_PRICE. */
  problem?: { code: string; text: string };
}
