/** Contracts of the system API's price resolution, shared by its callers. */

export interface PriceRequestLine {
  sku: string;
  /** In `uom`; must be positive. */
  quantity: number;
  /** Defaults to the item's base unit of measure. */
  uom?: string;
}

export interface PriceResolutionRequest {
  customerId: string;
  /**
   * The day to price on (YYYY-MM-DD); today when left out.
   * @format date
   * @pattern ^\d{4}-\d{2}-\d{2}$
   */
  date?: string;
  lines: PriceRequestLine[];
  /**
   * False (the default): one line that cannot be priced (unknown item, a unit it is not sold in, no
   * price) refuses the whole request. True: such lines are answered in `unpriced`, with the reason
   * code, and the others are priced — for price checks of many items at once.
   */
  skipUnpriced?: boolean;
}

/** A line that could not be priced, and why. */
export interface UnpricedLine {
  sku: string;
  quantity: number;
  uom?: string;
  /** UNKNOWN_ITEM, UOM_NOT_CONVERTIBLE or NO_PRICE */
  reasonCode: string;
  detail: string;
}

/** Which rule gave a price: a contract (customer) price list, with a quantity break when one applied. */
export interface ResolvedPrice {
  sku: string;
  quantity: number;
  uom: string;
  /** Decimal string, per `uom`. */
  unitPrice: string;
  currency: string;
  priceListId: string;
  /** e.g. `price-list:PL-CONTRACT-ACME break>=10` */
  rule: string;
}

export interface PriceResolution {
  customerId: string;
  currency: string;
  prices: ResolvedPrice[];
  /** Only with `skipUnpriced`: the lines that could not be priced. */
  unpriced?: UnpricedLine[];
}
