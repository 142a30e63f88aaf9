import express, { type Express, type RequestHandler, type Router } from 'express';
import type { TokenSettings } from '../auth/tokens';
import type { Logger } from '../logging/logger';
import { authenticateMiddleware } from './authenticate-middleware';
import { problemHandler, unknownRouteHandler } from './problem-middleware';
import { requireScopeMiddleware, type ScopeRule } from './require-scope-middleware';
import { requestContextMiddleware } from './request-context-middleware';

export interface TierAppOptions {
  logger: Logger;
  /** The tier's path prefix, e.g. `/system/v1`; everything under it needs a verified token. */
  basePath: string;
  tokens: TokenSettings;
  /** The scopes each path under `basePath` needs (full paths, e.g. `/system/v1`). */
  scopes: ScopeRule[];
  /** tsoa's generated `RegisterRoutes`. */
  registerRoutes: (router: Router) => void;
  /** Answers whether the tier can do its work (its database answers). */
  health: () => Promise<Record<string, unknown>>;
  /** What tsoa's controllers get through the IoC module (see each tier's ioc.ts). */
  services: unknown;
  bodyLimitBytes?: number;
}

/** The express app every tier runs: the same context, logging, auth and problem handling. */
export function createTierApp(options: TierAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.locals.services = options.services;
  app.use(requestContextMiddleware(options.logger));
  app.get('/health', healthHandler(options.health));
  app.use(options.basePath, authenticateMiddleware(options.tokens));
  app.use(requireScopeMiddleware(options.basePath, options.scopes));
  app.use(options.basePath, express.json({ limit: options.bodyLimitBytes ?? 1_048_576, type: ['application/json', 'application/*+json'] }));
  const router = express.Router();
  options.registerRoutes(router);
  app.use(router);
  app.use(unknownRouteHandler);
  app.use(problemHandler(options.logger));
  return app;
}

function healthHandler(health: () => Promise<Record<string, unknown>>): RequestHandler {
  return async (_request, response) => {
    try {
      response.json({ status: 'up', ...(await health()) });
    } catch {
      response.status(503).json({ status: 'down' });
    }
  };
}
