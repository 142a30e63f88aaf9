import { z } from 'zod';
import type { ProcessOrderLine } from '@crossdock/shared-contracts/contracts/process-orders';
import { jsonColumn } from '@crossdock/shared-contracts/database/json-column';
import { assertTypesMatch, type Equals } from '@crossdock/shared-contracts/model/type-equality';
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

assertTypesMatch<Equals<z.infer<typeof orderLineSchema>, ProcessOrderLine>>();
assertTypesMatch<Equals<z.infer<typeof fulfilmentPlanSchema>, FulfilmentPlan>>();

/** The order's `Json` columns the pipeline fills in: priced lines, the plan, the reservations held. Null until then. */
export const orderColumns = {
  pricedLines: jsonColumn('Order.pricedLines', z.array(orderLineSchema).nullable()),
  plan: jsonColumn('Order.plan', fulfilmentPlanSchema.nullable()),
  reservations: jsonColumn('Order.reservations', z.array(heldReservationSchema).nullable()),
};
