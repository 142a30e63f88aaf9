import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/process-orders';
import { actorName, type Principal } from '@crossdock/shared-contracts/context/request-context';
import { ForbiddenError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/errors/errors';
import { salesOrderInputSchema, type SalesOrderInput } from '@crossdock/shared-contracts/model/order-input';
import { ORDER_VIEW_INCLUDE, toProcessOrder } from './order-view';
import { processOrder, type OrderPipelineDeps } from './process-order';
import { receiveOrder } from './receive-order';

export interface PlacedOrder {
  order: ProcessOrder;
  replayed: boolean;
}

/**
 * Receives an order (durably, once) and runs it through the pipeline. A replay answers the order
 * as it stands now and runs nothing again.
 */
export async function placeOrder(deps: OrderPipelineDeps, principal: Principal, order: SalesOrderInput, idempotencyKey?: string): Promise<PlacedOrder> {
  order = parseOrderInput(order);
  if (principal.customerId && principal.customerId !== order.customerId) {
    throw new ForbiddenError(`This token may only place orders for customer ${principal.customerId}.`);
  }
  // Idempotency keys belong to the end user who chose them, whichever tier passes the order on.
  const received = await receiveOrder(deps.db, { order, idempotencyKey, consumer: principal.actingFor ?? principal.subject, actor: actorName(principal) });
  if (!received.replayed) await processOrder(deps, received.orderId);
  return { order: await getOrder(deps, principal, received.orderId), replayed: received.replayed };
}

/** One order; a customer-scoped caller asking for another customer's order is told it does not exist. */
export async function getOrder(deps: Pick<OrderPipelineDeps, 'db'>, principal: Principal, orderId: string): Promise<ProcessOrder> {
  const row = await deps.db.order.findUnique({ where: { id: orderId }, include: ORDER_VIEW_INCLUDE });
  if (!row || (principal.customerId && row.customerId !== principal.customerId)) throw new NotFoundError(`Order ${orderId} does not exist.`);
  return toProcessOrder(row);
}

/**
 * The canonical order's full rules (positive quantities, unique line numbers, a complete ship-to,
 * valid dates) from its zod schema: tsoa's checks cover the shape, not all of these.
 */
function parseOrderInput(order: SalesOrderInput): SalesOrderInput {
  const result = salesOrderInputSchema.safeParse(order);
  if (result.success) return result.data;
  throw new ValidationError(
    'The order is not valid.',
    result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
  );
}
