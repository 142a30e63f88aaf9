import {
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

// W3C trace context (`traceparent`, `tracestate`) is the one format spoken between tiers, in the
// outbox and to the ERP; a propagator of our own keeps it so whatever else is registered globally.
const w3c = new W3CTraceContextPropagator();

export const TRACEPARENT_HEADER = 'traceparent';

/** The trace of the current request or job, as a 32-hex id; undefined outside any trace. */
export function currentTraceId(): string | undefined {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

/** The current span as a `traceparent` value, to store beside what continues later (an order, an event). */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  w3c.inject(context.active(), carrier, defaultTextMapSetter);
  return carrier[TRACEPARENT_HEADER];
}

/** The trace id inside a stored `traceparent`, or undefined for none or a malformed one. */
export function traceIdOf(traceparent: string | null | undefined): string | undefined {
  if (!traceparent) return undefined;
  const spanContext = trace.getSpanContext(contextFrom(traceparent));
  return spanContext ? spanContext.traceId : undefined;
}

/** Adds `traceparent` (and `tracestate`) for the current span to outgoing headers. */
export function injectTraceHeaders(headers: Record<string, string>): void {
  w3c.inject(context.active(), headers, defaultTextMapSetter);
}

/** The context a caller's headers (or a stored `traceparent`) continue; the root context when they carry none. */
export function contextFromHeaders(headers: Record<string, string | string[] | undefined>): Context {
  return w3c.extract(ROOT_CONTEXT, headers, defaultTextMapGetter);
}

function contextFrom(traceparent: string): Context {
  return contextFromHeaders({ [TRACEPARENT_HEADER]: traceparent });
}

export interface SpanOptions {
  /** The tracer (instrumentation scope): the service doing the work, e.g. `process-apis`. */
  tracer: string;
  kind?: SpanKind;
  attributes?: Attributes;
  /** Continue this stored trace instead of the current one (a job picking up its order's trace). */
  parent?: string | null;
  /** Traces this work also belongs to (a batch of orders from several requests). */
  links?: readonly (string | null | undefined)[];
}

/** Runs `work` in a span named `name`: the span is current inside it, ends with it, and records its error. */
export async function inSpan<T>(name: string, options: SpanOptions, work: () => Promise<T>): Promise<T> {
  const parent = options.parent ? contextFrom(options.parent) : context.active();
  const links: Link[] = (options.links ?? []).flatMap((traceparent) => {
    const linked = traceparent ? trace.getSpanContext(contextFrom(traceparent)) : undefined;
    return linked ? [{ context: linked }] : [];
  });
  const span = trace
    .getTracer(options.tracer)
    .startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes, links }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}
