import type { Request, RequestHandler, Response } from 'express';
import type { ServiceMetrics } from './metrics-registry';

/**
 * The route label of a request: the pattern express matched (`/process/v1/orders/:orderId`), never
 * the URL itself, so the number of series stays bounded whatever callers send. A request no route
 * took (a 404, a refusal before routing) is `unmatched`.
 */
export type RouteOf = (request: Request, response: Response) => string | undefined;

export const matchedRoutePattern: RouteOf = (request) => {
  const route = (request as Request & { route?: { path?: unknown } }).route;
  return typeof route?.path === 'string' ? `${request.baseUrl}${route.path}` : undefined;
};

/** Counts and times every request once it is answered. */
export function httpMetricsMiddleware(metrics: ServiceMetrics, routeOf: RouteOf = matchedRoutePattern): RequestHandler {
  return (request, response, next) => {
    const stopTimer = metrics.httpDuration.startTimer();
    response.on('finish', () => {
      const labels = {
        method: request.method,
        route: routeOf(request, response) ?? 'unmatched',
        status: String(response.statusCode),
      };
      metrics.httpRequests.inc(labels);
      stopTimer(labels);
    });
    next();
  };
}
