import { runWithContext } from '@crossdock/shared-contracts/platform/context/request-context';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { inSpan } from '@crossdock/shared-contracts/platform/observability/trace-context';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../database';
import type { Order } from '../generated/prisma/client';
import type { SystemApi } from '../system-api/system-api';
import type { PipelineMetrics } from './observed-step';
import { compensateOrder, PIPELINE, type CompensationRange, type Saga } from './saga';
import type { PipelineContext } from './step';

export interface PipelineDeps {
  db: ProcessDatabase;
  systemApi: SystemApi;
  logger: Logger;
  clock: Clock;
  retry: RetryPolicy;
  /** Told whenever an order's state moved, so a request waiting for the outcome can look. */
  onOrderChanged?: (orderId: string) => void;
  /** The steps orders run through; the order saga (PIPELINE) unless a test brings its own. */
  saga?: Saga;
  /** Where step durations are recorded; nowhere when absent (tests). */
  metrics?: PipelineMetrics;
  /** The worker running the jobs, as named on the jobs it claimed (worker-registry.ts); none for a worker that names none. */
  workerId?: string;
}

export interface RetryPolicy {
  /** Attempts per step before the order is dead-lettered. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claim lasts before another worker may take the job (a crashed worker's). */
  leaseMs: number;
}

/** Statuses in which the pipeline has nothing more to do for an order. */
export const SETTLED_STATUSES: ReadonlySet<string> = new Set([
  'SUBMITTED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'INVOICED',
  'CLOSED',
  'HELD',
  'REJECTED',
  'CANCELLED',
  'FAILED',
]);

export const PIPELINE_ACTOR = 'pipeline';

export const sagaOf = (deps: PipelineDeps): Saga => deps.saga ?? PIPELINE;

export const pipelineContext = (deps: PipelineDeps): PipelineContext => ({
  db: deps.db,
  systemApi: deps.systemApi,
  logger: deps.logger,
  clock: deps.clock,
});

/** When a lease taken or renewed now runs out. */
export const leaseFrom = (deps: PipelineDeps): Date => new Date(deps.clock.now().getTime() + deps.retry.leaseMs);

/**
 * Runs `fn` under the order's correlation id and in its trace, acting for the user who placed it
 * (its log lines, its timeline entries, its calls to the ERP).
 */
export const asOrder = <T>(order: Order, fn: () => Promise<T>): Promise<T> =>
  runWithContext(
    {
      correlationId: order.correlationId,
      principal: { subject: PIPELINE_ACTOR, scopes: [], actingFor: order.createdBy },
    },
    () =>
      inSpan(
        'pipeline order',
        { tracer: 'process-apis', parent: order.traceparent, attributes: { 'crossdock.order_id': order.id } },
        fn,
      ),
  );

/** Walks the order back through the pipeline's saga (see compensateOrder). */
export const compensateSaga = (deps: PipelineDeps, order: Order, range: CompensationRange): Promise<void> =>
  compensateOrder(pipelineContext(deps), order, range, sagaOf(deps));
