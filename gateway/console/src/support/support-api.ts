import type {
  BulkReleaseHoldsResult,
  FixCrossReferenceResult,
  OrderCorrection,
  OrderWorkbench,
} from '@crossdock/shared-contracts/contracts/process-work-queue';
import type { ReplayDeadLettersResult } from '@crossdock/shared-contracts/contracts/process-dead-letters';
import type { Api } from '../api/client';

export type { OrderWorkbench };

/** The order, its timeline, the documents it came in (as received, with the mapping version) and its audit trail. */
export function loadWorkbench(api: Api, orderId: string): Promise<OrderWorkbench> {
  return api.get<OrderWorkbench>(`/process/v1/orders/${encodeURIComponent(orderId)}/workbench`);
}

/** A person's action on a hold, with why. */
export type HoldAction = 'release' | 'override' | 'reject';

export function actOnHold(api: Api, holdId: string, action: HoldAction, comment: string) {
  const body = action === 'release' ? { note: comment } : { reason: comment };
  return api.post(`/process/v1/holds/${encodeURIComponent(holdId)}/${action}`, body, { Prefer: 'wait=5' });
}

export function replayDeadLetter(api: Api, deadLetterId: string, comment: string) {
  return api.post(`/process/v1/dead-letters/${encodeURIComponent(deadLetterId)}/replay`, { comment });
}

export interface CrossReferenceFix {
  qualifier?: string;
  partnerProductId: string;
  sku: string;
  comment: string;
}

/** Maps a partner's product id to our SKU, then maps the partner's stuck orders again and replays them. */
export function fixCrossReference(api: Api, partnerId: string, fix: CrossReferenceFix) {
  return api.put<FixCrossReferenceResult>(`/process/v1/partners/${encodeURIComponent(partnerId)}/item-references`, {
    ...fix,
    replay: true,
  });
}

/** The corrected canonical order, and why; the order runs again from the step it needs. */
export function editCanonicalOrder(api: Api, orderId: string, order: unknown, comment: string) {
  return api.put<OrderCorrection>(
    `/process/v1/orders/${encodeURIComponent(orderId)}/canonical`,
    { order, comment },
    { Prefer: 'wait=5' },
  );
}

/** How many a bulk action matches (dry run), or did (for real). */
export type BulkOutcome = BulkReleaseHoldsResult | ReplayDeadLettersResult;

/**
 * Releases every open hold, or replays every dead letter, that the filter matches: first as a dry
 * run (a count, nothing done), then with the comment that says why.
 */
export function bulkByFilter(
  api: Api,
  tab: 'holds' | 'dead-letters',
  filter: Record<string, string>,
  run: { dryRun: true } | { dryRun: false; comment: string },
): Promise<BulkOutcome> {
  const body: Record<string, unknown> = { ...run };
  for (const [name, value] of Object.entries(filter)) {
    if (!value.trim()) continue;
    body[name] = name === 'minAgeMinutes' ? Number(value) : value.trim();
  }
  const path = tab === 'holds' ? '/process/v1/holds/release' : '/process/v1/dead-letters/replay';
  return api.post<BulkOutcome>(path, body);
}
