import { z } from 'zod';
import { addressSchema, type Address } from './address';
import {
  currencyCodeSchema,
  idSchema,
  isoDateTimeSchema,
  requiredTextSchema,
  unsignedDecimalStringSchema,
  type CurrencyCode,
  type DecimalString,
  type IsoDateTime,
} from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** The values of {@link CustomerStatus}, for runtime checks and iteration. */
export const CUSTOMER_STATUSES = ['active', 'on_hold', 'closed'] as const;

/** Whether a customer may order: `on_hold` orders are held (`CUSTOMER_ON_HOLD`), `closed` accounts take no orders. */
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** A customer account in the ERP, with its terms, credit limit and addresses. */
export interface Customer {
  /**
   * The ERP customer number.
   * @example "C-10042"
   */
  id: string;
  /** @example "Acme Hardware Inc." */
  name: string;
  status: CustomerStatus;
  /** Currency the customer is invoiced in. */
  currency: CurrencyCode;
  /** Most the customer may owe: open invoices plus open orders. "0" means cash in advance. */
  creditLimit: DecimalString;
  /**
   * Payment terms code; the ERP turns it into an invoice's due date.
   * @example "NET30"
   */
  paymentTerms: string;
  /**
   * Tax jurisdiction code the customer is taxed under unless the ship-to says otherwise.
   * @example "US-TX"
   */
  taxJurisdiction: string;
  /** The contract price list that takes precedence over the list price, when the customer has one. */
  priceListId?: string;
  /** Warehouse to ship from first when several can fulfil a line. */
  preferredWarehouseId?: string;
  /** Whether lines that cannot be promised may be backordered; otherwise they are held. */
  allowBackorders: boolean;
  billTo: Address;
  /** Default delivery address; an order may carry another. */
  shipTo: Address;
  updatedAt: IsoDateTime;
}

/** Runtime check for {@link Customer}. */
export const customerSchema = z.object({
  id: idSchema,
  name: requiredTextSchema,
  status: z.enum(CUSTOMER_STATUSES),
  currency: currencyCodeSchema,
  creditLimit: unsignedDecimalStringSchema,
  paymentTerms: requiredTextSchema,
  taxJurisdiction: requiredTextSchema,
  priceListId: idSchema.optional(),
  preferredWarehouseId: idSchema.optional(),
  allowBackorders: z.boolean(),
  billTo: addressSchema,
  shipTo: addressSchema,
  updatedAt: isoDateTimeSchema,
});

assertTypesMatch<Equals<z.infer<typeof customerSchema>, Customer>>();
