import { uomFactor, type Item } from '@crossdock/shared-contracts/model/item';
import type { SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';
import type { SystemApi } from '../../system-api/system-api';
import { withoutOverridden, type HoldReason, type PipelineStep } from '../step';

/**
 * Checks an order against the ERP: the customer is known and may order, every item is known and
 * orderable, and every unit converts to the item's base unit. Every problem found is reported, not
 * just the first, so whoever fixes the order sees all of it at once.
 */
export async function validateOrder(systemApi: SystemApi, order: SalesOrderInput): Promise<HoldReason[]> {
  const reasons: HoldReason[] = [];
  const customer = await systemApi.findCustomer(order.customerId, { fresh: true });
  if (!customer) reasons.push({ reasonCode: 'UNKNOWN_CUSTOMER', detail: `Customer ${order.customerId} is not known to the ERP.` });
  else if (customer.status !== 'active') reasons.push({ reasonCode: 'CUSTOMER_ON_HOLD', detail: `Customer ${customer.id} is ${customer.status.replace('_', ' ')} in the ERP.` });

  reasons.push(...shipToProblems(order));

  const skus = [...new Set(order.lines.map((line) => line.sku))];
  const items = new Map<string, Item | undefined>(await Promise.all(skus.map(async (sku) => [sku, await systemApi.findItem(sku, { fresh: true })] as const)));
  for (const line of order.lines) {
    const item = items.get(line.sku);
    if (!item) {
      reasons.push({ reasonCode: 'UNKNOWN_ITEM', detail: `Item ${line.sku} is not known to the ERP.` });
    } else if (item.status !== 'active') {
      reasons.push({ reasonCode: 'UNKNOWN_ITEM', detail: `Item ${line.sku} is ${item.status} and cannot be ordered.` });
    } else if (line.uom && uomFactor(item, line.uom) === undefined) {
      reasons.push({ reasonCode: 'UOM_NOT_CONVERTIBLE', detail: `Item ${line.sku} cannot be ordered in ${line.uom}; it is sold in ${[item.baseUom, ...item.alternateUoms.map((c) => c.uom)].join(', ')}.` });
    } else if (!item.decimalQuantityAllowed && !Number.isInteger(line.quantity)) {
      reasons.push({ reasonCode: 'UOM_NOT_CONVERTIBLE', detail: `Item ${line.sku} is counted in whole units; ${line.quantity} is not a whole number.` });
    }
  }
  return reasons;
}

// Countries whose addresses (and sales tax) need a two-letter state or province.
const REGION_REQUIRED = new Set(['US', 'CA']);

/** A ship-to the carrier can deliver to and the tax can be worked out for. */
function shipToProblems(order: SalesOrderInput): HoldReason[] {
  const { country, region } = order.shipTo;
  if (REGION_REQUIRED.has(country) && !/^[A-Z]{2}$/.test(region ?? '')) {
    return [{ reasonCode: 'ADDRESS_INCOMPLETE', detail: `The ship-to in ${country} needs its two-letter state or province code (has ${region ? `"${region}"` : 'none'}).` }];
  }
  return [];
}

export const validateStep: PipelineStep = {
  id: 'validate',
  invoke: async ({ systemApi, received, order }) => {
    const reasons = withoutOverridden(order, await validateOrder(systemApi, received));
    if (reasons.length > 0) return { kind: 'hold', reasons };
    return { kind: 'next', save: async (tx) => void (await tx.order.update({ where: { id: order.id }, data: { status: 'VALIDATED' } })) };
  },
};
