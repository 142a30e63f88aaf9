import { CrossdockError } from '@crossdock/shared-contracts/errors/crossdock-error';
import type { Order } from '../../generated/prisma/client';
import type { FulfilmentPlan } from '../planning/plan-fulfilment';
import { recordStep } from '../../timeline/record-step';
import type { PipelineStep } from '../step';

/** A reservation held for the order, as the order remembers it for compensation. */
export interface HeldReservation {
  id: string;
  lineNumber: number;
  warehouseId: string;
  quantity: number;
}

export const reservationsOf = (order: Order): HeldReservation[] => (order.reservations as unknown as HeldReservation[] | null) ?? [];

/**
 * Holds the planned stock in the ERP, warehouse by warehouse. Each reservation has a key made of the
 * order, the plan and the line, so a retry after a crash or a lost answer holds nothing twice.
 * When stock moved since planning (another order took it), what was held is given back and the
 * order is planned again.
 */
export const reserveStep: PipelineStep = {
  id: 'reserve',
  invoke: async ({ systemApi, db, order }) => {
    const plan = order.plan as unknown as FulfilmentPlan;
    // A retry starts from what earlier attempts recorded; the keys make repeated calls harmless.
    const held: HeldReservation[] = [...reservationsOf(order)];
    // Every order takes stock in the same order (warehouse, then item): two orders after the same
    // stock cannot each hold half of it and both fail; one gets there first and the other replans.
    const inOrder = plan.lines
      .flatMap((line) => line.allocations.map((allocation) => ({ line, allocation })))
      .sort((a, b) => a.allocation.warehouseId.localeCompare(b.allocation.warehouseId) || a.line.sku.localeCompare(b.line.sku) || a.line.lineNumber - b.line.lineNumber);
    try {
      for (const { line, allocation } of inOrder) {
        const reservation = await systemApi.reserve({
          sku: line.sku,
          warehouseId: allocation.warehouseId,
          quantity: allocation.quantity,
          reference: order.id,
          reservationKey: `${order.id}/v${order.version}/${line.lineNumber}/${allocation.warehouseId}`,
        });
        if (!held.some((known) => known.id === reservation.id)) held.push({ id: reservation.id, lineNumber: line.lineNumber, warehouseId: allocation.warehouseId, quantity: allocation.quantity });
        // Remembered as soon as it is held, so compensation finds it even if the next call fails.
        await db.order.update({ where: { id: order.id }, data: { reservations: held as unknown as object[] } });
      }
    } catch (error) {
      if (error instanceof CrossdockError && error.reasonCode === 'INSUFFICIENT_STOCK') {
        return { kind: 'replan', detail: `Stock moved since planning: ${error.message}` };
      }
      throw error;
    }
    const total = held.reduce((sum, reservation) => sum + reservation.quantity, 0);
    return { kind: 'next', detail: `${held.length} reservation(s), ${total} unit(s) held` };
  },
  compensate: async ({ systemApi, db, order }) => {
    const recorded = reservationsOf(await db.order.findUniqueOrThrow({ where: { id: order.id } }));
    // Also what the ERP holds for the order but was never recorded here (an answer lost in a
    // timeout): everything made for this order and not yet on an ERP order goes back.
    const unrecorded = (await systemApi.activeReservationsFor(order.id)).filter((reservation) => !recorded.some((known) => known.id === reservation.id));
    const toRelease = [...recorded.map((reservation) => ({ id: reservation.id, quantity: reservation.quantity, warehouseId: reservation.warehouseId })), ...unrecorded];
    const released: typeof toRelease = [];
    for (const reservation of toRelease) {
      try {
        await systemApi.release(reservation.id);
        released.push(reservation);
      } catch (error) {
        // Taken over by an ERP order after all (a submit whose answer was lost): it is the order's now.
        if (error instanceof CrossdockError && error.type === 'urn:crossdock:problem:reservation-belongs-to-order') continue;
        throw error;
      }
    }
    if (toRelease.length > 0) {
      // A new plan version: a later reserve makes new reservations under new keys.
      await db.$transaction(async (tx) => {
        await tx.order.update({ where: { id: order.id }, data: { reservations: [], version: { increment: 1 } } });
        const detail = released.map((reservation) => `${reservation.quantity}@${reservation.warehouseId} (${reservation.id})`).join(', ');
        await recordStep(tx, { orderId: order.id, step: 'reserve', outcome: 'compensated', detail: released.length ? `Released ${detail}.` : 'Nothing to release: an ERP order holds the stock.', actor: 'pipeline' });
      });
    }
  },
};
