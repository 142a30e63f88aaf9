import type { RequestHandler } from 'express';
import {
  httpMetricsMiddleware,
  matchedRoutePattern,
} from '@crossdock/shared-contracts/platform/observability/http-metrics-middleware';
import type { ServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import { traceMiddleware } from '@crossdock/shared-contracts/platform/observability/trace-middleware';
import type { GatewayRoute } from '../config/gateway-config';

// A relayed request matches no express route of the gateway: its gateway.yaml route prefix is
// its label (a bounded set), never its path.
const gatewayRouteOf = (
  request: Parameters<typeof matchedRoutePattern>[0],
  response: Parameters<typeof matchedRoutePattern>[1],
) => matchedRoutePattern(request, response) ?? (response.locals.route as GatewayRoute | undefined)?.prefix;

/**
 * The gateway's span per request (the trace starts here, or continues the caller's `traceparent`,
 * and goes on to the tier in the same header) and its request counts and latencies.
 */
export function gatewayObservability(metrics: ServiceMetrics): RequestHandler[] {
  return [traceMiddleware('gateway', gatewayRouteOf), httpMetricsMiddleware(metrics, gatewayRouteOf)];
}
