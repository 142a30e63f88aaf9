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
  /** @format date */
  date?: string;
  lines: PriceRequestLine[];
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
}
