import { addDecimals, roundMoney } from '@crossdock/shared-contracts/money/decimal';
import type { Prisma } from '../../generated/prisma/client';
import { withoutOverridden, type PipelineStep } from '../step';
import { salesTaxFor } from '../tax/sales-tax';
import { priceMismatches, priceOrder } from './price-order';

/**
 * Prices every line at the customer's price (contract list, quantity breaks), holds the order when
 * the channel's price differs, and adds sales tax for the ship-to's jurisdiction.
 */
export const enrichStep: PipelineStep = {
  id: 'enrich',
  invoke: async ({ systemApi, received, order }) => {
    const priced = await priceOrder(systemApi, received);
    const mismatches = withoutOverridden(order, priceMismatches(received, priced));
    if (mismatches.length > 0) return { kind: 'hold', reasons: mismatches };
    const tax = salesTaxFor(received.shipTo, priced.subtotal);
    const total = roundMoney(addDecimals(priced.subtotal, tax.amount));
    return {
      kind: 'next',
      detail: `subtotal ${priced.subtotal}, tax ${tax.amount} (${tax.jurisdiction} ${tax.ratePercent} %), total ${total} ${priced.currency}`,
      save: async (tx) =>
        void (await tx.order.update({
          where: { id: order.id },
          data: { currency: priced.currency, pricedLines: priced.lines as unknown as Prisma.InputJsonValue, subtotal: priced.subtotal, tax: tax.amount, total },
        })),
    };
  },
};
