import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { toBaseQuantity, type Item } from '@crossdock/shared-contracts/contracts/model/item';
import { multiplyByQuantity, roundMoney, sumDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import { parseLineList } from '../../shared/line-list';
import { priceAndStock, type LinePriceAndStock } from '../../shared/price-and-stock';
import { stockFor, unitsOf } from '../catalogue/catalogue-line-view';
import type { PortalCatalogueDeps } from '../catalogue/portal-catalogue.service';
import type { PortalQuickOrder, PortalQuickOrderLine } from '../catalogue/portal-catalogue';
import { portalCustomerOf } from '../portal-customer';

/** A quick order is typed or pasted by a person: a hundred lines is plenty. */
export const MAX_QUICK_ORDER_LINES = 100;

/**
 * Checks a quick order before it is placed: for each `SKU[:QUANTITY[:UNIT]]`, the item, the units
 * it can be ordered in, this customer's price for that quantity and unit, and when it can ship.
 * What cannot be ordered as typed says why, so the person can fix it before placing the order.
 */
export async function checkQuickOrder(
  deps: PortalCatalogueDeps,
  principal: Principal,
  linesText: string | undefined,
): Promise<PortalQuickOrder> {
  const customerId = portalCustomerOf(principal);
  const lines = parseLineList(linesText, 'lines', MAX_QUICK_ORDER_LINES);
  const [items, answer] = await Promise.all([
    deps.systemCatalogue.getItems(lines.map((line) => line.sku)),
    priceAndStock(deps.systemCatalogue, customerId, lines),
  ]);
  const bySku = new Map(items.map((item) => [item.sku, item]));
  const today = deps.today();
  const checked = answer.lines.map((line) => quickOrderLine(line, bySku.get(line.line.sku), today));
  return {
    currency: answer.currency,
    lines: checked,
    subtotal: roundMoney(sumDecimals(checked.map((line) => line.lineTotal ?? '0'))),
    readyToOrder: checked.every((line) => !line.problem),
  };
}

function quickOrderLine(answer: LinePriceAndStock, item: Item | undefined, today: string): PortalQuickOrderLine {
  const { sku, quantity } = answer.line;
  if (!item)
    return {
      sku,
      quantity,
      uom: answer.line.uom ?? '',
      units: [],
      problem: { code: 'UNKNOWN_ITEM', text: `We do not sell an item ${sku}.` },
    };
  const uom = answer.line.uom ?? item.baseUom;
  const view: PortalQuickOrderLine = {
    sku: item.sku,
    description: item.description,
    quantity,
    uom,
    units: unitsOf(item),
  };
  const baseQuantity = toBaseQuantity(item, quantity, uom);
  if (baseQuantity === undefined)
    return {
      ...view,
      problem: {
        code: 'UOM_NOT_CONVERTIBLE',
        text: `${item.sku} is sold in ${view.units.map((unit) => unit.uom).join(', ')}, not ${uom}.`,
      },
    };
  view.stock = stockFor(answer.positions, baseQuantity, today);
  if (!answer.price)
    return {
      ...view,
      problem: {
        code: answer.unpriced?.reasonCode ?? 'NO_PRICE',
        text: 'We have no price for this item for your account; please contact us.',
      },
    };
  return {
    ...view,
    unitPrice: answer.price.unitPrice,
    lineTotal: roundMoney(multiplyByQuantity(answer.price.unitPrice, quantity)),
    priceRule: answer.price.rule,
  };
}
