import { z } from 'zod';
import {
  currencyCodeSchema,
  decimalStringSchema,
  idSchema,
  isoDateSchema,
  positiveQuantitySchema,
  requiredTextSchema,
  unsignedDecimalStringSchema,
  type CurrencyCode,
  type DecimalString,
  type IsoDate,
  type Quantity,
} from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** One billed line. */
export interface InvoiceLine {
  /**
   * @isInt
   * @minimum 1
   */
  lineNumber: number;
  /**
   * The order line billed, when the line comes from an order (not for a freight or fee line).
   * @isInt
   * @minimum 1
   */
  orderLineNumber?: number;
  /** @example "HX-2201" */
  sku: string;
  description?: string;
  quantity: Quantity;
  /** @example "CS" */
  uom: string;
  unitPrice: DecimalString;
  /** quantity × unit price, rounded to the currency's minor unit. */
  amount: DecimalString;
}

/** An invoice raised in the ERP, with its amounts in the invoice currency. */
export interface Invoice {
  /**
   * The ERP invoice number.
   * @example "INV-2025-004211"
   */
  id: string;
  orderId: string;
  customerId: string;
  currency: CurrencyCode;
  invoiceDate: IsoDate;
  /** invoiceDate plus the customer's payment terms. */
  dueDate: IsoDate;
  lines: InvoiceLine[];
  subtotal: DecimalString;
  tax: DecimalString;
  freight: DecimalString;
  total: DecimalString;
  /** Still unpaid; counts towards the customer's credit exposure while above zero. */
  balanceDue: DecimalString;
}

/** Runtime check for {@link InvoiceLine}. */
export const invoiceLineSchema = z.object({
  lineNumber: z.number().int().min(1),
  orderLineNumber: z.number().int().min(1).optional(),
  sku: requiredTextSchema,
  description: z.string().optional(),
  quantity: positiveQuantitySchema,
  uom: requiredTextSchema,
  unitPrice: unsignedDecimalStringSchema,
  amount: decimalStringSchema,
});

/** Runtime check for {@link Invoice}: at least one line, due no earlier than invoiced. */
export const invoiceSchema = z
  .object({
    id: idSchema,
    orderId: idSchema,
    customerId: idSchema,
    currency: currencyCodeSchema,
    invoiceDate: isoDateSchema,
    dueDate: isoDateSchema,
    lines: z.array(invoiceLineSchema).min(1),
    subtotal: decimalStringSchema,
    tax: decimalStringSchema,
    freight: decimalStringSchema,
    total: decimalStringSchema,
    balanceDue: decimalStringSchema,
  })
  // ISO dates compare correctly as text.
  .refine((invoice) => invoice.dueDate >= invoice.invoiceDate, {
    path: ['dueDate'],
    message: 'dueDate must not be before invoiceDate',
  });

assertTypesMatch<Equals<z.infer<typeof invoiceLineSchema>, InvoiceLine>>();
assertTypesMatch<Equals<z.infer<typeof invoiceSchema>, Invoice>>();
