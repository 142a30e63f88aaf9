import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * One Prometheus registry per service (a tier or the gateway), never prom-client's global one: in
 * the embedded default several services share a process, and each must answer `/metrics` with its
 * own figures. Every series carries `service`, so a dashboard tells the tiers apart even when one
 * Prometheus job scrapes them all through the gateway.
 */
export interface ServiceMetrics {
  readonly service: string;
  readonly registry: Registry;
  /** Requests answered, by method, matched route pattern and status. */
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
}

// From a quick health check to a slow ERP batch: the pipeline's submit of 128 orders takes seconds.
export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const EVENT_LOOP_SAMPLE_MS = 100;

/** A registry for `service` with the process's own figures (memory, CPU, event loop) and the HTTP server's. */
export function createServiceMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  // The event loop's delay is sampled by a timer: prom-client's 10 ms woke every tier 100 times a
  // second at rest; 100 ms still shows a stalled loop (docs/performance.md, "At rest").
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
  const httpRequests = new Counter({
    name: 'crossdock_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'crossdock_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  return { service, registry, httpRequests, httpDuration };
}
