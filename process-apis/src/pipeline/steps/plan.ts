import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/process-orders';
import { uomFactor } from '@crossdock/shared-contracts/model/item';
import type { Prisma } from '../../generated/prisma/client';
import { planFulfilment, type LineToPlan } from '../planning/plan-fulfilment';
import { withoutOverridden, type PipelineStep, type StepContext } from '../step';

/**
 * Available-to-promise across warehouses and a fulfilment plan. What nobody can promise is
 * backordered when the customer takes backorders; otherwise the order is held (INSUFFICIENT_STOCK).
 */
export const planStep: PipelineStep = {
  id: 'plan',
  invoke: async (context) => {
    const { systemApi, received, order } = context;
    const [customer, warehouses, lines] = await Promise.all([systemApi.findCustomer(order.customerId), systemApi.listWarehouses(), linesInBaseUnits(context)]);
    const skus = [...new Set(lines.map((line) => line.sku))];
    const stock = new Map(await Promise.all(skus.map(async (sku) => [sku, (await systemApi.stockOf(sku)).map((position) => ({ warehouseId: position.warehouseId, available: position.available }))] as const)));
    const nearby = warehouses.filter((warehouse) => warehouse.address.region && warehouse.address.region === received.shipTo.region).map((warehouse) => warehouse.id);
    const plan = planFulfilment({ lines, stock, preferredWarehouseId: customer?.preferredWarehouseId, nearbyWarehouseIds: nearby });
    if (plan.hasBackorders && !customer?.allowBackorders) {
      const short = plan.lines.filter((line) => line.backordered > 0).map((line) => `line ${line.lineNumber} (${line.sku}) is short ${line.backordered}`);
      const reasons = withoutOverridden(order, [{ reasonCode: 'INSUFFICIENT_STOCK', detail: `Not enough stock and the customer takes no backorders: ${short.join('; ')}.` }]);
      if (reasons.length > 0) return { kind: 'hold', reasons };
    }
    const summary = plan.lines.map((line) => `${line.sku}: ${line.allocations.map((a) => `${a.quantity}@${a.warehouseId}`).join(' + ') || 'none'}${line.backordered ? `, ${line.backordered} backordered` : ''}`);
    return {
      kind: 'next',
      detail: summary.join('; '),
      save: async (tx) => void (await tx.order.update({ where: { id: order.id }, data: { status: 'PLANNED', plan: plan as unknown as Prisma.InputJsonValue } })),
    };
  },
};

/** The priced lines in each item's base unit: stock is counted in base units. */
async function linesInBaseUnits({ systemApi, order }: StepContext): Promise<LineToPlan[]> {
  const priced = (order.pricedLines as unknown as ProcessOrderLine[] | null) ?? [];
  const items = new Map(await Promise.all([...new Set(priced.map((line) => line.sku))].map(async (sku) => [sku, await systemApi.findItem(sku)] as const)));
  return priced.map((line) => {
    const item = items.get(line.sku);
    const factor = item ? uomFactor(item, line.uom ?? item.baseUom) : undefined;
    if (!factor) throw new Error(`Item ${line.sku} no longer converts ${line.uom} to its base unit.`);
    return { lineNumber: line.lineNumber, sku: line.sku, baseQuantity: line.quantity * factor };
  });
}
