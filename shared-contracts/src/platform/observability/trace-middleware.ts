import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { currentCorrelationId } from '../context/request-context';
import { matchedRoutePattern, type RouteOf } from './http-metrics-middleware';
import { contextFromHeaders } from './trace-context';

/**
 * A server span per request, continuing the caller's W3C `traceparent` when it sends one (a new
 * trace otherwise), current for everything the request does: log lines, timeline entries and the
 * calls it makes onwards carry its trace. Named by the matched route pattern, never the raw URL.
 */
export function traceMiddleware(service: string, routeOf: RouteOf = matchedRoutePattern): RequestHandler {
  const tracer = trace.getTracer(service);
  return (request, response, next) => {
    const parent = contextFromHeaders(request.headers);
    const span = tracer.startSpan(
      request.method,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'crossdock.service': service } },
      parent,
    );
    response.on('finish', () => {
      const route = routeOf(request, response);
      if (route) {
        span.updateName(`${request.method} ${route}`);
        span.setAttribute('http.route', route);
      }
      span.setAttribute('http.response.status_code', response.statusCode);
      const correlationId = currentCorrelationId() ?? response.getHeader('x-correlation-id');
      if (typeof correlationId === 'string') span.setAttribute('crossdock.correlation_id', correlationId);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
