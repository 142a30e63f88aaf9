import { Router, type RequestHandler } from 'express';
import { bearerTokenFrom, verifyToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { ForbiddenError, UnauthenticatedError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import { metricsHandler } from '@crossdock/shared-contracts/platform/observability/metrics-handler';
import type { ServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import type { GatewayFile, UpstreamName } from '../config/gateway-config';

export interface MetricsRoutesOptions {
  metrics: ServiceMetrics;
  access: GatewayFile['metrics'];
  tokens: TokenSettings;
  /** The tiers' clients: `/metrics/<tier>` relays the tier's own `/metrics`. */
  tierClients: Record<UpstreamName, UpstreamClient>;
}

/**
 * `/metrics` (the gateway's figures) and `/metrics/{system,process,experience}` (each tier's, so
 * one Prometheus reaches the tiers of the embedded default, which listen on private ports). What
 * the metrics tell (traffic, backlogs by reason) is for operators: a caller at an allowed address
 * (the Prometheus server) or with a platform token carrying the metrics scope.
 */
export function metricsRoutes(options: MetricsRoutesOptions): Router {
  const router = Router();
  const allowed = metricsAccess(options.access, options.tokens);
  router.get('/metrics', allowed, metricsHandler(options.metrics.registry));
  router.get('/metrics/:tier(system|process|experience)', allowed, (request, response, next) => {
    const client = options.tierClients[request.params.tier as UpstreamName];
    client
      .get<Buffer>('/metrics', { responseType: 'bytes' })
      .then((answer) => {
        response.setHeader('Content-Type', answer.headers['content-type'] ?? 'text/plain; version=0.0.4');
        response.send(answer.data);
      })
      .catch(next);
  });
  return router;
}

function metricsAccess(access: GatewayFile['metrics'], tokens: TokenSettings): RequestHandler {
  const addresses = new Set(access.allowFrom.map(plainAddress));
  return (request, _response, next) => {
    if (request.ip && addresses.has(plainAddress(request.ip))) return next();
    const token = bearerTokenFrom(request.headers.authorization);
    if (!token)
      return next(new UnauthenticatedError(`Reading metrics needs a token with the scope "${access.scope}".`));
    try {
      const principal = verifyToken(tokens, token);
      if (!principal.scopes.includes(access.scope))
        return next(new ForbiddenError(`This token lacks the scope "${access.scope}" that reading metrics requires.`));
      next();
    } catch (error) {
      next(error);
    }
  };
}

// An IPv4 caller on a dual-stack socket shows as ::ffff:10.0.0.5; the list names it 10.0.0.5.
function plainAddress(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
