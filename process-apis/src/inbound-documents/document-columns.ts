import { z } from 'zod';
import type { InboundOrderOutcome } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { jsonColumn } from '@crossdock/shared-contracts/platform/database/json-column';
import { assertTypesMatch, type Equals } from '@crossdock/shared-contracts/contracts/model/type-equality';

const outcomeSchema = z.object({
  sourceOrderId: z.string().optional(),
  orderId: z.string().optional(),
  duplicate: z.boolean().optional(),
  possibleDuplicateOf: z.string().optional(),
  problem: z
    .object({
      title: z.string(),
      detail: z.string().optional(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    })
    .optional(),
  test: z.boolean().optional(),
  cancellation: z.enum(['cancelled', 'already-cancelled', 'nothing-to-cancel', 'too-late']).optional(),
  notes: z.array(z.string()).optional(),
});

assertTypesMatch<Equals<z.infer<typeof outcomeSchema>, InboundOrderOutcome>>();

/** `InboundDocument.outcome`: what became of each order of the document, null while it is being taken in. */
export const outcomesColumn = jsonColumn('InboundDocument.outcome', z.array(outcomeSchema).nullable());
