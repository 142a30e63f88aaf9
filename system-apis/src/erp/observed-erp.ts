import { SpanKind } from '@opentelemetry/api';
import { Histogram } from 'prom-client';
import {
  LATENCY_BUCKETS_SECONDS,
  type ServiceMetrics,
} from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import { inSpan } from '@crossdock/shared-contracts/platform/observability/trace-context';
import { PORTS } from './fault-injection';
import type { ErpAdapter } from './ports/erp-adapter';

/**
 * Wraps an adapter so every ERP call is a client span in the caller's trace (an order's trace
 * reaches the ERP) and is timed in `crossdock_erp_call_duration_seconds`, by operation
 * (`salesOrders.createMany`) and outcome. Change feeds stream for as long as a reader reads, so they
 * are passed through untimed.
 */
export function withObservedErp(adapter: ErpAdapter, metrics: ServiceMetrics): ErpAdapter {
  const calls = new Histogram({
    name: 'crossdock_erp_call_duration_seconds',
    help: 'Calls from system-apis to the ERP adapter, by operation and outcome (ok, error).',
    labelNames: ['erp', 'operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [metrics.registry],
  });
  const observe = async <T>(operation: string, call: () => Promise<T>): Promise<T> => {
    const stopTimer = calls.startTimer({ erp: adapter.name, operation });
    let outcome = 'error';
    try {
      const result = await inSpan(
        `erp ${operation}`,
        { tracer: 'system-apis', kind: SpanKind.CLIENT, attributes: { 'crossdock.erp': adapter.name } },
        call,
      );
      outcome = 'ok';
      return result;
    } finally {
      stopTimer({ outcome });
    }
  };
  const wrapped: Record<string, unknown> = {
    name: adapter.name,
    close: () => adapter.close(),
    ping: () => observe('ping', () => adapter.ping()),
  };
  for (const portName of PORTS) {
    const port = (adapter[portName] ?? {}) as unknown as Record<string, unknown>;
    const observedPort: Record<string, unknown> = {};
    for (const [method, fn] of Object.entries(port)) {
      if (typeof fn !== 'function') continue;
      observedPort[method] =
        method === 'streamChanged'
          ? (...args: unknown[]) => fn.apply(port, args) as unknown
          : (...args: unknown[]) => observe(`${portName}.${method}`, () => fn.apply(port, args) as Promise<unknown>);
    }
    wrapped[portName] = observedPort;
  }
  return wrapped as unknown as ErpAdapter;
}
