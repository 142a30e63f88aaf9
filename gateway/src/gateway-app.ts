import express, { type Express, type RequestHandler } from 'express';
import swaggerUi from 'swagger-ui-express';
import type { TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import { problemHandler, unknownRouteHandler } from '@crossdock/shared-contracts/platform/http/problem-middleware';
import { requestContextMiddleware } from '@crossdock/shared-contracts/platform/http/request-context-middleware';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { ServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import type { ApiKeyStore } from './api-keys/api-key-store';
import type { UserStore } from './users/user-file';
import { signInService } from './users/sign-in';
import { authorizeRoute } from './auth/authorize-route';
import { consoleRouter } from './console/serve-console';
import { consumerCredentials } from './auth/consumer-credentials';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { GatewayFile, GatewayRoute, UpstreamName } from './config/gateway-config';
import type { OpenApiDocument } from './docs/merge-openapi';
import { tierHealthHandler } from './health/tier-health';
import { refuseHeaderFloods } from './http/client-limits';
import { corsMiddleware } from './http/cors';
import { securityHeaders } from './http/security-headers';
import { gatewayObservability } from './metrics/gateway-observability';
import { metricsRoutes } from './metrics/metrics-routes';
import { forwardToTier } from './proxy/forward-to-tier';
import type { RateLimiter } from './rate-limit/rate-limiter';
import { rateLimitMiddleware } from './rate-limit/rate-limit-middleware';

export interface GatewayAppOptions {
  config: GatewayFile;
  tokens: TokenSettings;
  /** Where each tier is; in the embedded default, the in-process tiers' addresses. */
  upstreams: Record<UpstreamName, string>;
  /** Clients for the tiers' health checks. */
  tierClients: Record<UpstreamName, UpstreamClient>;
  openApi: OpenApiDocument;
  apiKeys: ApiKeyStore;
  /** The console's users, who sign in with a name and password. */
  users: UserStore;
  rateLimiter: RateLimiter;
  /** Counts sign-in attempts (kept apart from the consumers' allowances). */
  signInLimiter: RateLimiter;
  clock: Clock;
  logger: Logger;
  /** The gateway's Prometheus registry, read at the protected /metrics. */
  metrics: ServiceMetrics;
  /** The operations console as built (gateway/console/dist), served at /console. */
  consoleDir: string;
}

/**
 * The gateway: security headers and correlation ids, the public docs and health, then CORS,
 * credentials and scopes, rate limits and body limits per gateway.yaml, and on to the tier.
 */
export function createGatewayApp(options: GatewayAppOptions): Express {
  const { config } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  app.use(requestContextMiddleware(options.logger));
  app.use(refuseHeaderFloods(config.limits.maxHeadersCount));
  app.use(gatewayObservability(options.metrics));
  app.use(
    metricsRoutes({
      metrics: options.metrics,
      access: config.metrics,
      tokens: options.tokens,
      tierClients: options.tierClients,
    }),
  );
  // The only routes anyone may call without credentials.
  app.get('/health', tierHealthHandler(options.tierClients));
  app.get('/openapi.json', (_request, response) => void response.json(options.openApi));
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(options.openApi, { customSiteTitle: 'Crossdock API' }));
  // The console's page and files are public; everything it shows comes from the APIs, with the user's token.
  const signIn = signInService({
    users: options.users,
    tokens: options.tokens,
    sessionSeconds: config.users.sessionSeconds,
    limiter: options.signInLimiter,
    clock: options.clock,
  });
  app.use('/console', consoleRouter({ distDir: options.consoleDir, tokens: options.tokens, signIn }));
  app.use(corsMiddleware(config.routes));
  app.use(
    authorizeRoute(
      config.routes,
      consumerCredentials({ consumers: config.consumers, tokens: options.tokens, apiKeys: options.apiKeys }),
    ),
  );
  app.use(rateLimitMiddleware(config, options.rateLimiter, options.clock));
  app.use(bodyWithinRouteLimit(config));
  app.use(
    forwardToTier({ upstreams: options.upstreams, timeoutMs: config.limits.upstreamTimeoutMs, logger: options.logger }),
  );
  app.use(unknownRouteHandler);
  app.use(problemHandler(options.logger));
  return app;
}

/** Reads the body up to the route's limit (or the gateway's), refusing a larger one with 413. */
function bodyWithinRouteLimit(config: GatewayFile): RequestHandler {
  const parsers = new Map<number, RequestHandler>();
  const parserFor = (limit: number) => {
    let parser = parsers.get(limit);
    if (!parser) parsers.set(limit, (parser = express.raw({ type: () => true, limit })));
    return parser;
  };
  return (request, response, next) => {
    const route = response.locals.route as GatewayRoute;
    parserFor(route.maxBodyBytes ?? config.limits.maxBodyBytes)(request, response, next);
  };
}
