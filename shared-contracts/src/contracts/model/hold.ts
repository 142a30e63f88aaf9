import { z } from 'zod';
import { idSchema, isoDateTimeSchema, requiredTextSchema, type IsoDateTime } from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** The values of {@link HoldReasonCode}, for runtime checks and iteration. */
export const HOLD_REASON_CODES = [
  'UNKNOWN_CUSTOMER',
  'CUSTOMER_ON_HOLD',
  'UNKNOWN_ITEM',
  'UOM_NOT_CONVERTIBLE',
  'CREDIT_LIMIT',
  'PRICE_MISMATCH',
  'ADDRESS_INCOMPLETE',
  'INSUFFICIENT_STOCK',
  'NO_PRICE',
  /** The ERP refused the order for a reason of its own (its message says which). */
  'ERP_REJECTED',
  /**
   * The customer's PO number arrived before on another order, with other content: a resend that
   * changed, or a second order under a reused number. `duplicateOfOrderId` names the first.
   */
  'POSSIBLE_DUPLICATE',
] as const;

/** Why an order is held: a business problem someone has to look at, never retried on its own. */
export type HoldReasonCode = (typeof HOLD_REASON_CODES)[number];

/** The values of {@link HoldStatus}, for runtime checks and iteration. */
export const HOLD_STATUSES = ['open', 'released', 'overridden', 'rejected'] as const;

/**
 * Where a hold is: `open` until someone acts; `released` (the cause was fixed, the order goes on),
 * `overridden` (let through as it is), `rejected` (the order is rejected).
 */
export type HoldStatus = (typeof HOLD_STATUSES)[number];

/** A business problem that stops an order, with a reason code, until someone resolves it. */
export interface Hold {
  /** @example "hold_01JQ80B2X9" */
  id: string;
  orderId: string;
  reasonCode: HoldReasonCode;
  /**
   * What exactly is wrong, for the person resolving it.
   * @example "Line 2: item HX-9999 is not in the item master"
   */
  detail: string;
  status: HoldStatus;
  createdAt: IsoDateTime;
  /** When the hold left `open`; absent while open. */
  resolvedAt?: IsoDateTime;
  /** Who resolved it (user id or service name); absent while open. */
  resolvedBy?: string;
  /** For a `POSSIBLE_DUPLICATE` hold: the first order with the same customer and PO number. */
  duplicateOfOrderId?: string;
}

/** Runtime check for {@link Hold}: an open hold has no resolution, a resolved one says when. */
export const holdSchema = z
  .object({
    id: idSchema,
    orderId: idSchema,
    reasonCode: z.enum(HOLD_REASON_CODES),
    detail: requiredTextSchema,
    status: z.enum(HOLD_STATUSES),
    createdAt: isoDateTimeSchema,
    resolvedAt: isoDateTimeSchema.optional(),
    resolvedBy: z.string().optional(),
    duplicateOfOrderId: idSchema.optional(),
  })
  .superRefine((hold, context) => {
    if (hold.status === 'open' && hold.resolvedAt !== undefined) {
      context.addIssue({ code: 'custom', path: ['resolvedAt'], message: 'An open hold has no resolvedAt' });
    }
    if (hold.status !== 'open' && hold.resolvedAt === undefined) {
      context.addIssue({ code: 'custom', path: ['resolvedAt'], message: `A ${hold.status} hold needs resolvedAt` });
    }
  });

assertTypesMatch<Equals<z.infer<typeof holdSchema>, Hold>>();
