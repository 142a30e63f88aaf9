import { z } from 'zod';
import { addressSchema, type Address, type AddressAsSent } from './address';
import {
  currencyCodeSchema,
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
import { refineUniqueLineNumbers, SALES_CHANNELS, type SalesChannel } from './sales-order';
import { assertTypesMatch, type Equals } from './type-equality';

/** One line as a caller submits it. */
export interface SalesOrderLineInput {
  /**
   * Line number to keep from the source document; lines without one are numbered in order.
   * @isInt
   * @minimum 1
   */
  lineNumber?: number;
  /** @example "HX-2201" */
  sku: string;
  /**
   * Quantity in `uom`; more than zero.
   * @example 3
   */
  quantity: Quantity;
  /** Unit of measure; the item's base unit when absent. */
  uom?: string;
  /** The price the customer expects; checked against Crossdock's price (hold `PRICE_MISMATCH`). */
  unitPrice?: DecimalString;
  customerPartNumber?: string;
  /**
   * The line ships nothing (a download, a service, a gift card): it is priced and invoiced with the
   * order but never reserved, planned, picked or noticed as shipped.
   */
  shipsNothing?: true;
}

/** What every order carries, however it arrives (see SalesOrderInput and ChannelSalesOrder). */
export interface SalesOrderFields {
  channel: SalesChannel;
  /** The order's id in the caller's system. */
  sourceOrderId: string;
  customerId: string;
  purchaseOrderNumber?: string;
  /** The customer's currency when absent. */
  currency?: CurrencyCode;
  requestedDeliveryDate?: IsoDate;
  billTo?: Address;
  /**
   * At least one line.
   * @minItems 1
   */
  lines: SalesOrderLineInput[];
}

/**
 * What a caller submits to create an order. Crossdock assigns the id, status and totals; channel plus
 * source order id is the natural key that makes a resubmission a duplicate, not a second order.
 */
export interface SalesOrderInput extends SalesOrderFields {
  shipTo: Address;
}

/**
 * A canonical order as a channel document gives it: like the process API's, except that the ship-to
 * may be incomplete as well as missing (an 850 without an N1*ST loop). It is taken in all the same, and the
 * pipeline, which has the customer, ships it to the customer's default delivery address or holds it
 * ADDRESS_INCOMPLETE (see the process tier's ship-to rules): a document acknowledged is never dropped for it.
 */
export interface ChannelSalesOrder extends SalesOrderFields {
  shipTo?: AddressAsSent;
  /** When the channel asks the order to leave the warehouse (an Amazon Vendor purchase order's shipWindow). */
  shipWindow?: DateTimeWindow;
  /** When the channel asks the order to arrive (an Amazon Vendor purchase order's deliveryWindow). */
  deliveryWindow?: DateTimeWindow;
}

/** A span of time as a channel gives it, both ends included. */
export interface DateTimeWindow {
  /** @example "2026-12-01T00:00:00Z" */
  start: IsoDateTime;
  /** @example "2026-12-07T00:00:00Z" */
  end: IsoDateTime;
}

/** Runtime check for {@link DateTimeWindow}. */
export const dateTimeWindowSchema = z.object({ start: isoDateTimeSchema, end: isoDateTimeSchema });

/** Runtime check for {@link SalesOrderLineInput}. */
export const salesOrderLineInputSchema = z.object({
  lineNumber: z.number().int().min(1).optional(),
  sku: requiredTextSchema,
  quantity: positiveQuantitySchema,
  uom: requiredTextSchema.optional(),
  unitPrice: unsignedDecimalStringSchema.optional(),
  customerPartNumber: z.string().optional(),
  shipsNothing: z.literal(true).optional(),
});

/** Runtime check for {@link SalesOrderInput}: positive quantities, at least one line, a complete ship-to. */
export const salesOrderInputSchema = z.object({
  channel: z.enum(SALES_CHANNELS),
  sourceOrderId: idSchema,
  customerId: idSchema,
  purchaseOrderNumber: z.string().optional(),
  currency: currencyCodeSchema.optional(),
  requestedDeliveryDate: isoDateSchema.optional(),
  shipTo: addressSchema,
  billTo: addressSchema.optional(),
  lines: z.array(salesOrderLineInputSchema).min(1).superRefine(refineUniqueLineNumbers),
});

assertTypesMatch<Equals<z.infer<typeof salesOrderLineInputSchema>, SalesOrderLineInput>>();
assertTypesMatch<Equals<z.infer<typeof salesOrderInputSchema>, SalesOrderInput>>();
assertTypesMatch<Equals<z.infer<typeof dateTimeWindowSchema>, DateTimeWindow>>();
