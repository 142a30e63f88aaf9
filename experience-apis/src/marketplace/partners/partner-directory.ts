/**
 * A marketplace partner as the marketplace API needs it: the customer account its orders go on,
 * how much of the stock it may sell, and its SKUs against ours.
 */
export interface MarketplacePartner {
  /** The partner's id: the id of its API-key consumer in gateway.yaml. */
  id: string;
  name: string;
  /** The ERP customer account the partner's orders are placed on and invoiced to. */
  customerId: string;
  /** The share of the available stock offered to the partner, 0 to 100. */
  allocationPercent: number;
  /** Units of every item held back from the partner (after the allocation). */
  safetyStock: number;
  /** The items the partner sells: its SKU for each of ours. Only these are in its inventory feed. */
  items: PartnerItem[];
}

export interface PartnerItem {
  partnerSku: string;
  sku: string;
  /** Overrides the partner's safety stock for this item. */
  safetyStock?: number;
}

/**
 * Where partners are looked up. For now a file of the experience tier (marketplace-partners.yaml);
 * the trading partners of the process API (`/process/v1/partners`, with item cross-references) are
 * meant to replace it behind this same port, so nothing else here changes when they do.
 */
export interface PartnerDirectory {
  partner(partnerId: string): Promise<MarketplacePartner | undefined>;
}

/** Our SKU for a partner's, through its cross-reference; undefined for one it does not carry. */
export function ourSkuOf(partner: MarketplacePartner, partnerSku: string): string | undefined {
  return partner.items.find((item) => item.partnerSku === partnerSku)?.sku;
}

/** The partner's SKU for one of ours; ours when the partner has no name for it. */
export function partnerSkuOf(partner: MarketplacePartner, sku: string): string {
  return partner.items.find((item) => item.sku === sku)?.partnerSku ?? sku;
}

/** What the partner may sell of an item: its share of what is available, less what is held back. */
export function availableToSell(partner: MarketplacePartner, item: PartnerItem, available: number): number {
  const share = Math.floor((Math.max(0, available) * partner.allocationPercent) / 100);
  return Math.max(0, share - (item.safetyStock ?? partner.safetyStock));
}
