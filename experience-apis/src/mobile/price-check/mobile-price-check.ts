/**
 * A price check as the mobile app shows it: per item only what is on the screen. Quantities of
 * stock are in `stockUom` (the item's base unit) when it differs from the unit asked.
 */
export interface MobilePriceCheck {
  customerId: string;
  currency: string;
  items: MobilePrice[];
}

export interface MobilePrice {
  sku: string;
  quantity: number;
  uom: string;
  /** Decimal string per `uom`; absent with `problem`. */
  unitPrice?: string;
  /** Available now, all warehouses together. */
  available: number;
  /** The unit `available` counts in, when it is not `uom`. */
  stockUom?: string;
  /**
   * When nothing is available: the next receipt's expected date.
   * @format date
   */
  nextReceipt?: string;
  /** UNKNOWN_ITEM, UOM_NOT_CONVERTIBLE or NO_PRICE */
  problem?: string;
}
