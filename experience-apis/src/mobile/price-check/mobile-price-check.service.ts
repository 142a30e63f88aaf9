import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import { actForCustomer } from '../../confinement/act-for-customer';
import { parseLineList } from '../../shared/line-list';
import { priceAndStock, type LinePriceAndStock } from '../../shared/price-and-stock';
import type { SystemCatalogueApi } from '../../upstreams/system-catalogue-api';
import { repCustomer } from '../sales-rep';
import type { MobilePrice, MobilePriceCheck } from './mobile-price-check';

/** One call prices a customer's whole visit list. */
export const MAX_PRICE_CHECK_ITEMS = 200;

export interface MobilePriceCheckDeps {
  systemCatalogue: SystemCatalogueApi;
}

/** Prices up to 200 items for one of the rep's customers, with the stock available now. */
export async function checkPrices(deps: MobilePriceCheckDeps, principal: Principal, customerId: string, itemsText: string | undefined): Promise<MobilePriceCheck> {
  repCustomer(principal, customerId);
  const lines = parseLineList(itemsText, 'items', MAX_PRICE_CHECK_ITEMS);
  const answer = await actForCustomer(customerId, () => priceAndStock(deps.systemCatalogue, customerId, lines));
  return { customerId, currency: answer.currency, items: answer.lines.map(toMobilePrice) };
}

function toMobilePrice(answer: LinePriceAndStock): MobilePrice {
  const uom = answer.price?.uom ?? answer.line.uom ?? answer.positions[0]?.uom ?? '';
  const available = answer.positions.reduce((sum, position) => sum + Math.max(0, position.available), 0);
  const view: MobilePrice = { sku: answer.line.sku, quantity: answer.line.quantity, uom, available };
  if (answer.price) view.unitPrice = answer.price.unitPrice;
  else view.problem = answer.unpriced?.reasonCode ?? 'NO_PRICE';
  const stockUom = answer.positions[0]?.uom;
  if (stockUom && stockUom !== uom) view.stockUom = stockUom;
  if (available === 0) {
    const nextReceipt = answer.positions.map((position) => position.expectedDate).filter((date): date is string => Boolean(date)).sort()[0];
    if (nextReceipt) view.nextReceipt = nextReceipt;
  }
  return view;
}
