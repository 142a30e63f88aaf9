/** What the work queue shows of a hold's or dead letter's order: who it is for, where it came from, how it stands. */
export const QUEUE_ORDER_SELECT = {
  customerId: true,
  status: true,
  channel: true,
  sourceOrderId: true,
  purchaseOrderNumber: true,
} as const;

/** The order's fields on a hold or dead letter as the process API shows it. */
export function queueOrderFields(order: {
  customerId: string;
  channel: string;
  sourceOrderId: string;
  purchaseOrderNumber: string | null;
}) {
  return {
    customerId: order.customerId,
    channel: order.channel,
    sourceOrderId: order.sourceOrderId,
    purchaseOrderNumber: order.purchaseOrderNumber ?? undefined,
  };
}
