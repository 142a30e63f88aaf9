import { allPages, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { ItemAvailability } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { PriceRequestLine, PriceResolution } from '@crossdock/shared-contracts/contracts/api/system-pricing';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import type { Item } from '@crossdock/shared-contracts/contracts/model/item';
import { readInChunks } from '@crossdock/shared-contracts/contracts/api/key-lists';

const POSITIONS_PER_PAGE = 1000;

/** The system API's items, prices and stock, as the experience APIs use them. */
export interface SystemCatalogueApi {
  searchItems(query: { q?: string; cursor?: string; limit?: number }): Promise<Page<Item>>;
  getItems(skus: string[]): Promise<Item[]>;
  /** Prices what can be priced; the rest comes back in `unpriced` with its reason. */
  resolvePrices(customerId: string, lines: PriceRequestLine[]): Promise<PriceResolution>;
  /** Every position of these SKUs, in every warehouse. */
  positionsOf(skus: string[]): Promise<InventoryPosition[]>;
  /** Each SKU's stock summed over the warehouses (SKUs without stock positions are left out). */
  availabilityOf(skus: string[]): Promise<ItemAvailability[]>;
}

export function createSystemCatalogueApi(client: UpstreamClient): SystemCatalogueApi {
  const positionsOfChunk = (skus: string[]) =>
    allPages<InventoryPosition>(
      async (cursor) =>
        (
          await client.get<Page<InventoryPosition>>('/system/v1/inventory', {
            query: { skus: skus.join(','), limit: POSITIONS_PER_PAGE, cursor },
          })
        ).data,
    );

  return {
    searchItems: async (query) =>
      (await client.get<Page<Item>>('/system/v1/items', { query: { status: 'active', ...query } })).data,
    getItems: async (skus) =>
      (await client.get<Page<Item>>('/system/v1/items', { query: { skus: [...new Set(skus)].join(','), limit: 200 } }))
        .data.items,
    resolvePrices: async (customerId, lines) =>
      (
        await client.post<PriceResolution>('/system/v1/pricing/resolve', {
          body: { customerId, lines, skipUnpriced: true },
        })
      ).data,
    // A price check's 200 SKUs in one call; a partner's longer feed in calls side by side.
    positionsOf: (skus) => readInChunks(skus, positionsOfChunk),
    availabilityOf: (skus) =>
      readInChunks(
        skus,
        async (chunk) =>
          (
            await client.get<ItemAvailability[]>('/system/v1/inventory/availability', {
              query: { skus: chunk.join(',') },
            })
          ).data,
      ),
  };
}
