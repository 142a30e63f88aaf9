/** What the partner may sell now, per item, in its SKUs. */
export interface MarketplaceInventoryFeed {
  items: MarketplaceInventoryItem[];
}

export interface MarketplaceInventoryItem {
  partnerSku: string;
  /** Units the partner may sell now: its allocation of what is available, less its safety stock. */
  availableToSell: number;
}
