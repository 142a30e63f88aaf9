import { z } from 'zod';
import {
  idSchema,
  isoDateTimeSchema,
  positiveQuantitySchema,
  quantitySchema,
  requiredTextSchema,
  type IsoDateTime,
  type Quantity,
} from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** The values of {@link ReturnStatus}, for runtime checks and iteration. */
export const RETURN_STATUSES = ['requested', 'authorised', 'received', 'credited', 'rejected'] as const;

/** Where a return authorisation (RMA) is: requested → authorised → received → credited, or rejected. */
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** The values of {@link ReturnDisposition}, for runtime checks and iteration. */
export const RETURN_DISPOSITIONS = ['restock', 'scrap'] as const;

/** What happens to returned goods once received: back into stock, or written off. */
export type ReturnDisposition = (typeof RETURN_DISPOSITIONS)[number];

/** The values of {@link ReturnReason}, for runtime checks and iteration. */
export const RETURN_REASONS = [
  'DAMAGED',
  'DEFECTIVE',
  'WRONG_ITEM',
  'NOT_ORDERED',
  'NO_LONGER_NEEDED',
  'OTHER',
] as const;

/** Why the customer sends goods back. */
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** One item coming back. */
export interface ReturnLine {
  /**
   * @isInt
   * @minimum 1
   */
  lineNumber: number;
  /** @example "HX-2201" */
  sku: string;
  quantity: Quantity;
  /** @example "EA" */
  uom: string;
  /** The invoice the goods were billed on, which the credit memo offsets. */
  invoiceId?: string;
  /** Decided when the goods are received and inspected. */
  disposition?: ReturnDisposition;
  /** What actually came back, in `uom`, once received. */
  receivedQuantity?: Quantity;
}

/** A return merchandise authorisation (RMA). */
export interface ReturnAuthorisation {
  /**
   * The RMA number.
   * @example "RMA-000318"
   */
  id: string;
  customerId: string;
  /** The order the goods were shipped on, when known. */
  orderId?: string;
  reason: ReturnReason;
  /** Free-text detail from the customer or the inspector. */
  note?: string;
  status: ReturnStatus;
  lines: ReturnLine[];
  /** The credit memo raised for the return, once credited. */
  creditMemoId?: string;
  requestedAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** Runtime check for {@link ReturnLine}. */
export const returnLineSchema = z.object({
  lineNumber: z.number().int().min(1),
  sku: requiredTextSchema,
  quantity: positiveQuantitySchema,
  uom: requiredTextSchema,
  invoiceId: idSchema.optional(),
  disposition: z.enum(RETURN_DISPOSITIONS).optional(),
  receivedQuantity: quantitySchema.optional(),
});

/** Runtime check for {@link ReturnAuthorisation}: at least one line. */
export const returnAuthorisationSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  orderId: idSchema.optional(),
  reason: z.enum(RETURN_REASONS),
  note: z.string().optional(),
  status: z.enum(RETURN_STATUSES),
  lines: z.array(returnLineSchema).min(1),
  creditMemoId: idSchema.optional(),
  requestedAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

assertTypesMatch<Equals<z.infer<typeof returnLineSchema>, ReturnLine>>();
assertTypesMatch<Equals<z.infer<typeof returnAuthorisationSchema>, ReturnAuthorisation>>();
