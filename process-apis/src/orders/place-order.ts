import {
  placeOrderRequestSchema,
  type PlaceOrderRequest,
  type ProcessOrder,
} from '@crossdock/shared-contracts/contracts/api/process-orders';
import { actorName, type Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { ForbiddenError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ZodType } from 'zod';
import { salesOrderInputSchema, type SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import type { ProcessServices } from '../process-services';
import { ORDER_VIEW_INCLUDE, toProcessOrder } from './order-view';
import { receiveOrder } from './receive-order';

export interface PlacedOrder {
  order: ProcessOrder;
  /** True when this request repeated one already received. */
  replayed: boolean;
  /** True when the pipeline had finished with the order (submitted, held, ...) when answering. */
  settled: boolean;
}

/**
 * Receives an order durably, once, and hands it to the pipeline; answers at once, or after waiting
 * up to `waitMs` for the outcome. A replay answers the order as it stands now.
 */
export async function placeOrder(
  services: ProcessServices,
  principal: Principal,
  input: PlaceOrderRequest,
  idempotencyKey: string | undefined,
  waitMs: number,
): Promise<PlacedOrder> {
  const checked = checkedOrder(placeOrderRequestSchema, input);
  if (principal.customerId && principal.customerId !== checked.customerId) {
    throw new ForbiddenError(`This token may only place orders for customer ${principal.customerId}.`);
  }
  // Idempotency keys belong to the end user who chose them, whichever tier passes the order on.
  const received = await receiveOrder(services.db, {
    order: checked,
    idempotencyKey,
    consumer: principal.actingFor ?? principal.subject,
    actor: actorName(principal),
    now: services.clock.now(),
  });
  if (!received.replayed) services.worker.wake();
  const settled = waitMs > 0 ? await services.waiter.waitForSettled(received.orderId, waitMs) : false;
  const order =
    received.stored && !settled && waitMs === 0
      ? toProcessOrder(received.stored)
      : await getOrder(services, principal, received.orderId);
  return { order, replayed: received.replayed, settled };
}

/** One order; a customer-scoped caller asking for another customer's order is told it does not exist. */
export async function getOrder(
  services: Pick<ProcessServices, 'db'>,
  principal: Principal,
  orderId: string,
): Promise<ProcessOrder> {
  const row = await services.db.order.findUnique({ where: { id: orderId }, include: ORDER_VIEW_INCLUDE });
  if (!row || (principal.customerId && row.customerId !== principal.customerId))
    throw new NotFoundError(`Order ${orderId} does not exist.`);
  return toProcessOrder(row);
}

/**
 * The canonical order's full rules (positive quantities, unique line numbers, a complete ship-to,
 * valid dates) from its zod schema: tsoa's checks cover the shape, not all of these.
 */
export function parseOrderInput(order: SalesOrderInput, path: string[] = []): SalesOrderInput {
  return checkedOrder(salesOrderInputSchema, order, path);
}

function checkedOrder<T>(schema: ZodType<T>, order: T, path: string[] = []): T {
  const result = schema.safeParse(order);
  if (result.success) return result.data;
  throw new ValidationError(
    'The order is not valid.',
    result.error.issues.map((issue) => ({ field: [...path, ...issue.path].join('.'), message: issue.message })),
  );
}
