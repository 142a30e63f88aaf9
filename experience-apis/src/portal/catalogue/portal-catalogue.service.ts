import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { priceAndStock } from '../../shared/price-and-stock';
import type { SystemCatalogueApi } from '../../upstreams/system-catalogue-api';
import { portalCustomerOf } from '../portal-customer';
import { toCatalogueItem } from './catalogue-line-view';
import type { PortalCatalogueItem, PortalCataloguePage } from './portal-catalogue';

export interface PortalCatalogueDeps {
  systemCatalogue: SystemCatalogueApi;
  /** Today's date (YYYY-MM-DD), for promised dates. */
  today(): string;
}

const DEFAULT_PAGE = 20;
const MAX_PAGE = 50;

/**
 * Items whose SKU or description contains `q`, each with the customer's price for one base unit
 * (and the rule that gave it) and its stock per warehouse.
 */
export async function searchCatalogue(
  deps: PortalCatalogueDeps,
  principal: Principal,
  query: { q?: string; cursor?: string; limit?: number },
): Promise<PortalCataloguePage> {
  const customerId = portalCustomerOf(principal);
  const limit = Math.min(Math.max(query.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
  const page = await deps.systemCatalogue.searchItems({ q: query.q?.trim() || undefined, cursor: query.cursor, limit });
  if (page.items.length === 0) return { items: [] };
  const answer = await priceAndStock(
    deps.systemCatalogue,
    customerId,
    page.items.map((item) => ({ sku: item.sku, quantity: 1 })),
  );
  const today = deps.today();
  return {
    items: page.items.map((item, index) => toCatalogueItem(item, answer.lines[index]!, today)),
    nextCursor: page.nextCursor,
  };
}

/** One item for the customer, priced and promised for `quantity` in `uom` (one base unit by default). */
export async function getCatalogueItem(
  deps: PortalCatalogueDeps,
  principal: Principal,
  sku: string,
  quantity = 1,
  uom?: string,
): Promise<PortalCatalogueItem> {
  const customerId = portalCustomerOf(principal);
  const [item] = await deps.systemCatalogue.getItems([sku]);
  if (!item) throw new NotFoundError(`Item ${sku} is not in the catalogue.`);
  const answer = await priceAndStock(deps.systemCatalogue, customerId, [{ sku: item.sku, quantity, uom }]);
  return toCatalogueItem(item, answer.lines[0]!, deps.today());
}
