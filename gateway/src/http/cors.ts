import type { RequestHandler } from 'express';
import { ForbiddenError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { GatewayRoute } from '../config/gateway-config';
import { matchRoute } from '../proxy/match-route';

const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match, Prefer, X-Correlation-Id';
// What a browser app may read from an answer besides the basic headers.
const EXPOSED_HEADERS =
  'ETag, Location, Idempotent-Replayed, RateLimit, RateLimit-Policy, Retry-After, X-Correlation-Id';

/**
 * CORS for the routes gateway.yaml opens to browsers (the portal's origins). A preflight is answered
 * here, before authentication, because browsers send it without credentials; an origin the route
 * does not list gets no CORS headers, so the browser keeps the answer from the page.
 */
export function corsMiddleware(routes: GatewayRoute[]): RequestHandler {
  return (request, response, next) => {
    const origin = request.headers.origin;
    const route = origin ? matchRoute(routes, request.path) : undefined;
    const allowed = Boolean(origin && route?.cors?.origins.includes(origin));
    const preflight =
      request.method === 'OPTIONS' &&
      origin !== undefined &&
      request.headers['access-control-request-method'] !== undefined;
    if (allowed) {
      response.setHeader('Access-Control-Allow-Origin', origin!);
      response.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    if (origin) response.vary('Origin');
    if (!preflight) return next();
    if (!allowed) return next(new ForbiddenError(`The origin ${origin} may not call ${request.path} from a browser.`));
    response.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    response.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    response.setHeader('Access-Control-Max-Age', String(route!.cors!.maxAgeSeconds));
    response.status(204).end();
  };
}
