import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export interface TracingSettings {
  /** `service.name` of the spans this process (or tier thread) exports. */
  serviceName: string;
  /**
   * OTEL_EXPORTER_OTLP_ENDPOINT: the collector's base URL (`/v1/traces` is added). Without it spans
   * are still made, so trace ids reach logs, timelines and the calls onwards, but none leaves.
   */
  otlpEndpoint?: string;
}

export interface Tracing {
  /** Sends the spans still buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * Starts tracing for this process or worker thread. OpenTelemetry's API is process-wide by design
 * (every library finds the tracer there), so this is done once, by the composition root that
 * starts the services (the launcher); starting again replaces the earlier set-up.
 */
export function startTracing(settings: TracingSettings): Tracing {
  const spanProcessors: SpanProcessor[] = settings.otlpEndpoint
    ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: tracesUrl(settings.otlpEndpoint) }))]
    : [];
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    spanProcessors,
  });
  trace.disable();
  context.disable();
  propagation.disable();
  provider.register();
  return {
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
    },
  };
}

/** The OTLP/HTTP traces URL under a base endpoint, as the OpenTelemetry specification builds it. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}
