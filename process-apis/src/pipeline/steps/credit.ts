import { addDecimals, compareDecimals, roundMoney } from '@crossdock/shared-contracts/money/decimal';
import { withoutOverridden, type PipelineStep } from '../step';

/** Open invoices + open orders + this order against the customer's credit limit. */
export const creditStep: PipelineStep = {
  id: 'credit',
  invoke: async ({ systemApi, order }) => {
    const exposure = await systemApi.creditExposure(order.customerId);
    const total = order.total?.toFixed(2) ?? '0.00';
    const after = roundMoney(addDecimals(exposure.exposure, total));
    const detail = `exposure ${exposure.exposure} + this order ${total} = ${after} against a limit of ${exposure.creditLimit} ${exposure.currency}`;
    if (compareDecimals(after, exposure.creditLimit) > 0) {
      const reasons = withoutOverridden(order, [{ reasonCode: 'CREDIT_LIMIT', detail: `Over the credit limit: ${detail}.` }]);
      if (reasons.length > 0) return { kind: 'hold', reasons };
    }
    return { kind: 'next', detail };
  },
};
