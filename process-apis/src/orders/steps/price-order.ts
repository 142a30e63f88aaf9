import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/process-orders';
import type { SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';
import { multiplyByQuantity, roundMoney, sumDecimals } from '@crossdock/shared-contracts/money/decimal';
import type { SystemApi } from '../../system-api/system-api';

export interface PricedOrder {
  currency: string;
  lines: ProcessOrderLine[];
  subtotal: string;
}

/** Prices every line at the customer's price (contract list, quantity breaks) as the ERP resolves it. */
export async function priceOrder(systemApi: SystemApi, order: SalesOrderInput): Promise<PricedOrder> {
  const resolution = await systemApi.resolvePrices({
    customerId: order.customerId,
    lines: order.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, uom: line.uom })),
  });
  const lines = order.lines.map((line, index): ProcessOrderLine => {
    const price = resolution.prices[index];
    if (!price || price.sku !== line.sku) throw new Error(`The ERP answered no price for line ${index + 1} (${line.sku}).`);
    return {
      lineNumber: line.lineNumber ?? index + 1,
      sku: line.sku,
      quantity: line.quantity,
      uom: price.uom,
      unitPrice: price.unitPrice,
      lineTotal: roundMoney(multiplyByQuantity(price.unitPrice, line.quantity)),
      priceRule: price.rule,
    };
  });
  return { currency: resolution.currency, lines, subtotal: roundMoney(sumDecimals(lines.map((line) => line.lineTotal ?? '0'))) };
}
