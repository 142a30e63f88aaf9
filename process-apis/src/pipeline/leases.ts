import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { leaseFrom, type PipelineDeps } from './pipeline-deps';

/**
 * Sets the lease of the jobs still running here; rows locked by another statement are skipped (see
 * renewLeases), and so are jobs another worker took meanwhile (this one was taken for gone): their
 * lease is the other worker's to renew or let go.
 */
async function setLeases(deps: PipelineDeps, orderIds: string[], leasedUntil: Date | null): Promise<void> {
  await deps.db.sql.query(
    `update "PipelineJob" set "leasedUntil" = $2::timestamp
      where "orderId" in (select "orderId" from "PipelineJob" where "orderId" = any($1::text[]) and "state" = 'ready' and "leasedUntil" is not null
                             and "leasedBy" is not distinct from $3
                           order by "orderId" for update skip locked)`,
    [orderIds, leasedUntil?.toISOString() ?? null, deps.workerId ?? null],
  );
}

/** Lets a batch's jobs go at once, to be claimed again (best effort: the leases run out anyway). */
export const releaseLeases = (deps: PipelineDeps, orderIds: string[]): Promise<void> =>
  setLeases(deps, orderIds, null).catch(() => undefined);

/**
 * Renews the leases of a batch's jobs. Rows being recorded at this moment are skipped, not waited
 * for: recording a step takes the batch's job rows in id order, and a renewal taking them in any
 * other order could deadlock with it (PostgreSQL would then abort one, and a batch whose step record
 * was aborted waits out its whole lease). The recording sets a fresh lease itself.
 */
export async function renewLeases(deps: PipelineDeps, orderIds: string[]): Promise<void> {
  await setLeases(deps, orderIds, leaseFrom(deps)).catch((error: unknown) =>
    deps.logger.warn('could not renew pipeline leases', {
      orders: orderIds.length,
      error: coerceError(error).message,
    }),
  );
}

/**
 * Keeps a batch's leases renewed while it runs, so a slow ERP never lets a second worker take a job
 * this one is still working on; a worker that dies stops renewing, and the leases run out.
 * Answers the function that stops renewing.
 */
export function keepLeases(deps: PipelineDeps, orderIds: string[]): () => void {
  const heartbeat = setInterval(() => void renewLeases(deps, orderIds), Math.max(250, deps.retry.leaseMs / 3));
  return () => clearInterval(heartbeat);
}
