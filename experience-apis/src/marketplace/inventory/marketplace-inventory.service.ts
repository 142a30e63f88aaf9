import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import { actForCustomer } from '../../confinement/act-for-customer';
import type { SystemCatalogueApi } from '../../upstreams/system-catalogue-api';
import { partnerCalling } from '../partners/marketplace-partner';
import { availableToSell, type PartnerDirectory } from '../partners/partner-directory';
import type { MarketplaceInventoryFeed } from './marketplace-inventory';

export interface MarketplaceInventoryDeps {
  systemCatalogue: SystemCatalogueApi;
  partners: PartnerDirectory;
}

/**
 * The partner's inventory feed: every item it carries (its cross-reference), with what it may sell
 * now — its allocation of the stock available in all warehouses, less its safety stock.
 */
export async function inventoryFeed(deps: MarketplaceInventoryDeps, principal: Principal): Promise<MarketplaceInventoryFeed> {
  const partner = await partnerCalling(deps.partners, principal);
  const positions = partner.items.length > 0 ? await actForCustomer(partner.customerId, () => deps.systemCatalogue.positionsOf(partner.items.map((item) => item.sku))) : [];
  const available = new Map<string, number>();
  for (const position of positions) available.set(position.sku, (available.get(position.sku) ?? 0) + Math.max(0, position.available));
  const asOf = positions.map((position) => position.asOf).sort().at(-1) ?? new Date(0).toISOString();
  return { asOf, items: partner.items.map((item) => ({ partnerSku: item.partnerSku, availableToSell: availableToSell(partner, item, available.get(item.sku) ?? 0) })) };
}
