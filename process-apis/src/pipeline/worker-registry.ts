import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Prisma } from '../generated/prisma/client';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';

/** A worker's jobs are reclaimed once it has gone this long without a heartbeat, by default. */
export const DEFAULT_RECLAIM_AFTER_MS = 5000;
/** Rows of workers gone this long are swept away, a bounded number at a time. */
const FORGET_AFTER_MS = 60 * 60_000;
const SWEEP_EVERY_MS = 60_000;
const SWEEP_LIMIT = 100;

/** Who claims jobs, and when a worker counts as gone: claimJobs reclaims the jobs of the gone. */
export interface WorkerIdentity {
  /** This worker's row in "PipelineWorker", named on the jobs it claims ("leasedBy"). */
  readonly id: string;
  /** A worker whose heartbeat is older than this is gone. */
  readonly reclaimAfterMs: number;
}

export interface WorkerRegistration extends WorkerIdentity {
  /** Stops the heartbeat and removes the worker's row: whatever it still holds is free at once. Call after the worker stopped. */
  deregister(): Promise<void>;
}

/** Five heartbeats fit in the time after which a worker is gone: one late or lost beat is no death. */
export const heartbeatEveryMs = (reclaimAfterMs: number): number => Math.max(50, Math.floor(reclaimAfterMs / 5));

/**
 * How long a worker whose PostgreSQL backend is gone is still given to come back on a new
 * connection: two heartbeats. A killed process's backend ends at once, so its jobs are free within
 * this; a live worker whose connection broke reconnects and beats on the new one within it.
 */
export const backendGraceMs = (reclaimAfterMs: number): number => 2 * heartbeatEveryMs(reclaimAfterMs);

// The backend (pid and start, so a reused pid is not taken for the old backend) of the connection
// that runs this statement; time is PostgreSQL's, the one clock every replica shares.
const BEAT = `
  insert into "PipelineWorker" ("id", "backendPid", "backendStart", "startedAt", "heartbeatAt")
  select $1, a."pid", a."backend_start", clock_timestamp(), clock_timestamp() from pg_stat_activity as a where a."pid" = pg_backend_pid()
  on conflict ("id") do update
     set "backendPid" = excluded."backendPid", "backendStart" = excluded."backendStart", "heartbeatAt" = excluded."heartbeatAt"`;

/**
 * The registered workers, each with whether it is alive for `claimant`: a heartbeat within its
 * `reclaimAfterMs` (PostgreSQL's clock, which every replica shares), and either its backend still
 * connected or a heartbeat within the grace. Read once per claim (claimJobs): pg_stat_activity is
 * looked up per registered worker, not per job. None without a claimant.
 */
export function registeredWorkers(claimant: WorkerIdentity | undefined): Prisma.Sql {
  const reclaimAfterMs = claimant?.reclaimAfterMs ?? null;
  const graceMs = claimant ? backendGraceMs(claimant.reclaimAfterMs) : null;
  return Prisma.sql`
    select w."id",
           w."heartbeatAt" > clock_timestamp() - make_interval(secs => ${reclaimAfterMs}::float8 / 1000)
           and (w."heartbeatAt" > clock_timestamp() - make_interval(secs => ${graceMs}::float8 / 1000)
                or exists (select 1 from pg_stat_activity as a where a."pid" = w."backendPid" and a."backend_start" = w."backendStart")) as "alive"
      from "PipelineWorker" as w
     where ${reclaimAfterMs}::float8 is not null`;
}

const SWEEP = `
  delete from "PipelineWorker" where "id" in (
    select "id" from "PipelineWorker" where "heartbeatAt" < clock_timestamp() - make_interval(secs => $1::float8 / 1000) limit $2)`;

/**
 * Registers this process's pipeline worker and keeps its heartbeat, on a connection of its own
 * (a pool busy with batches never delays a beat) and on a timer of its own (a batch waiting on a
 * slow ERP never delays one either). A connection that breaks is replaced at the next beat, and the
 * row then names the new backend. Rows of workers long gone are swept, at most SWEEP_LIMIT a minute
 * per worker.
 */
export async function registerPipelineWorker(
  databaseUrl: string,
  reclaimAfterMs: number,
  logger: Logger,
): Promise<WorkerRegistration> {
  const id = randomUUID();
  let client: pg.Client | undefined;
  let lastSweep = 0;
  const connect = async (): Promise<pg.Client> => {
    // A beat that hangs fails within two intervals, well before the worker would count as gone.
    const fresh = new pg.Client({ connectionString: databaseUrl, query_timeout: 2 * heartbeatEveryMs(reclaimAfterMs) });
    fresh.on('error', (error) =>
      logger.warn('pipeline worker heartbeat lost its connection', { error: error.message }),
    );
    await fresh.connect();
    return fresh;
  };
  const beat = async (): Promise<void> => {
    client ??= await connect();
    await client.query(BEAT, [id]);
    if (Date.now() - lastSweep >= SWEEP_EVERY_MS) {
      lastSweep = Date.now();
      await client.query(SWEEP, [FORGET_AFTER_MS, SWEEP_LIMIT]);
    }
  };
  await beat();
  let beating: Promise<void> | undefined;
  const timer = setInterval(() => {
    beating ??= beat()
      .catch(async (error: unknown) => {
        logger.warn('pipeline worker heartbeat failed; reconnecting', {
          workerId: id,
          error: coerceError(error).message,
        });
        const broken = client;
        client = undefined;
        void broken?.end().catch(() => undefined);
        // At once, not a beat later: a vanished backend is given only two beats to come back.
        await beat().catch(() => undefined);
      })
      .finally(() => (beating = undefined));
  }, heartbeatEveryMs(reclaimAfterMs));
  // The heartbeat says the process lives; it is no reason for the process to live on.
  timer.unref();
  logger.info('pipeline worker registered', { workerId: id });
  return {
    id,
    reclaimAfterMs,
    deregister: async () => {
      clearInterval(timer);
      await beating;
      const last = client ?? (await connect().catch(() => undefined));
      await last
        ?.query(`delete from "PipelineWorker" where "id" = $1`, [id])
        .catch((error: unknown) =>
          logger.warn('pipeline worker could not deregister', { workerId: id, error: coerceError(error).message }),
        );
      await last?.end().catch(() => undefined);
    },
  };
}
