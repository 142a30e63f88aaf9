import { z } from 'zod';
import {
  idSchema,
  isoDateTimeSchema,
  positiveQuantitySchema,
  requiredTextSchema,
  type IsoDateTime,
  type Quantity,
} from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** The values of {@link ShipmentMilestone}, for runtime checks and iteration. */
export const SHIPMENT_MILESTONES = ['picked', 'packed', 'shipped', 'delivered'] as const;

/** The milestones a shipment passes, in order. */
export type ShipmentMilestone = (typeof SHIPMENT_MILESTONES)[number];

/** What went in the shipment for one order line. */
export interface ShipmentLine {
  /**
   * The order line this ships (an order line may ship in several shipments).
   * @isInt
   * @minimum 1
   */
  orderLineNumber: number;
  /** @example "HX-2201" */
  sku: string;
  quantity: Quantity;
  /** @example "CS" */
  uom: string;
  /** Lot or batch shipped, for lot-tracked items. */
  lotNumber?: string;
}

/** When each milestone was reached; a milestone not reached yet is absent. */
export interface ShipmentMilestones {
  pickedAt?: IsoDateTime;
  packedAt?: IsoDateTime;
  shippedAt?: IsoDateTime;
  deliveredAt?: IsoDateTime;
}

/** Goods leaving one warehouse for one order. */
export interface Shipment {
  /** @example "SHP-778812" */
  id: string;
  orderId: string;
  /** @example "DAL1" */
  warehouseId: string;
  /**
   * Carrier name or SCAC code.
   * @example "UPSN"
   */
  carrier: string;
  /** Known once the label is printed. */
  trackingNumber?: string;
  lines: ShipmentLine[];
  milestones: ShipmentMilestones;
}

/** Runtime check for {@link ShipmentLine}. */
export const shipmentLineSchema = z.object({
  orderLineNumber: z.number().int().min(1),
  sku: requiredTextSchema,
  quantity: positiveQuantitySchema,
  uom: requiredTextSchema,
  lotNumber: z.string().optional(),
});

/** Runtime check for {@link ShipmentMilestones}. */
export const shipmentMilestonesSchema = z.object({
  pickedAt: isoDateTimeSchema.optional(),
  packedAt: isoDateTimeSchema.optional(),
  shippedAt: isoDateTimeSchema.optional(),
  deliveredAt: isoDateTimeSchema.optional(),
});

/** Runtime check for {@link Shipment}: at least one line. */
export const shipmentSchema = z.object({
  id: idSchema,
  orderId: idSchema,
  warehouseId: idSchema,
  carrier: requiredTextSchema,
  trackingNumber: z.string().optional(),
  lines: z.array(shipmentLineSchema).min(1),
  milestones: shipmentMilestonesSchema,
});

assertTypesMatch<Equals<z.infer<typeof shipmentLineSchema>, ShipmentLine>>();
assertTypesMatch<Equals<z.infer<typeof shipmentMilestonesSchema>, ShipmentMilestones>>();
assertTypesMatch<Equals<z.infer<typeof shipmentSchema>, Shipment>>();
