import type { ProcessOrder, TimelineEntry } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { ErpSalesOrder } from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import type { Shipment } from '@crossdock/shared-contracts/contracts/model/shipment';
import type { SalesOrderStatus } from '@crossdock/shared-contracts/contracts/model/sales-order';

/**
 * Where an order is, in the customer's words. Internal steps, hold reasons, retries and dead
 * letters stay inside: a customer (or a partner) sees received, processing, confirmed,
 * needs-attention, shipped, delivered, invoiced or cancelled.
 */
export type CustomerOrderStatus =
  | 'received'
  | 'processing'
  | 'confirmed'
  | 'needs-attention'
  | 'shipped'
  | 'delivered'
  | 'invoiced'
  | 'cancelled';

const CUSTOMER_STATUS: Record<SalesOrderStatus, [status: CustomerOrderStatus, text: string]> = {
  RECEIVED: ['received', 'We have your order and will confirm it.'],
  VALIDATED: ['processing', 'We are preparing your order.'],
  PLANNED: ['processing', 'We are preparing your order.'],
  SUBMITTED: ['confirmed', 'Your order is confirmed.'],
  PARTIALLY_SHIPPED: ['shipped', 'Part of your order has shipped.'],
  SHIPPED: ['shipped', 'Your order has shipped.'],
  INVOICED: ['invoiced', 'Your order has been invoiced.'],
  CLOSED: ['invoiced', 'Your order is complete.'],
  HELD: ['needs-attention', 'Our team is reviewing your order and will contact you if anything is needed.'],
  REJECTED: ['cancelled', 'We could not accept this order. Please contact us.'],
  CANCELLED: ['cancelled', 'This order was cancelled.'],
  FAILED: ['processing', 'We are preparing your order.'],
};

/** The order's status in the customer's words, and the sentence that says it. */
export function customerStatusOf(status: SalesOrderStatus): { status: CustomerOrderStatus; statusText: string } {
  const [customerStatus, statusText] = CUSTOMER_STATUS[status];
  return { status: customerStatus, statusText };
}

// Once submitted, the goods may be on their way; delivery is known only from the ERP's shipments
// (CLOSED is invoiced and all delivered: to the customer, delivered is the news).
const FOLLOWED_BY_SHIPMENTS: ReadonlySet<SalesOrderStatus> = new Set([
  'SUBMITTED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'INVOICED',
  'CLOSED',
]);

/**
 * Once the ERP has the order, its shipments say more than the pipeline does: delivered, once every
 * shipment of a fully shipped order is. Before the process tier hears of a shipment (SUBMITTED),
 * the ERP's own status also says shipped in part or shipped.
 */
export function customerStatusWithShipping(
  status: SalesOrderStatus,
  erp: { salesOrder: Pick<ErpSalesOrder, 'status'>; shipments: Pick<Shipment, 'milestones'>[] },
): { status: CustomerOrderStatus; statusText: string } {
  if (!FOLLOWED_BY_SHIPMENTS.has(status)) return customerStatusOf(status);
  const erpStatus = erp.salesOrder.status;
  const allDelivered = erp.shipments.length > 0 && erp.shipments.every((shipment) => shipment.milestones.deliveredAt);
  if (erpStatus === 'shipped' && allDelivered)
    return { status: 'delivered', statusText: 'Your order has been delivered.' };
  if (status !== 'SUBMITTED') return customerStatusOf(status);
  if (erpStatus === 'shipped') return customerStatusOf('SHIPPED');
  if (erpStatus === 'partially_shipped') return customerStatusOf('PARTIALLY_SHIPPED');
  return customerStatusOf(status);
}

/** One step of an order's journey as the customer sees it. */
export interface CustomerTimelineEntry {
  status: CustomerOrderStatus;
  text: string;
  /** @format date-time */
  at: string;
}

/** What a pipeline step that went well means to the customer; steps missing here are inner workings. */
const STEP_STATUS: Record<string, SalesOrderStatus> = {
  received: 'RECEIVED',
  validate: 'VALIDATED',
  enrich: 'VALIDATED',
  credit: 'VALIDATED',
  plan: 'PLANNED',
  reserve: 'PLANNED',
  release: 'VALIDATED',
  override: 'VALIDATED',
  submit: 'SUBMITTED',
  reject: 'REJECTED',
  cancel: 'CANCELLED',
};

function statusOfEntry(entry: TimelineEntry): SalesOrderStatus | undefined {
  if (entry.outcome === 'held') return 'HELD';
  // A replayed dead letter goes back to work; the failures before it were ours, not the customer's.
  if (entry.outcome === 'replayed') return 'VALIDATED';
  // Retries, refused duplicates and dead letters are ours to deal with, not the customer's.
  if (entry.outcome !== 'succeeded') return undefined;
  return STEP_STATUS[entry.step];
}

/**
 * The process order's timeline in the customer's words: one entry each time what the customer
 * would see changes (six pipeline steps read as "processing" once), oldest first.
 */
export function customerTimelineOf(order: Pick<ProcessOrder, 'timeline'>): CustomerTimelineEntry[] {
  const entries: CustomerTimelineEntry[] = [];
  for (const entry of order.timeline) {
    const status = statusOfEntry(entry);
    if (!status) continue;
    const [customerStatus, text] = CUSTOMER_STATUS[status];
    if (entries.at(-1)?.status === customerStatus) continue;
    entries.push({ status: customerStatus, text, at: entry.at });
  }
  return entries;
}
