import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { ProcessDatabase } from '../../database';
import type { Order, Prisma } from '../../generated/prisma/client';
import { PARTNER_INCLUDE, type PartnerRow } from '../../partners/partner-view';
import { getOutboundDocument, type OutboundDocument } from './outbound-documents';

/** What became of an order, as its sender is told in its own language. */
export type BusinessOutcome = 'accepted' | 'held' | 'rejected';

/** The outcome an order's status stands for; none while it is still on its way. */
const OUTCOME_OF_STATUS: Readonly<Record<string, BusinessOutcome>> = {
  SUBMITTED: 'accepted',
  PARTIALLY_SHIPPED: 'accepted',
  SHIPPED: 'accepted',
  INVOICED: 'accepted',
  CLOSED: 'accepted',
  HELD: 'held',
  REJECTED: 'rejected',
  CANCELLED: 'rejected',
};

/**
 * A format's business answer (an ORDRSP, a UBL OrderResponse). `prepare` reads what the answer needs
 * (the ERP's items, the order's holds); what it answers is written and kept in the transaction that
 * records the answer, so an answer is sent and recorded together or not at all.
 */
export interface OrderAnswerer {
  prepare(
    order: Order,
    partner: PartnerRow,
    outcome: BusinessOutcome,
  ): Promise<(tx: Prisma.TransactionClient) => Promise<OutboundDocument>>;
}

export interface BusinessAnswerDependencies {
  db: ProcessDatabase;
  logger: Logger;
  /** By partner channel (edifact, ubl): the channels whose partners get a business answer. */
  answerers: Readonly<Record<string, OrderAnswerer>>;
}

/** Why the order is held (its open holds) or rejected (the holds a person rejected, or its cancellation). */
export async function outcomeReason(
  db: ProcessDatabase,
  order: Pick<Order, 'id' | 'status'>,
  outcome: Exclude<BusinessOutcome, 'accepted'>,
): Promise<{ code: string; text: string }> {
  const holds = await db.hold.findMany({
    where: { orderId: order.id, status: outcome === 'held' ? 'open' : 'rejected' },
    orderBy: { createdAt: 'asc' },
    select: { reasonCode: true, detail: true, resolution: true },
  });
  if (holds.length === 0)
    return outcome === 'held'
      ? { code: 'HELD', text: 'The order is held for review.' }
      : { code: order.status, text: `The order is ${order.status.toLowerCase()}.` };
  const code = [...new Set(holds.map((hold) => hold.reasonCode))].join(',');
  const details = holds.map((hold) => hold.detail).join(' ');
  const resolution = holds.find((hold) => hold.resolution)?.resolution;
  return { code, text: outcome === 'rejected' && resolution ? `${resolution} (${details})` : details };
}

class AnsweredMeanwhile extends Error {}

/**
 * The business answer to an order its partner sent, once for each outcome (accepted, held, rejected):
 * written now when none was, else the one sent before. Undefined while the order is undecided, or
 * when its partner's channel gets no such answer.
 */
export async function answerOrderOutcome(
  deps: BusinessAnswerDependencies,
  orderId: string,
): Promise<OutboundDocument | undefined> {
  const order = await deps.db.order.findUnique({ where: { id: orderId } });
  const outcome = order && OUTCOME_OF_STATUS[order.status];
  if (!order || !outcome) return undefined;
  const sent = () => deps.db.orderBusinessAnswer.findUnique({ where: { orderId_outcome: { orderId, outcome } } });
  const before = await sent();
  if (before) return getOutboundDocument(deps.db, before.documentId);
  const link = await deps.db.inboundDocumentOrder.findFirst({ where: { orderId }, select: { partnerId: true } });
  const partner = link
    ? await deps.db.tradingPartner.findUnique({ where: { id: link.partnerId }, include: PARTNER_INCLUDE })
    : null;
  const answerer = partner && deps.answerers[partner.channel];
  if (!partner || !answerer) return undefined;
  const write = await answerer.prepare(order, partner, outcome);
  try {
    return await deps.db.$transaction(async (tx) => {
      const document = await write(tx);
      // Another replica (or a sender waiting) answered first: this one is rolled back, never sent.
      const { count } = await tx.orderBusinessAnswer.createMany({
        data: [{ orderId, outcome, documentId: document.id }],
        skipDuplicates: true,
      });
      if (count === 0) throw new AnsweredMeanwhile();
      return document;
    });
  } catch (error) {
    if (!(error instanceof AnsweredMeanwhile)) throw error;
    return getOutboundDocument(deps.db, (await sent())!.documentId);
  }
}

