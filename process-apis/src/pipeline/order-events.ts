import { writeEvents } from '../fulfilment/order-events';
import type { Order, Prisma } from '../generated/prisma/client';

/** Writes `com.crossdock.order.<change>` to the outbox, in the caller's transaction (see `writeEvents`). */
export async function writeEvent(
  tx: Prisma.TransactionClient,
  order: Order,
  change: string,
  data: Record<string, unknown>,
): Promise<void> {
  await writeEvents(
    tx,
    [
      {
        entity: 'order',
        change,
        subject: order.id,
        data: { orderId: order.id, customerId: order.customerId, ...data },
      },
    ],
    order,
  );
}
