import type {
  PriceResolution,
  ResolvedPrice,
  UnpricedLine,
} from '@crossdock/shared-contracts/contracts/api/system-pricing';
import type { InventoryPosition } from '@crossdock/shared-contracts/contracts/model/inventory-position';
import type { SystemCatalogueApi } from '../upstreams/system-catalogue-api';
import type { RequestedLine } from './line-list';

/** One line as the system API prices and stocks it for a customer. */
export interface LinePriceAndStock {
  line: RequestedLine;
  /** Absent when the line could not be priced; then `unpriced` says why. */
  price?: ResolvedPrice;
  unpriced?: UnpricedLine;
  /** The item's positions in every warehouse (base unit). */
  positions: InventoryPosition[];
}

/**
 * The customer's price (with the rule that gave it) and the stock per warehouse for each line: one
 * price resolution and the inventory of all the SKUs, asked in parallel. Nothing is decided here;
 * the system API prices and counts, the caller shapes the answer for its consumer.
 */
export async function priceAndStock(
  catalogue: SystemCatalogueApi,
  customerId: string,
  lines: RequestedLine[],
): Promise<{ currency: string; lines: LinePriceAndStock[] }> {
  const [resolution, positions] = await Promise.all([
    catalogue.resolvePrices(
      customerId,
      lines.map((line) => ({ sku: line.sku, quantity: line.quantity, uom: line.uom })),
    ),
    catalogue.positionsOf(lines.map((line) => line.sku)),
  ]);
  const bySku = new Map<string, InventoryPosition[]>();
  for (const position of positions) bySku.set(position.sku, [...(bySku.get(position.sku) ?? []), position]);
  const answered = pricesByLine(lines, resolution).map((priced) => ({
    ...priced,
    positions: bySku.get(priced.line.sku) ?? [],
  }));
  return { currency: resolution.currency, lines: answered };
}

/** Each line with its price, or why it has none. */
export function pricesByLine(
  lines: RequestedLine[],
  resolution: PriceResolution,
): { line: RequestedLine; price?: ResolvedPrice; unpriced?: UnpricedLine }[] {
  // The system API answers priced and unpriced lines each in the order asked.
  const prices = [...resolution.prices];
  const unpriced = [...(resolution.unpriced ?? [])];
  return lines.map((line) => {
    const next = unpriced[0];
    const isUnpriced =
      next !== undefined && next.sku === line.sku && next.quantity === line.quantity && next.uom === line.uom;
    return { line, ...(isUnpriced ? { unpriced: unpriced.shift() } : { price: prices.shift() }) };
  });
}
