import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/api/process-orders';
import { uomFactor, type Item } from '@crossdock/shared-contracts/contracts/model/item';
import type { Order } from '../../generated/prisma/client';
import { orderColumns } from '../../orders/order-columns';
import { partnerTermsOf } from '../../partners/partner-terms';
import { planFulfilment, type LineToPlan, type WarehouseStock } from '../planning/plan-fulfilment';
import { holdOr, outcomeOfError, type PipelineStep, type StepOutcome } from '../step';

/**
 * Available-to-promise across warehouses and a fulfilment plan. What nobody can promise is
 * backordered when the order's trading partner takes backorders (its terms win when it has them)
 * or else the customer does; otherwise the order is held (INSUFFICIENT_STOCK).
 * The orders of a batch plan one after another against one picture of the stock, each taking out
 * what it was promised, so two orders in a batch are never promised the same units.
 * Lines that ship nothing (downloads, services) are left out of the plan, so nothing is reserved,
 * picked or backordered for them; an order of only such lines gets a plan with no lines.
 */
export const planStep: PipelineStep = {
  id: 'plan',
  readsOnly: true,
  invoke: async ({ systemApi }, orders) => {
    const pricedLines = (order: Order) =>
      (orderColumns.pricedLines.read(order.pricedLines) ?? []).filter((line) => !line.shipsNothing);
    const skus = [...new Set(orders.flatMap(({ order }) => pricedLines(order).map((line) => line.sku)))];
    const [customers, warehouses, items, positions] = await Promise.all([
      systemApi.findCustomers(orders.map(({ order }) => order.customerId)),
      systemApi.listWarehouses(),
      systemApi.findItems(skus),
      systemApi.stockOfMany(skus),
    ]);
    const stock = new Map<string, WarehouseStock[]>(
      [...positions].map(([sku, list]) => [
        sku,
        list.map((position) => ({ warehouseId: position.warehouseId, available: position.available })),
      ]),
    );
    return orders.map(({ order, received }): StepOutcome => {
      let lines: LineToPlan[];
      try {
        lines = inBaseUnits(pricedLines(order), items);
      } catch (error) {
        return outcomeOfError(error);
      }
      const customer = customers.get(order.customerId);
      const nearby = warehouses
        .filter((warehouse) => warehouse.address.region && warehouse.address.region === received.shipTo.region)
        .map((warehouse) => warehouse.id);
      const plan = planFulfilment({
        lines,
        stock,
        preferredWarehouseId: customer?.preferredWarehouseId,
        nearbyWarehouseIds: nearby,
      });
      const partnerAllows = partnerTermsOf(received).allowBackorders;
      const short =
        plan.hasBackorders && !(partnerAllows ?? customer?.allowBackorders)
          ? plan.lines
              .filter((line) => line.backordered > 0)
              .map((line) => `line ${line.lineNumber} (${line.sku}) is short ${line.backordered}`)
          : [];
      const reasons = short.length
        ? [
            {
              reasonCode: 'INSUFFICIENT_STOCK' as const,
              detail: `Not enough stock and ${partnerAllows === false ? 'the trading partner' : 'the customer'} takes no backorders: ${short.join('; ')}.`,
            },
          ]
        : [];
      return holdOr(order, reasons, () => {
        takeFromStock(stock, plan.lines);
        const summary = plan.lines.map(
          (line) =>
            `${line.sku}: ${line.allocations.map((a) => `${a.quantity}@${a.warehouseId}`).join(' + ') || 'none'}${line.backordered ? `, ${line.backordered} backordered` : ''}`,
        );
        return {
          kind: 'next',
          detail: summary.join('; ') || 'Nothing to ship: every line ships nothing.',
          changes: { status: 'PLANNED', plan },
        };
      });
    });
  },
};

/** The priced lines in each item's base unit: stock is counted in base units. */
function inBaseUnits(lines: ProcessOrderLine[], items: ReadonlyMap<string, Item>): LineToPlan[] {
  return lines.map((line) => {
    const item = items.get(line.sku);
    const factor = item ? uomFactor(item, line.uom ?? item.baseUom) : undefined;
    if (!factor) throw new Error(`Item ${line.sku} no longer converts ${line.uom} to its base unit.`);
    return { lineNumber: line.lineNumber, sku: line.sku, baseQuantity: line.quantity * factor };
  });
}

/** What an order was promised is no longer there for the next order of the batch. */
function takeFromStock(stock: Map<string, WarehouseStock[]>, lines: ReturnType<typeof planFulfilment>['lines']): void {
  for (const line of lines) {
    const positions = stock.get(line.sku) ?? [];
    stock.set(
      line.sku,
      positions.map((position) => ({
        ...position,
        available:
          position.available -
          line.allocations
            .filter((a) => a.warehouseId === position.warehouseId)
            .reduce((sum, a) => sum + a.quantity, 0),
      })),
    );
  }
}
