import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { addDecimals, compareDecimals, roundMoney } from '@crossdock/shared-contracts/contracts/money/decimal';
import { holdOr, type PipelineStep, type StepOutcome } from '../step';

/**
 * Open invoices + open orders + this order against the customer's credit limit. Orders of one
 * customer in the same batch count against the limit one after another: the ERP does not know the
 * earlier ones yet, but they are on their way to it.
 */
export const creditStep: PipelineStep = {
  id: 'credit',
  readsOnly: true,
  invoke: async ({ systemApi }, orders) => {
    const exposures = await systemApi.creditExposures(orders.map(({ order }) => order.customerId));
    const aheadInBatch = new Map<string, string>();
    return orders.map(({ order }): StepOutcome => {
      const exposure = exposures.get(order.customerId);
      if (!exposure)
        return {
          kind: 'failed',
          error: new NotFoundError(`The ERP gave no credit exposure for customer ${order.customerId}.`),
        };
      const total = order.total?.toFixed(2) ?? '0.00';
      const ahead = aheadInBatch.get(order.customerId) ?? '0.00';
      const after = roundMoney(addDecimals(addDecimals(exposure.exposure, ahead), total));
      const aheadNote = compareDecimals(ahead, '0') > 0 ? ` + orders ahead of it ${ahead}` : '';
      const detail = `exposure ${exposure.exposure}${aheadNote} + this order ${total} = ${after} against a limit of ${exposure.creditLimit} ${exposure.currency}`;
      const overLimit =
        compareDecimals(after, exposure.creditLimit) > 0
          ? [{ reasonCode: 'CREDIT_LIMIT' as const, detail: `Over the credit limit: ${detail}.` }]
          : [];
      return holdOr(order, overLimit, () => {
        aheadInBatch.set(order.customerId, roundMoney(addDecimals(ahead, total)));
        return { kind: 'next', detail };
      });
    });
  },
};
