import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import { actorName } from '@crossdock/shared-contracts/platform/context/request-context';
import { ConflictError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import { writeEvents } from '../fulfilment/order-events';
import { advanceOrder, lockOrder } from '../fulfilment/order-progress';
import { requireOperator } from '../orders/operator-only';
import type { ShipmentDependencies } from '../shipments/record-shipment';
import { recordStep } from '../timeline/record-step';

/**
 * Invoices a shipped shipment through the ERP (which prices it from the order and dates it), then
 * records it with `invoice.created`; the order becomes INVOICED once every shipment of a fully
 * shipped order is invoiced (`order.invoiced`), and CLOSED once they are all delivered too.
 */
export async function invoiceShipment(
  deps: ShipmentDependencies,
  principal: Principal,
  shipmentId: string,
): Promise<Invoice> {
  requireOperator(principal, 'invoice shipments');
  const known = await deps.db.orderShipment.findUnique({ where: { id: shipmentId } });
  if (!known) throw new NotFoundError(`No shipment ${shipmentId}.`);
  return deps.db.$transaction(
    async (tx) => {
      const order = await lockOrder(tx, known.orderId);
      const shipment = await tx.orderShipment.findUniqueOrThrow({ where: { id: shipmentId } });
      if (shipment.invoiceId)
        throw new ConflictError(
          'shipment-invoiced',
          'The shipment is invoiced already',
          `Shipment ${shipmentId} was invoiced as ${shipment.invoiceId}.`,
        );
      if (!shipment.shippedAt)
        throw new ConflictError(
          'shipment-not-shipped',
          'The shipment has not shipped',
          `Shipment ${shipmentId} is ${shipment.milestone}; it is invoiced once shipped.`,
        );
      const invoice = await deps.fulfilment.createInvoice(shipmentId);
      await tx.orderShipment.update({ where: { id: shipmentId }, data: { invoiceId: invoice.id } });
      await recordStep(tx, {
        orderId: order.id,
        step: 'invoice',
        outcome: 'succeeded',
        detail: `${invoice.id} for ${shipmentId}: ${invoice.total} ${invoice.currency}`,
        actor: actorName(principal),
      });
      await writeEvents(
        tx,
        [
          {
            entity: 'invoice',
            change: 'created',
            subject: invoice.id,
            data: {
              invoiceId: invoice.id,
              orderId: order.id,
              shipmentId,
              customerId: invoice.customerId,
              currency: invoice.currency,
              subtotal: invoice.subtotal,
              tax: invoice.tax,
              total: invoice.total,
              dueDate: invoice.dueDate,
            },
          },
        ],
        order,
      );
      const document = await deps.partnerDocuments.invoice(tx, order, invoice);
      if (document)
        await recordStep(tx, {
          orderId: order.id,
          step: 'invoice-document',
          outcome: 'succeeded',
          detail: `810 ${document} for ${invoice.id}`,
          actor: actorName(principal),
        });
      await advanceOrder(tx, order, actorName(principal));
      return invoice;
    },
    { timeout: 30_000 },
  );
}
