import { z } from 'zod';
import { addressSchema, type Address } from './address';
import {
  currencyCodeSchema,
  decimalStringSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  positiveQuantitySchema,
  requiredTextSchema,
  unsignedDecimalStringSchema,
  type CurrencyCode,
  type DecimalString,
  type IsoDate,
  type IsoDateTime,
  type Quantity,
} from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** The values of {@link SalesChannel}, for runtime checks and iteration. */
export const SALES_CHANNELS = [
  'portal',
  'mobile',
  'marketplace',
  'x12',
  'edifact',
  'shopify',
  'woocommerce',
  'bigcommerce',
  'magento',
  'amazon',
  'amazon-vendor',
  'csv',
  'api',
  'ubl',
] as const;

/** Where an order came from. Together with the source order id, it is the order's natural key. */
export type SalesChannel = (typeof SALES_CHANNELS)[number];

/** The values of {@link SalesOrderStatus}, for runtime checks and iteration. */
export const SALES_ORDER_STATUSES = [
  'RECEIVED',
  'VALIDATED',
  'PLANNED',
  'SUBMITTED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'INVOICED',
  'CLOSED',
  'HELD',
  'REJECTED',
  'CANCELLED',
  'FAILED',
] as const;

/**
 * Where an order is in the pipeline. The main line runs RECEIVED → VALIDATED → PLANNED → SUBMITTED →
 * PARTIALLY_SHIPPED → SHIPPED → INVOICED → CLOSED; HELD (a business problem with a reason code),
 * REJECTED, CANCELLED and FAILED (dead-lettered after retries) sit beside it.
 */
export type SalesOrderStatus = (typeof SALES_ORDER_STATUSES)[number];

/** One line of a canonical order. */
export interface SalesOrderLine {
  /**
   * Position of the line in the order, unique within it (the source document's line number when it has one).
   * @isInt
   * @minimum 1
   * @example 1
   */
  lineNumber: number;
  /** @example "HX-2201" */
  sku: string;
  /** Ordered quantity in `uom`; more than zero. */
  quantity: Quantity;
  /** @example "CS" */
  uom: string;
  /** Price of one `uom` in the order's currency: as sent by the channel, or as priced by Crossdock. */
  unitPrice?: DecimalString;
  /** The customer's own number for the item, echoed back on acknowledgements and invoices. */
  customerPartNumber?: string;
  /** The line ships nothing (a download, a service): priced and invoiced, never reserved, planned or shipped. */
  shipsNothing?: true;
}

/** Money totals of an order, in its currency. */
export interface SalesOrderTotals {
  /** Sum of line amounts (quantity × unit price). */
  subtotal: DecimalString;
  tax: DecimalString;
  freight: DecimalString;
  /** subtotal + tax + freight. */
  total: DecimalString;
}

/** The canonical sales order: what every channel's document becomes, whatever it looked like. */
export interface SalesOrder {
  /**
   * Crossdock's id for the order.
   * @example "ord_01JQ7ZP3M4V8K2"
   */
  id: string;
  channel: SalesChannel;
  /**
   * The order's id in its channel (Shopify order id, X12 850 BEG03, portal cart id). Always a string:
   * a Shopify id does not fit in a JavaScript number.
   * @example "5123456789012"
   */
  sourceOrderId: string;
  /** @example "C-10042" */
  customerId: string;
  /** The customer's purchase order number. */
  purchaseOrderNumber?: string;
  currency: CurrencyCode;
  requestedDeliveryDate?: IsoDate;
  shipTo: Address;
  /** Where to invoice, when not the customer's own bill-to address. */
  billTo?: Address;
  lines: SalesOrderLine[];
  status: SalesOrderStatus;
  /** Present once the order has been priced (after the enrich step). */
  totals?: SalesOrderTotals;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** Runtime check for {@link SalesOrderLine}. */
export const salesOrderLineSchema = z.object({
  lineNumber: z.number().int().min(1),
  sku: requiredTextSchema,
  quantity: positiveQuantitySchema,
  uom: requiredTextSchema,
  unitPrice: unsignedDecimalStringSchema.optional(),
  customerPartNumber: z.string().optional(),
  shipsNothing: z.literal(true).optional(),
});

/** Runtime check for {@link SalesOrderTotals}. Amounts may be negative (discount-only corrections). */
export const salesOrderTotalsSchema = z.object({
  subtotal: decimalStringSchema,
  tax: decimalStringSchema,
  freight: decimalStringSchema,
  total: decimalStringSchema,
});

/** Adds an issue for each line whose line number repeats an earlier one. */
export function refineUniqueLineNumbers(
  lines: ReadonlyArray<{ lineNumber?: number | undefined }>,
  context: z.RefinementCtx,
): void {
  const seen = new Set<number>();
  lines.forEach((line, index) => {
    if (line.lineNumber === undefined) return;
    if (seen.has(line.lineNumber)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'lineNumber'],
        message: `Line number ${line.lineNumber} is used twice`,
      });
    }
    seen.add(line.lineNumber);
  });
}

/** Runtime check for {@link SalesOrder}: at least one line, line numbers unique. */
export const salesOrderSchema = z.object({
  id: idSchema,
  channel: z.enum(SALES_CHANNELS),
  sourceOrderId: idSchema,
  customerId: idSchema,
  purchaseOrderNumber: z.string().optional(),
  currency: currencyCodeSchema,
  requestedDeliveryDate: isoDateSchema.optional(),
  shipTo: addressSchema,
  billTo: addressSchema.optional(),
  lines: z.array(salesOrderLineSchema).min(1).superRefine(refineUniqueLineNumbers),
  status: z.enum(SALES_ORDER_STATUSES),
  totals: salesOrderTotalsSchema.optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

assertTypesMatch<Equals<z.infer<typeof salesOrderLineSchema>, SalesOrderLine>>();
assertTypesMatch<Equals<z.infer<typeof salesOrderTotalsSchema>, SalesOrderTotals>>();
assertTypesMatch<Equals<z.infer<typeof salesOrderSchema>, SalesOrder>>();
