import { inSpan } from '@crossdock/shared-contracts/platform/observability/trace-context';
import type { StepId } from './step';

/** Where the pipeline's step durations go (the process tier's `/metrics`). */
export interface PipelineMetrics {
  /** One run of one step for a batch of orders, in seconds. */
  stepRan(step: StepId, seconds: number): void;
}

/**
 * Runs one step for a batch in a span and times it. The span continues the orders' trace when
 * they all share one (an order on its own, or the orders of one document): the ERP calls the step
 * makes then belong to the trace the gateway started. A batch from several traces gets a span of
 * its own, linked to each of them.
 */
export async function observedStep<T>(
  step: StepId,
  traceparents: readonly (string | null)[],
  metrics: PipelineMetrics | undefined,
  work: () => Promise<T>,
): Promise<T> {
  const traces = [...new Set(traceparents.filter((traceparent): traceparent is string => Boolean(traceparent)))];
  const startedAt = performance.now();
  try {
    return await inSpan(
      `pipeline ${step}`,
      {
        tracer: 'process-apis',
        parent: traces.length === 1 ? traces[0] : undefined,
        links: traces.length > 1 ? traces : [],
        attributes: { 'crossdock.step': step, 'crossdock.orders': traceparents.length },
      },
      work,
    );
  } finally {
    metrics?.stepRan(step, (performance.now() - startedAt) / 1000);
  }
}
