import type { ItemAvailability } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { ResolvedPrice, UnpricedLine } from '@crossdock/shared-contracts/contracts/api/system-pricing';
import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { actForCustomer } from '../../confinement/act-for-customer';
import { parseLineList, type RequestedLine } from '../../shared/line-list';
import { pricesByLine } from '../../shared/price-and-stock';
import type { SystemCatalogueApi } from '../../upstreams/system-catalogue-api';
import { repCustomer } from '../sales-rep';
import type { MobilePrice, MobilePriceCheck } from './mobile-price-check';

/** One call prices a customer's whole visit list. */
export const MAX_PRICE_CHECK_ITEMS = 200;

export interface MobilePriceCheckDeps {
  systemCatalogue: SystemCatalogueApi;
}

/**
 * Prices up to 200 items for one of the rep's customers, with the stock available now: one price
 * resolution and the items' availability (summed over the warehouses), asked side by side.
 */
export async function checkPrices(
  deps: MobilePriceCheckDeps,
  principal: Principal,
  customerId: string,
  itemsText: string | undefined,
): Promise<MobilePriceCheck> {
  repCustomer(principal, customerId);
  const lines = parseLineList(itemsText, 'items', MAX_PRICE_CHECK_ITEMS);
  const [resolution, availability] = await actForCustomer(customerId, () =>
    Promise.all([
      deps.systemCatalogue.resolvePrices(
        customerId,
        lines.map((line) => ({ sku: line.sku, quantity: line.quantity, uom: line.uom })),
      ),
      deps.systemCatalogue.availabilityOf(lines.map((line) => line.sku)),
    ]),
  );
  const stock = new Map(availability.map((item) => [item.sku, item]));
  return {
    customerId,
    currency: resolution.currency,
    items: pricesByLine(lines, resolution).map((priced) => toMobilePrice(priced, stock.get(priced.line.sku))),
  };
}

function toMobilePrice(
  priced: { line: RequestedLine; price?: ResolvedPrice; unpriced?: UnpricedLine },
  stock: ItemAvailability | undefined,
): MobilePrice {
  const uom = priced.price?.uom ?? priced.line.uom ?? stock?.uom ?? '';
  const view: MobilePrice = {
    sku: priced.line.sku,
    quantity: priced.line.quantity,
    uom,
    available: stock?.available ?? 0,
  };
  if (priced.price) view.unitPrice = priced.price.unitPrice;
  else view.problem = priced.unpriced?.reasonCode ?? 'NO_PRICE';
  if (stock && stock.uom !== uom) view.stockUom = stock.uom;
  if (stock && stock.available === 0 && stock.nextReceiptDate) view.nextReceipt = stock.nextReceiptDate;
  return view;
}