// A sweep looks back this far: it recovers answers a crash cut off, not orders decided before answers existed.
const SWEEP_LOOKBACK_MS = 24 * 60 * 60 * 1000;

/**
 * Answers the decided orders among `orderIds` that have no answer for their outcome yet (with no ids:
 * those changed in the last day, to recover after a crash). A failure is logged and tried again on
 * the order's next change or the next sweep: the order itself is not affected.
 */
export async function answerDecidedOrders(
  deps: BusinessAnswerDependencies,
  orderIds: readonly string[] | undefined,
  now: Date,
): Promise<number> {
  if (orderIds?.length === 0) return 0;
  const { rows } = await deps.db.sql.query<{ id: string }>({
    name: 'unanswered-decided-orders',
    text: UNANSWERED_DECIDED_ORDERS,
    values: [
      Object.keys(deps.answerers),
      Object.keys(OUTCOME_OF_STATUS),
      orderIds ?? null,
      new Date(now.getTime() - SWEEP_LOOKBACK_MS).toISOString(),
    ],
  });
  let answered = 0;
  for (const { id } of rows) {
    try {
      if (await answerOrderOutcome(deps, id)) answered += 1;
    } catch (error) {
      deps.logger.warn('business answer not written; tried again on the next change', {
        orderId: id,
        error: coerceError(error).message,
      });
    }
  }
  return answered;
}

const UNANSWERED_DECIDED_ORDERS = `
  select o."id" from "Order" as o
    join "InboundDocumentOrder" as l on l."orderId" = o."id"
    join "TradingPartner" as p on p."id" = l."partnerId" and p."channel" = any($1::text[])
   where o."status" = any($2::text[])
     and ($3::text[] is null and o."updatedAt" > $4::timestamp or o."id" = any($3::text[]))
     and not exists (
       select 1 from "OrderBusinessAnswer" as a
        where a."orderId" = o."id"
          and a."outcome" = case when o."status" = 'HELD' then 'held'
                                 when o."status" in ('REJECTED', 'CANCELLED') then 'rejected' else 'accepted' end)
   order by o."createdAt", o."id"
   limit 500`;

/** Answers orders as the pipeline (or a person) decides them, one drain at a time. */
export interface BusinessAnswers {
  /** An order changed: answered if it is now decided and not answered for that outcome. */
  orderChanged(orderId: string): void;
  /** Answers what a crash may have left unanswered (at start). */
  sweep(): Promise<void>;
  /** Waits for the answers under way. */
  stop(): Promise<void>;
}

export function startBusinessAnswers(deps: BusinessAnswerDependencies, now: () => Date): BusinessAnswers {
  let pending = new Set<string>();
  let running: Promise<void> = Promise.resolve();
  const run = (work: () => Promise<unknown>) => {
    running = running.then(work).then(
      () => undefined,
      (error: unknown) => {
        deps.logger.warn('business answers not written; tried again on the next change', {
          error: coerceError(error).message,
        });
      },
    );
    return running;
  };
  const drain = () => {
    const ids = [...pending];
    pending = new Set();
    return ids.length ? answerDecidedOrders(deps, ids, now()) : Promise.resolve(0);
  };
  return {
    orderChanged(orderId) {
      if (pending.size === 0) void run(drain);
      pending.add(orderId);
    },
    sweep: () => run(() => answerDecidedOrders(deps, undefined, now())),
    stop: () => running,
  };
}
