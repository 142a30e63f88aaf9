import type { EventTypeDescription } from '@crossdock/shared-contracts/contracts/process-events';
import { eventType } from '@crossdock/shared-contracts/model/cloud-event';

// JSON Schema fragments of the payloads, so the catalogue says exactly what a subscriber gets.
const text = { type: 'string' } as const;
const texts = { type: 'array', items: text } as const;
const decimal = { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$', description: 'a decimal, as a string' } as const;
const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });
const object = (required: Record<string, unknown>, optional: Record<string, unknown> = {}) => ({
  type: 'object',
  required: Object.keys(required),
  properties: { ...required, ...optional },
});
const order = { orderId: text, customerId: text };

const ORDER = 'the order id (process-apis)';

/**
 * Every event type Crossdock writes to its outbox, with the payload each carries. Served at
 * `GET /process/v1/events/types`; a test checks that every type written in the suite is here.
 */
export const EVENT_CATALOGUE: readonly EventTypeDescription[] = [
  {
    type: eventType('order', 'received'),
    subject: ORDER,
    description: 'An order was taken in (from any channel) and stored with its pipeline job.',
    dataSchema: object({ ...order, channel: text, sourceOrderId: text }),
  },
  {
    type: eventType('order', 'held'),
    subject: ORDER,
    description: 'The pipeline stopped the order for a business problem; each reason code is an open hold.',
    dataSchema: object({ ...order, reasons: texts, step: text }, { duplicateOfOrderId: text }),
  },
  {
    type: eventType('order', 'released'),
    subject: ORDER,
    description: 'A person released or overrode a hold; the order resumes at `resumesAt`.',
    dataSchema: object({ ...order, holdId: text, reasonCode: text, resolution: text, resumesAt: text }, { note: text }),
  },
  {
    type: eventType('order', 'rejected'),
    subject: ORDER,
    description: 'A person rejected a held order; its reservations were released.',
    dataSchema: object({ ...order, reason: text, holdIds: texts, reasonCodes: texts }),
  },
  {
    type: eventType('order', 'submitted'),
    subject: ORDER,
    description: 'The ERP sales order was made, with the reservations of the plan.',
    dataSchema: object({ ...order, erpOrderId: text }, { total: nullable(decimal), currency: nullable(text) }),
  },
  {
    type: eventType('order', 'failed'),
    subject: ORDER,
    description: 'Technical failures outlasted the retries: the order is dead-lettered (replayable).',
    dataSchema: object({ ...order, step: text, error: text }),
  },
  {
    type: eventType('order', 'replayed'),
    subject: ORDER,
    description: 'A dead-lettered order was put back on the pipeline.',
    dataSchema: object({ ...order, deadLetterId: text, step: text, resumesAt: text }),
  },
  {
    type: eventType('order', 'corrected'),
    subject: ORDER,
    description:
      'A person corrected the canonical order of a held or failed order (by hand, or by fixing a cross-reference): its open holds were released, its dead letters replayed, and it runs again from `resumesAt`.',
    dataSchema: object({ ...order, holdIds: texts, deadLetterIds: texts, changedFields: texts, resumesAt: text }),
  },
  {
    type: eventType('inbound_order', 'rejected'),
    subject: 'the inbound document id (process-apis)',
    description:
      "An order of a document acknowledged as received (997, webhook 2xx, a page polled) could not become an order: it is refused, and this is how the sender's integration hears of it. X12 partners also get an 855 with BAK02 RJ (`answerDocumentId`, an outbound document).",
    dataSchema: object(
      {
        documentId: text,
        partnerId: text,
        channel: text,
        reason: text,
        errors: { type: 'array', items: object({ field: text, message: text }) },
      },
      { sourceOrderId: text, detail: text, answerDocumentId: text },
    ),
  },
  {
    type: eventType('order', 'cancelled'),
    subject: ORDER,
    description: 'The order was cancelled before shipment; reservations (and the ERP order) released.',
    dataSchema: object({ ...order, reason: text, previousStatus: text }, { erpOrderId: nullable(text) }),
  },
  ...(['partially_shipped', 'shipped', 'invoiced', 'closed'] as const).map((change) => ({
    type: eventType('order', change),
    subject: ORDER,
    description: {
      partially_shipped: 'A shipment of the order left a warehouse; lines remain to ship.',
      shipped: 'Every line of the order has shipped.',
      invoiced: 'Every shipment of the fully shipped order is invoiced.',
      closed: 'Every shipment is invoiced and delivered: nothing more happens to the order.',
    }[change],
    dataSchema: object({ ...order, status: text, erpOrderId: text }),
  })),
  {
    type: eventType('shipment', 'created'),
    subject: "the shipment id (the ERP's)",
    description: "A warehouse reported a shipment of an order; it fits the order's plan and is recorded in the ERP.",
    dataSchema: object({
      shipmentId: text,
      orderId: text,
      erpOrderId: text,
      warehouseId: text,
      carrier: text,
      lines: {
        type: 'array',
        items: object({ lineNumber: { type: 'integer' }, sku: text, quantity: { type: 'integer' } }),
      },
    }),
  },
  {
    type: eventType('shipment', 'milestone'),
    subject: "the shipment id (the ERP's)",
    description: 'A shipment was picked, packed, shipped (with carrier and tracking) or delivered.',
    dataSchema: object(
      {
        shipmentId: text,
        orderId: text,
        milestone: { enum: ['picked', 'packed', 'shipped', 'delivered'] },
        at: text,
        carrier: text,
      },
      { trackingNumber: text },
    ),
  },
  {
    type: eventType('invoice', 'created'),
    subject: "the invoice id (the ERP's)",
    description: 'The ERP invoiced a shipped shipment.',
    dataSchema: object({
      invoiceId: text,
      orderId: text,
      shipmentId: text,
      customerId: text,
      currency: text,
      subtotal: decimal,
      tax: decimal,
      total: decimal,
      dueDate: text,
    }),
  },
  ...(['authorised', 'review_required', 'rejected', 'received', 'credited'] as const).map((change) => ({
    type: eventType('return', change),
    subject: 'the return id (process-apis)',
    description: {
      authorised: "A return passed the rules (or a person's review): the goods may come back under the RMA.",
      review_required: 'A return needs a person: `reviewReasons` says why (OUTSIDE_RETURN_WINDOW, NOT_RETURNABLE).',
      rejected: 'A person refused a return that was in review.',
      received: 'The returned goods arrived at a warehouse, restocked or scrapped.',
      credited: 'The ERP raised the credit memo for the return.',
    }[change],
    dataSchema: object(
      {
        returnId: text,
        orderId: text,
        customerId: text,
        status: text,
        reason: text,
        reviewReasons: texts,
        lines: {
          type: 'array',
          items: object({ lineNumber: { type: 'integer' }, sku: text, quantity: { type: 'integer' } }),
        },
      },
      { erpReturnId: text, creditMemoId: text, creditAmount: decimal },
    ),
  })),
  {
    type: eventType('backorder', 'allocated'),
    subject: ORDER,
    description:
      "Stock that arrived was allocated to the order's backorder (by customer tier, then order date) and reserved on its ERP line; `released` once nothing of the order is backordered.",
    dataSchema: object({
      ...order,
      sku: text,
      released: { type: 'boolean' },
      lines: {
        type: 'array',
        items: object({
          lineNumber: { type: 'integer' },
          stillBackordered: { type: 'integer' },
          allocations: { type: 'array', items: object({ warehouseId: text, quantity: { type: 'integer' } }) },
        }),
      },
    }),
  },
  {
    type: eventType('inventory', 'changed'),
    subject: 'the inventory position, `<sku>@<warehouseId>`',
    description:
      "Stock moved in the ERP (a receipt, adjustment, reservation, release, shipment or return), relayed from the system tier's inventory change feed; the position after the movement.",
    dataSchema: object(
      {
        sku: text,
        warehouseId: text,
        movementId: text,
        kind: text,
        quantity: { type: 'integer' },
        reason: text,
        onHand: { type: 'integer' },
        allocated: { type: 'integer' },
        available: { type: 'integer' },
      },
      { reference: text },
    ),
  },
];

/** True when `type` is in the catalogue. */
export function isCatalogued(type: string): boolean {
  return EVENT_CATALOGUE.some((entry) => entry.type === type);
}
