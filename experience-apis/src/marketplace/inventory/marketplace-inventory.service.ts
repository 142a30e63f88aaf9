import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
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
export async function inventoryFeed(
  deps: MarketplaceInventoryDeps,
  principal: Principal,
): Promise<MarketplaceInventoryFeed> {
  const partner = await partnerCalling(deps.partners, principal);
  const stock =
    partner.items.length > 0
      ? await actForCustomer(partner.customerId, () =>
          deps.systemCatalogue.availabilityOf(partner.items.map((item) => item.sku)),
        )
      : [];
  const available = new Map(stock.map((item) => [item.sku, item.available]));
  return {
    items: partner.items.map((item) => ({
      partnerSku: item.partnerSku,
      availableToSell: availableToSell(partner, item, available.get(item.sku) ?? 0),
    })),
  };
}
