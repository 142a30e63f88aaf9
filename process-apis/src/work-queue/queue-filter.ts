import type { WorkQueueFilter } from '@crossdock/shared-contracts/contracts/process-work-queue';
import type { Principal } from '@crossdock/shared-contracts/context/request-context';
import type { Prisma } from '../generated/prisma/client';

/** Statuses of an order back on the pipeline after a person acted: the work queue's `retrying`. */
export const ON_THE_PIPELINE = ['RECEIVED', 'VALIDATED', 'PLANNED'];

/** Holds and dead letters in the work queue: the order's fields they are found by, and their own text. */
export interface QueueFilterParts {
  /** Conditions on the order. */
  order: Prisma.OrderWhereInput;
  /** Created before this instant (olderThan or minAgeMinutes, whichever is earlier). */
  createdBefore?: Date;
  /** The text to look for, trimmed; absent when none was given. */
  text?: string;
}

/**
 * The conditions every work-queue list and bulk action shares. A customer-scoped caller sees only
 * its own customer's, whatever it asks for.
 */
export function queueFilterParts(filter: WorkQueueFilter, principal: Principal, now: Date): QueueFilterParts {
  const order: Prisma.OrderWhereInput = {};
  if (filter.channel) order.channel = filter.channel;
  const customerId = principal.customerId ?? filter.customerId;
  if (customerId) order.customerId = customerId;
  if (filter.partnerId) order.documents = { some: { partnerId: filter.partnerId } };
  const byAge =
    filter.minAgeMinutes !== undefined ? new Date(now.getTime() - filter.minAgeMinutes * 60_000) : undefined;
  const instants = [filter.olderThan, byAge].filter((instant): instant is Date => instant !== undefined);
  const createdBefore = instants.length
    ? new Date(Math.min(...instants.map((instant) => instant.getTime())))
    : undefined;
  const text = filter.q?.trim() || undefined;
  return { order, createdBefore, text };
}

/** The order fields text is looked for in (any letter case); an order id matches whole. */
export function orderTextMatches(text: string): Prisma.OrderWhereInput[] {
  const contains = { contains: text, mode: 'insensitive' as const };
  return [{ id: text }, { sourceOrderId: contains }, { purchaseOrderNumber: contains }, { customerId: contains }];
}
