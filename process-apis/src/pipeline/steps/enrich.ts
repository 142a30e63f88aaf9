import { addDecimals, roundMoney } from '@crossdock/shared-contracts/contracts/money/decimal';
import { outcomeOfError, holdOr, type PipelineStep } from '../step';
import { salesTaxFor } from '../tax/sales-tax';
import { priceMismatches, priceOrder, priceRequestFor } from './price-order';

/**
 * Prices every line at the customer's price (contract list, quantity breaks), holds the order when
 * the channel's price differs, and adds sales tax for the ship-to's jurisdiction. One call to the
 * ERP prices the whole batch.
 */
export const enrichStep: PipelineStep = {
  id: 'enrich',
  readsOnly: true,
  invoke: async ({ systemApi }, orders) => {
    const answers = await systemApi.resolvePricesMany(orders.map(({ received }) => priceRequestFor(received)));
    return orders.map(({ order, received }, index) => {
      const answer = answers[index]!;
      if (answer.error) return outcomeOfError(answer.error);
      let priced;
      try {
        priced = priceOrder(received, answer.value);
      } catch (error) {
        return outcomeOfError(error);
      }
      return holdOr(order, priceMismatches(received, priced), () => {
        const tax = salesTaxFor(received.shipTo, priced.subtotal);
        const total = roundMoney(addDecimals(priced.subtotal, tax.amount));
        return {
          kind: 'next',
          detail: `subtotal ${priced.subtotal}, tax ${tax.amount} (${tax.jurisdiction} ${tax.ratePercent} %), total ${total} ${priced.currency}`,
          changes: {
            currency: priced.currency,
            pricedLines: priced.lines,
            subtotal: priced.subtotal,
            tax: tax.amount,
            total,
          },
        };
      });
    });
  },
};
