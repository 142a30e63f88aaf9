import { uomFactor, type Item } from '@crossdock/shared-contracts/contracts/model/item';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import { holdOr, type HoldReason, type PipelineStep, type StepOutcome } from '../step';
import { decideShipTo } from './ship-to';

/**
 * Checks an order against the ERP: the customer is known and may order, every item is known and
 * orderable, and every unit converts to the item's base unit. Every problem found is reported, not
 * just the first, so whoever fixes the order sees all of it at once.
 */
export function validateOrder(
  order: SalesOrderInput,
  customer: Customer | undefined,
  items: ReadonlyMap<string, Item>,
): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (!customer)
    reasons.push({ reasonCode: 'UNKNOWN_CUSTOMER', detail: `Customer ${order.customerId} is not known to the ERP.` });
  else if (customer.status !== 'active')
    reasons.push({
      reasonCode: 'CUSTOMER_ON_HOLD',
      detail: `Customer ${customer.id} is ${customer.status.replace('_', ' ')} in the ERP.`,
    });

  const shipTo = decideShipTo(order, customer);
  if ('hold' in shipTo) reasons.push(shipTo.hold);

  for (const line of order.lines) {
    const item = items.get(line.sku);
    if (!item) {
      reasons.push({ reasonCode: 'UNKNOWN_ITEM', detail: `Item ${line.sku} is not known to the ERP.` });
    } else if (item.status !== 'active') {
      reasons.push({ reasonCode: 'UNKNOWN_ITEM', detail: `Item ${line.sku} is ${item.status} and cannot be ordered.` });
    } else if (line.uom && uomFactor(item, line.uom) === undefined) {
      reasons.push({
        reasonCode: 'UOM_NOT_CONVERTIBLE',
        detail: `Item ${line.sku} cannot be ordered in ${line.uom}; it is sold in ${[item.baseUom, ...item.alternateUoms.map((c) => c.uom)].join(', ')}.`,
      });
    } else if (!item.decimalQuantityAllowed && !Number.isInteger(line.quantity)) {
      reasons.push({
        reasonCode: 'UOM_NOT_CONVERTIBLE',
        detail: `Item ${line.sku} is counted in whole units; ${line.quantity} is not a whole number.`,
      });
    }
  }
  return reasons;
}

/** Reads every customer and item of the batch fresh from the ERP (one call each), then checks each order. */
export const validateStep: PipelineStep = {
  id: 'validate',
  readsOnly: true,
  invoke: async ({ systemApi }, orders) => {
    // One after the other: with the ERP down, an attempt fails on the first call and makes no second.
    const customers = await systemApi.findCustomers(
      orders.map(({ received }) => received.customerId),
      { fresh: true },
    );
    const items = await systemApi.findItems(
      orders.flatMap(({ received }) => received.lines.map((line) => line.sku)),
      { fresh: true },
    );
    return orders.map(({ order, received }) => {
      const customer = customers.get(received.customerId);
      return holdOr(order, validateOrder(received, customer, items), () => validated(received, customer));
    });
  },
};

/**
 * On to enrich. An order that named no ship-to goes with the customer's default delivery address,
 * stored on the order (the later steps, the ERP and the partner's documents read it there).
 */
function validated(received: SalesOrderInput, customer: Customer | undefined): StepOutcome {
  const shipTo = decideShipTo(received, customer);
  if ('hold' in shipTo || !shipTo.fromCustomer) return { kind: 'next', changes: { status: 'VALIDATED' } };
  return {
    kind: 'next',
    detail: `The order named no ship-to: it ships to customer ${received.customerId}'s default delivery address (${shipTo.shipTo.city}, ${shipTo.shipTo.country}).`,
    changes: { status: 'VALIDATED', received: { ...received, shipTo: shipTo.shipTo } },
  };
}
