import { z } from 'zod';
import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/api/process-orders';
import type { ChannelSalesOrder } from '@crossdock/shared-contracts/contracts/model/order-input';
import { SALES_CHANNELS } from '@crossdock/shared-contracts/contracts/model/sales-order';
import { jsonColumn } from '@crossdock/shared-contracts/platform/database/json-column';
import { assertTypesMatch, type Equals } from '@crossdock/shared-contracts/contracts/model/type-equality';
import type { FulfilmentPlan } from '../pipeline/planning/plan-fulfilment';

// What the pipeline's steps wrote: read back without the checks the API puts on what callers send
// (those were made before it was stored), only the shape the code that reads it relies on.
const orderLineSchema = z.object({
  lineNumber: z.number().int(),
  sku: z.string(),
  quantity: z.number(),
  uom: z.string().optional(),
  unitPrice: z.string().optional(),
  currency: z.string().optional(),
  lineTotal: z.string().optional(),
  priceRule: z.string().optional(),
  shipsNothing: z.literal(true).optional(),
});

const receivedLineSchema = z.object({
  lineNumber: z.number().int().optional(),
  sku: z.string(),
  quantity: z.number(),
  uom: z.string().optional(),
  unitPrice: z.string().optional(),
  customerPartNumber: z.string().optional(),
  shipsNothing: z.literal(true).optional(),
});

const addressParts = {
  line2: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  contactName: z.string().optional(),
  contactPhone: z.string().optional(),
  contactEmail: z.string().optional(),
};
const addressSchema = z.object({
  name: z.string(),
  line1: z.string(),
  city: z.string(),
  country: z.string(),
  ...addressParts,
});
// A channel's ship-to may come incomplete; the pipeline completes it or holds the order ADDRESS_INCOMPLETE.
const addressAsSentSchema = addressSchema.partial();

const windowSchema = z.object({ start: z.string(), end: z.string() });

const receivedOrderSchema = z.object({
  channel: z.enum(SALES_CHANNELS),
  sourceOrderId: z.string(),
  customerId: z.string(),
  purchaseOrderNumber: z.string().optional(),
  currency: z.string().optional(),
  requestedDeliveryDate: z.string().optional(),
  shipTo: addressAsSentSchema.optional(),
  billTo: addressSchema.optional(),
  lines: z.array(receivedLineSchema),
  shipWindow: windowSchema.optional(),
  deliveryWindow: windowSchema.optional(),
});

const plannedLineSchema = z.object({
  lineNumber: z.number().int(),
  sku: z.string(),
  baseQuantity: z.number(),
  allocations: z.array(z.object({ warehouseId: z.string(), quantity: z.number() })),
  backordered: z.number(),
});

const fulfilmentPlanSchema = z.object({ lines: z.array(plannedLineSchema), hasBackorders: z.boolean() });

const heldReservationSchema = z.object({
  id: z.string(),
  lineNumber: z.number().int(),
  warehouseId: z.string(),
  quantity: z.number(),
});

/** A reservation held for the order, as the order remembers it for compensation. */
export type HeldReservation = z.infer<typeof heldReservationSchema>;

assertTypesMatch<Equals<z.infer<typeof receivedOrderSchema>, ChannelSalesOrder>>();
assertTypesMatch<Equals<z.infer<typeof orderLineSchema>, ProcessOrderLine>>();
assertTypesMatch<Equals<z.infer<typeof fulfilmentPlanSchema>, FulfilmentPlan>>();

/**
 * The order's `Json` columns: the order as received (its ship-to completed by the pipeline or by
 * whoever releases its ADDRESS_INCOMPLETE hold), and what the pipeline fills in, null until then:
 * priced lines, the plan, the reservations held.
 */
export const orderColumns = {
  received: jsonColumn('Order.received', receivedOrderSchema),
  pricedLines: jsonColumn('Order.pricedLines', z.array(orderLineSchema).nullable()),
  plan: jsonColumn('Order.plan', fulfilmentPlanSchema.nullable()),
  reservations: jsonColumn('Order.reservations', z.array(heldReservationSchema).nullable()),
};
