import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import { multiplyByQuantity, roundMoney, sumDecimals } from '@crossdock/shared-contracts/contracts/money/decimal';
import type { PriceResolution, PriceResolutionRequest } from '@crossdock/shared-contracts/contracts/api/system-pricing';
import { partnerTermsOf, withinTolerance } from '../../partners/partner-terms';
import type { HoldReason } from '../step';

export interface PricedOrder {
  currency: string;
  lines: ProcessOrderLine[];
  subtotal: string;
}

/** What to ask the ERP for an order's prices. */
export const priceRequestFor = (order: SalesOrderInput): PriceResolutionRequest => ({
  customerId: order.customerId,
  lines: order.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, uom: line.uom })),
});

/** Every line at the customer's price (contract list, quantity breaks), as the ERP resolved it. */
export function priceOrder(order: SalesOrderInput, resolution: PriceResolution): PricedOrder {
  const lines = order.lines.map((line, index): ProcessOrderLine => {
    const price = resolution.prices[index];
    if (!price || price.sku !== line.sku)
      throw new Error(`The ERP answered no price for line ${index + 1} (${line.sku}).`);
    return {
      lineNumber: line.lineNumber ?? index + 1,
      sku: line.sku,
      quantity: line.quantity,
      uom: price.uom,
      unitPrice: price.unitPrice,
      lineTotal: roundMoney(multiplyByQuantity(price.unitPrice, line.quantity)),
      priceRule: price.rule,
      ...(line.shipsNothing ? { shipsNothing: true as const } : {}),
    };
  });
  return {
    currency: resolution.currency,
    lines,
    subtotal: roundMoney(sumDecimals(lines.map((line) => line.lineTotal ?? '0'))),
  };
}

/**
 * Lines whose price the channel sent differs from the customer's price by more than the trading
 * partner's tolerance (recorded with the order when it arrived; none: any difference counts).
 */
export function priceMismatches(order: SalesOrderInput, priced: PricedOrder): HoldReason[] {
  const tolerance = partnerTermsOf(order).priceTolerancePercent;
  const allowed = tolerance && tolerance !== '0' ? `, more than the partner's ${tolerance} %` : '';
  return order.lines.flatMap((line, index) => {
    const ours = priced.lines[index]?.unitPrice;
    if (!line.unitPrice || !ours || withinTolerance(line.unitPrice, ours, tolerance)) return [];
    return [
      {
        reasonCode: 'PRICE_MISMATCH' as const,
        detail: `Line ${line.lineNumber ?? index + 1} (${line.sku}): the order says ${line.unitPrice}, the customer's price is ${ours} (${priced.lines[index]?.priceRule})${allowed}.`,
      },
    ];
  });
}
