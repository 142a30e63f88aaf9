import { Gauge, Histogram } from 'prom-client';
import { LATENCY_BUCKETS_SECONDS, type ServiceMetrics } from './metrics-registry';

const BREAKER_STATES = ['closed', 'open', 'halfOpen'] as const;

/** What the HTTP client kit records about the upstreams a service calls. */
export interface UpstreamMetrics {
  /** One call, retries included: `outcome` is the final status, or `unavailable` when none came. */
  observeCall(upstream: string, method: string, outcome: string, seconds: number): void;
  /** Reports this upstream's breaker state at every scrape, until the returned function is called. */
  watchBreaker(upstream: string, state: () => string): () => void;
}

/** Upstream call latency and circuit breaker state, in `metrics`' registry. */
export function createUpstreamMetrics(metrics: ServiceMetrics): UpstreamMetrics {
  const calls = new Histogram({
    name: 'crossdock_upstream_request_duration_seconds',
    help: 'Calls to an upstream (a tier, the ERP, a subscriber) through the HTTP client kit, retries included, by outcome.',
    labelNames: ['upstream', 'method', 'outcome'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [metrics.registry],
  });
  const breakers = new Map<string, () => string>();
  new Gauge({
    name: 'crossdock_upstream_circuit_state',
    help: "1 for the state each upstream's circuit breaker is in (closed, open, halfOpen), 0 for the others.",
    labelNames: ['upstream', 'state'] as const,
    registers: [metrics.registry],
    collect() {
      this.reset();
      for (const [upstream, state] of breakers) {
        const now = state();
        for (const candidate of BREAKER_STATES) this.set({ upstream, state: candidate }, candidate === now ? 1 : 0);
      }
    },
  });
  return {
    observeCall: (upstream, method, outcome, seconds) => calls.observe({ upstream, method, outcome }, seconds),
    watchBreaker(upstream, state) {
      breakers.set(upstream, state);
      return () => {
        if (breakers.get(upstream) === state) breakers.delete(upstream);
      };
    },
  };
}
