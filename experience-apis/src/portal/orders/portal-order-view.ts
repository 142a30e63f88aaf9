import type { ProcessOrder } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { ErpSalesOrder } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import type { Invoice } from '@crossdock/shared-contracts/contracts/model/invoice';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import {
  customerStatusOf,
  customerStatusWithShipping,
  customerTimelineOf,
  type CustomerTimelineEntry,
} from '../../shared/order-status';
import { customerPricedOrder } from '../../shared/priced-order';
import { toPortalShipment } from '../shipments/portal-shipment-view';
import type { PortalOrder } from './portal-order';

/** What the ERP holds about a submitted order: its state, its shipments and its invoices. */
export interface ErpDocuments {
  salesOrder: ErpSalesOrder;
  shipments: Shipment[];
  invoices: Invoice[];
}

export function toPortalOrder(order: ProcessOrder, documents?: ErpDocuments): PortalOrder {
  const { status, statusText } = documents
    ? customerStatusWithShipping(order.status, documents)
    : customerStatusOf(order.status);
  const view: PortalOrder = {
    orderId: order.id,
    orderNumber: order.erpOrderId,
    purchaseOrderNumber: order.purchaseOrderNumber,
    status,
    statusText,
    ...customerPricedOrder(order),
    shipTo: order.shipTo,
    placedAt: order.createdAt,
    timeline: [...customerTimelineOf(order), ...(documents ? shippingTimeline(documents) : [])].sort((a, b) =>
      a.at.localeCompare(b.at),
    ),
  };
  if (documents?.shipments.length) view.shipments = documents.shipments.map(toPortalShipment);
  if (documents?.invoices.length)
    view.invoices = documents.invoices.map((invoice) => ({
      invoiceId: invoice.id,
      invoiceDate: invoice.invoiceDate,
      dueDate: invoice.dueDate,
      total: invoice.total,
      balanceDue: invoice.balanceDue,
    }));
  return view;
}

function shippingTimeline(documents: ErpDocuments): CustomerTimelineEntry[] {
  const entries: CustomerTimelineEntry[] = [];
  for (const shipment of documents.shipments) {
    const tracking = shipment.trackingNumber ? `, tracking number ${shipment.trackingNumber}` : '';
    if (shipment.milestones.shippedAt)
      entries.push({
        status: 'shipped',
        text: `Shipped from ${shipment.warehouseId} with ${shipment.carrier}${tracking}.`,
        at: shipment.milestones.shippedAt,
      });
    if (shipment.milestones.deliveredAt)
      entries.push({
        status: 'delivered',
        text: `Shipment ${shipment.id} was delivered.`,
        at: shipment.milestones.deliveredAt,
      });
  }
  const shippedTimes = documents.shipments
    .map((shipment) => shipment.milestones.shippedAt)
    .filter((at): at is string => Boolean(at));
  for (const invoice of documents.invoices) {
    // An invoice has a date, not a time; it is raised from a shipment, so it comes after that day's shipping.
    const dayStarts = `${invoice.invoiceDate}T00:00:00.000Z`;
    const shippedThatDay = shippedTimes
      .filter((at) => at.slice(0, 10) === invoice.invoiceDate)
      .sort()
      .at(-1);
    entries.push({
      status: 'invoiced',
      text: `Invoice ${invoice.id} for ${invoice.total} ${invoice.currency}, due ${invoice.dueDate}.`,
      at: shippedThatDay ?? dayStarts,
    });
  }
  return entries;
}
