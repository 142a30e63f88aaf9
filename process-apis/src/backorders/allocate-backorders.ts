import { UpstreamProblemError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { BackorderAllocation } from '@crossdock/shared-contracts/contracts/api/process-backorders';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { ProcessDatabase } from '../database';
import { writeEvents } from '../fulfilment/order-events';
import type { FulfilmentPlan } from '../pipeline/planning/plan-fulfilment';
import type { SystemApi } from '../system-api/system-api';
import { recordStep } from '../timeline/record-step';

export interface BackorderDependencies {
  db: ProcessDatabase;
  systemApi: Pick<SystemApi, 'stockOf' | 'reserve'>;
}

/** Which of `skus` some open order still backorders: one query, so a burst of receipts costs little. */
export async function backorderedAmong(db: ProcessDatabase, skus: readonly string[]): Promise<string[]> {
  if (skus.length === 0) return [];
  const rows = await db.$queryRaw<{ sku: string }[]>`
    select distinct line ->> 'sku' as "sku"
      from "Order" as o, jsonb_array_elements(o."plan" -> 'lines') as line
     where o."status" in ('SUBMITTED', 'PARTIALLY_SHIPPED') and (line ->> 'backordered')::int > 0 and line ->> 'sku' = any(${[...skus]}::text[])`;
  return rows.map((row) => row.sku);
}

/**
 * Serves the backorders of every item whose stock came in (`StockArrival`, noted by the inventory
 * relay), one item at a time: an item whose allocation fails is logged and stays noted, to be tried
 * again on the next pass, and the items after it are served all the same. An item is forgotten once
 * served (or once nothing backorders it), unless more of it came in meanwhile.
 */
export async function serveStockArrivals(deps: BackorderDependencies, logger: Logger, actor: string): Promise<void> {
  const arrivals = await deps.db.stockArrival.findMany({ orderBy: { sku: 'asc' } });
  if (arrivals.length === 0) return;
  const owed = new Set(
    await backorderedAmong(
      deps.db,
      arrivals.map((arrival) => arrival.sku),
    ),
  );
  for (const { sku, arrivals: seen } of arrivals) {
    if (owed.has(sku)) {
      try {
        await allocateBackorders(deps, sku, actor);
      } catch (error: unknown) {
        logger.warn('backorders not served; tried again on the next pass', {
          sku,
          error: coerceError(error).message,
        });
        continue;
      }
    }
    await deps.db.stockArrival.deleteMany({ where: { sku, arrivals: seen } });
  }
}

/** Customers without a tier are served after every customer with one. */
export const UNTIERED = 9;

/**
 * Stock of `sku` arrived: its open backorders (orders submitted or partly shipped whose plan still
 * backorders it) are served by priority — the customer's tier, then the order's date — from what
 * the warehouses have available now. Each allocation is a reservation on the ERP order's line (so
 * the line's shipments use it and its cancellation gives it back), and only then is the order
 * re-planned: the ERP refuses a reservation beyond what is available, so the same stock is never
 * promised twice, also when allocations run in two processes (they take turns per SKU anyway).
 * Each re-planned order gets `backorder.allocated` (with `released: true` once nothing of it is
 * backordered any more) and a timeline entry.
 */
export async function allocateBackorders(
  deps: BackorderDependencies,
  sku: string,
  actor: string,
): Promise<BackorderAllocation[]> {
  return deps.db.$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`backorders:${sku}`}))`;
      const open = await tx.$queryRaw<
        { id: string; customerId: string; correlationId: string; erpOrderId: string; plan: FulfilmentPlan }[]
      >`
      select o."id", o."customerId", o."correlationId", o."erpOrderId", o."plan" from "Order" as o left join "CustomerTier" as t on t."customerId" = o."customerId"
       where o."status" in ('SUBMITTED', 'PARTIALLY_SHIPPED') and o."erpOrderId" is not null
         and exists (select 1 from jsonb_array_elements(o."plan" -> 'lines') as line where line ->> 'sku' = ${sku} and (line ->> 'backordered')::int > 0)
       order by coalesce(t."tier", ${UNTIERED}), o."createdAt", o."id"
       for update of o`;
      if (open.length === 0) return [];
      const available = new Map(
        (await deps.systemApi.stockOf(sku)).map((position) => [position.warehouseId, position.available]),
      );
      const done: BackorderAllocation[] = [];
      for (const order of open) {
        if ([...available.values()].every((free) => free <= 0)) break;
        const { id, plan } = order;
        const allocated: BackorderAllocation['lines'] = [];
        for (const line of plan.lines.filter((each) => each.sku === sku && each.backordered > 0)) {
          const took: { warehouseId: string; quantity: number }[] = [];
          for (const [warehouseId, free] of [...available].sort((a, b) => b[1] - a[1])) {
            const take = Math.min(line.backordered, free);
            if (take <= 0) continue;
            // The key names the state it was made in: a retry after a lost answer (or a rolled-back
            // re-plan) gets the same reservation back instead of a second one.
            const reservationKey = `${order.id}:${line.lineNumber}:backorder:${warehouseId}:${line.backordered}`;
            let held: number;
            try {
              // What the reservation holds, not what was asked: a repeated key answers the reservation
              // made the first time, which may be more than `take` now that `free` no longer counts it.
              held = (
                await deps.systemApi.reserve({
                  sku,
                  warehouseId,
                  quantity: take,
                  reference: order.id,
                  reservationKey,
                  salesOrderId: order.erpOrderId,
                  lineNumber: line.lineNumber,
                })
              ).quantity;
            } catch (error: unknown) {
              // Someone else took it meanwhile: nothing is promised from that warehouse.
              if (error instanceof UpstreamProblemError && error.reasonCode === 'INSUFFICIENT_STOCK') {
                available.set(warehouseId, 0);
                continue;
              }
              throw error;
            }
            available.set(warehouseId, Math.max(free - held, 0));
            line.backordered -= held;
            const planned = line.allocations.find((allocation) => allocation.warehouseId === warehouseId);
            if (planned) planned.quantity += held;
            else line.allocations.push({ warehouseId, quantity: held });
            took.push({ warehouseId, quantity: held });
            if (line.backordered === 0) break;
          }
          if (took.length > 0)
            allocated.push({ lineNumber: line.lineNumber, allocations: took, stillBackordered: line.backordered });
        }
        if (allocated.length === 0) continue;
        plan.hasBackorders = plan.lines.some((each) => each.backordered > 0);
        await tx.order.update({ where: { id }, data: { plan: plan as object, version: { increment: 1 } } });
        const allocation: BackorderAllocation = {
          orderId: id,
          customerId: order.customerId,
          sku,
          lines: allocated,
          released: !plan.hasBackorders,
        };
        const summary = allocated
          .map(
            (line) =>
              `line ${line.lineNumber}: ${line.allocations.map((each) => `${each.quantity} from ${each.warehouseId}`).join(', ')}, ${line.stillBackordered} still backordered`,
          )
          .join('; ');
        await recordStep(tx, {
          orderId: id,
          step: 'backorder-allocated',
          outcome: 'succeeded',
          detail: `${sku} ${summary}`,
          actor,
        });
        await writeEvents(
          tx,
          [{ entity: 'backorder', change: 'allocated', subject: id, data: { ...allocation } }],
          order,
        );
        done.push(allocation);
      }
      return done;
    },
    { timeout: 60_000 },
  );
}
