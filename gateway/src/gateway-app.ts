import express, { type Express, type RequestHandler } from 'express';
import swaggerUi from 'swagger-ui-express';
import type { TokenSettings } from '@crossdock/shared-contracts/auth/tokens';
import type { UpstreamClient } from '@crossdock/shared-contracts/http-client/upstream-client';
import { problemHandler, unknownRouteHandler } from '@crossdock/shared-contracts/http/problem-middleware';
import { requestContextMiddleware } from '@crossdock/shared-contracts/http/request-context-middleware';
import type { Logger } from '@crossdock/shared-contracts/logging/logger';
import { authorizeRoute } from './auth/authorize-route';
import type { GatewayFile, UpstreamName } from './config/gateway-config';
import type { OpenApiDocument } from './docs/merge-openapi';
import { tierHealthHandler } from './health/tier-health';
import { forwardToTier } from './proxy/forward-to-tier';

export interface GatewayAppOptions {
  config: GatewayFile;
  tokens: TokenSettings;
  /** Where each tier is; in the embedded default, the in-process tiers' addresses. */
  upstreams: Record<UpstreamName, string>;
  /** Clients for the tiers' health checks. */
  tierClients: Record<UpstreamName, UpstreamClient>;
  openApi: OpenApiDocument;
  logger: Logger;
}

/** The gateway: correlation ids, docs, health, then authorise and forward by gateway.yaml's routes. */
export function createGatewayApp(options: GatewayAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  app.use(requestContextMiddleware(options.logger));
  app.get('/health', tierHealthHandler(options.tierClients));
  app.get('/openapi.json', (_request, response) => void response.json(options.openApi));
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(options.openApi, { customSiteTitle: 'Crossdock API' }));
  app.use(authorizeRoute(options.config.routes, options.tokens));
  app.use(express.raw({ type: () => true, limit: options.config.limits.maxBodyBytes }));
  app.use(forwardToTier({ upstreams: options.upstreams, timeoutMs: options.config.limits.upstreamTimeoutMs, logger: options.logger }));
  app.use(unknownRouteHandler);
  app.use(problemHandler(options.logger));
  return app;
}

const securityHeaders: RequestHandler = (request, response, next) => {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  // Swagger UI needs its own scripts and styles; every other answer is data, never a page.
  if (!request.path.startsWith('/docs')) {
    response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    response.setHeader('X-Frame-Options', 'DENY');
  }
  next();
};
