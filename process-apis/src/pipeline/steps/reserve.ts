import type { ReservationRequest } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import type { BatchItemTrace } from '@crossdock/shared-contracts/contracts/api/system-batches';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import type { ProcessDatabase } from '../../database';
import type { Order } from '../../generated/prisma/client';
import { orderColumns, type HeldReservation } from '../../orders/order-columns';
import { recordStep } from '../../timeline/record-step';
import type { PipelineStep, StepOutcome } from '../step';

export type { HeldReservation };

export const reservationsOf = (order: Order): HeldReservation[] =>
  orderColumns.reservations.read(order.reservations) ?? [];

interface Wanted {
  request: ReservationRequest & BatchItemTrace;
  lineNumber: number;
}

/**
 * The planned stock of one order, as reservation requests. Each has a key made of the order, the
 * plan version and the line, so a retry after a crash or a lost answer holds nothing twice. An
 * order takes its stock in a fixed order (warehouse, then item).
 */
function reservationsWanted(order: Order): Wanted[] {
  const plan = orderColumns.plan.read(order.plan);
  if (!plan) throw new Error(`Order ${order.id} reached reserve without a plan.`);
  return plan.lines
    .flatMap((line) => line.allocations.map((allocation) => ({ line, allocation })))
    .sort(
      (a, b) =>
        a.allocation.warehouseId.localeCompare(b.allocation.warehouseId) ||
        a.line.sku.localeCompare(b.line.sku) ||
        a.line.lineNumber - b.line.lineNumber,
    )
    .map(({ line, allocation }) => ({
      lineNumber: line.lineNumber,
      request: {
        sku: line.sku,
        warehouseId: allocation.warehouseId,
        quantity: allocation.quantity,
        reference: order.id,
        reservationKey: `${order.id}/v${order.version}/${line.lineNumber}/${allocation.warehouseId}`,
        correlationId: order.correlationId,
        actingFor: order.createdBy,
      },
    }));
}

/**
 * Holds the planned stock of every order of the batch in the ERP, in one call. What each order got
 * is remembered before anything else is decided, so compensation finds it even if this worker dies
 * a moment later. An order refused stock somewhere (another order took it since planning) is
 * planned again; what it did get is given back first.
 */
export const reserveStep: PipelineStep = {
  id: 'reserve',
  invoke: async ({ systemApi, db }, orders) => {
    const wanted = orders.map(({ order }) => reservationsWanted(order));
    const answers = await systemApi.reserveMany(wanted.flat().map((want) => want.request));
    let next = 0;
    const results = orders.map(({ order }, index) => {
      // A retry starts from what earlier attempts recorded; the keys make repeated calls harmless.
      const held = [...reservationsOf(order)];
      let refusal: unknown;
      for (const want of wanted[index]!) {
        const answer = answers[next++]!;
        if (answer.error) {
          refusal ??= answer.error;
          continue;
        }
        if (!held.some((known) => known.id === answer.value.id))
          held.push({
            id: answer.value.id,
            lineNumber: want.lineNumber,
            warehouseId: want.request.warehouseId,
            quantity: want.request.quantity,
          });
      }
      return { order, held, refusal };
    });
    await rememberReservations(db, results);
    return results.map(({ held, refusal }): StepOutcome => {
      if (refusal instanceof CrossdockError && refusal.reasonCode === 'INSUFFICIENT_STOCK')
        return { kind: 'replan', detail: `Stock moved since planning: ${refusal.message}` };
      if (refusal) return { kind: 'failed', error: refusal };
      const total = held.reduce((sum, reservation) => sum + reservation.quantity, 0);
      return { kind: 'next', detail: `${held.length} reservation(s), ${total} unit(s) held`, reservations: held };
    });
  },
  compensate: async ({ systemApi, db }, order) => {
    const recorded = reservationsOf(await db.order.findUniqueOrThrow({ where: { id: order.id } }));
    // Also what the ERP holds for the order but was never recorded here (an answer lost in a
    // timeout): everything made for this order and not yet on an ERP order goes back.
    const unrecorded = (await systemApi.activeReservationsFor(order.id)).filter(
      (reservation) => !recorded.some((known) => known.id === reservation.id),
    );
    const toRelease = [
      ...recorded.map((reservation) => ({
        id: reservation.id,
        quantity: reservation.quantity,
        warehouseId: reservation.warehouseId,
      })),
      ...unrecorded,
    ];
    const released: typeof toRelease = [];
    for (const reservation of toRelease) {
      try {
        await systemApi.release(reservation.id);
        released.push(reservation);
      } catch (error) {
        // Taken over by an ERP order after all (a submit whose answer was lost): it is the order's now.
        if (error instanceof CrossdockError && error.type === 'urn:crossdock:problem:reservation-belongs-to-order')
          continue;
        throw error;
      }
    }
    if (toRelease.length > 0) {
      // A new plan version: a later reserve makes new reservations under new keys.
      await db.$transaction(async (tx) => {
        await tx.order.update({ where: { id: order.id }, data: { reservations: [], version: { increment: 1 } } });
        const detail = released
          .map((reservation) => `${reservation.quantity}@${reservation.warehouseId} (${reservation.id})`)
          .join(', ');
        await recordStep(tx, {
          orderId: order.id,
          step: 'reserve',
          outcome: 'compensated',
          detail: released.length ? `Released ${detail}.` : 'Nothing to release: an ERP order holds the stock.',
          actor: 'pipeline',
        });
      });
    }
  },
};

/** Stores what each order holds now, for all orders of the batch in one statement. */
async function rememberReservations(
  db: ProcessDatabase,
  results: { order: Order; held: HeldReservation[] }[],
): Promise<void> {
  const rows = results
    .filter(({ order, held }) => held.length !== reservationsOf(order).length)
    .map(({ order, held }) => ({ id: order.id, reservations: held }));
  if (rows.length === 0) return;
  await db.$executeRaw`
    update "Order" as o set "reservations" = v."reservations", "updatedAt" = (now() at time zone 'utc')
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v("id" text, "reservations" jsonb)
     where o."id" = v."id"`;
}
