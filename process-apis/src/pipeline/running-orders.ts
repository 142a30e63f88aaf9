import type { SalesOrderInput } from '@crossdock/shared-contracts/contracts/model/order-input';
import { Prisma, type Order } from '../generated/prisma/client';
import { orderColumns } from '../orders/order-columns';
import { leaseFrom, type PipelineDeps } from './pipeline-deps';
import { recordStepsDone, type StepFinished, type StepsDone } from './record-outcomes';
import type { OrderChanges, OrderInFlight, StepId, StepOutcome } from './step';

/** One order on its way through the steps of a batch. */
export interface Running extends OrderInFlight {
  step: StepId;
  replans: number;
  /** Steps it finished here that are not recorded yet (steps that only read; see recordUnrecorded). */
  unrecorded?: Unrecorded;
}

/** Finished steps of one order waiting to be recorded together. */
export interface Unrecorded {
  /** Where the order's job stands in the database: the first of `steps`. */
  from: StepId;
  steps: StepFinished[];
  changes: OrderChanges;
  events: StepsDone['events'];
}

export type Finished = Extract<StepOutcome, { kind: 'next' }>;

// Not parsed (orderColumns.received): this runs for every order after every step of a batch, and
// an order whose row did not fit would fail its whole batch, not itself. Typed with a complete
// ship-to, which validate settles before any step reads it (validate reads it as it came: ship-to.ts).
export const inFlight = (order: Order, attempt: number): OrderInFlight => ({
  order,
  received: order.received as unknown as SalesOrderInput,
  attempt,
});

/**
 * Records the steps these orders finished without recording them yet, moving their jobs to the
 * step they are at now, in one statement. Answers the orders still running here (one cancelled
 * meanwhile is dropped), none of them with anything left unrecorded.
 */
export async function recordUnrecorded(deps: PipelineDeps, entries: Running[]): Promise<Running[]> {
  const pending = entries.filter((entry) => entry.unrecorded);
  if (pending.length === 0) return entries;
  const recorded = await recordStepsDone(
    deps.db,
    pending.map((entry) => stepsDone(entry, entry.unrecorded!, entry.step)),
    deps.clock.now(),
    leaseFrom(deps),
    deps.workerId,
  );
  for (const entry of pending) {
    if (recorded.has(entry.order.id)) deps.onOrderChanged?.(entry.order.id);
    else
      deps.logger.info('pipeline job taken away; its result is dropped', { orderId: entry.order.id, step: entry.step });
  }
  return entries
    .filter((entry) => !entry.unrecorded || recorded.has(entry.order.id))
    .map((entry) => ({ ...entry, unrecorded: undefined }));
}

/** The order's unrecorded steps with `step` added: its timeline entry, its changes over earlier ones, its event. */
export function withStep(entry: Running, step: StepId, outcome: Finished, at: Date): Unrecorded {
  const before = entry.unrecorded ?? { from: entry.step, steps: [], changes: {}, events: [] };
  const changes = { ...before.changes };
  for (const [field, value] of Object.entries(outcome.changes ?? {}))
    if (value !== undefined) (changes as Record<string, unknown>)[field] = value;
  return {
    from: before.from,
    steps: [...before.steps, { step, detail: outcome.detail, at }],
    changes,
    events: outcome.event ? [...before.events, outcome.event] : before.events,
  };
}

export const stepsDone = (entry: Running, unrecorded: Unrecorded, next: StepId | undefined): StepsDone => ({
  orderId: entry.order.id,
  correlationId: entry.order.correlationId,
  traceparent: entry.order.traceparent,
  customerId: entry.order.customerId,
  from: unrecorded.from,
  next,
  steps: unrecorded.steps,
  changes: unrecorded.changes,
  events: unrecorded.events,
});

/** The order after a step's changes, as the statement that recorded the step stored them. */
export function withChanges(order: Order, outcome: Finished): Order {
  const changes = outcome.changes ?? {};
  const decimal = (value: string | undefined, current: Prisma.Decimal | null) =>
    value === undefined ? current : new Prisma.Decimal(value);
  return {
    ...order,
    status: changes.status ?? order.status,
    currency: changes.currency ?? order.currency,
    pricedLines: (changes.pricedLines as Order['pricedLines'] | undefined) ?? order.pricedLines,
    subtotal: decimal(changes.subtotal, order.subtotal),
    tax: decimal(changes.tax, order.tax),
    total: decimal(changes.total, order.total),
    plan: (changes.plan as Order['plan'] | undefined) ?? order.plan,
    reservations: (outcome.reservations as Order['reservations'] | undefined) ?? order.reservations,
    erpOrderId: changes.erpOrderId ?? order.erpOrderId,
    received: changes.received ? orderColumns.received.write(changes.received) : order.received,
  };
}
