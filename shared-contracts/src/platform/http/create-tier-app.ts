import express, { type Express, type RequestHandler, type Router } from 'express';
import type { TokenSettings } from '../auth/tokens';
import type { BreakerState } from '../http-client/circuit-breaker';
import type { Logger } from '../logging/logger';
import { httpMetricsMiddleware } from '../observability/http-metrics-middleware';
import { metricsHandler } from '../observability/metrics-handler';
import type { ServiceMetrics } from '../observability/metrics-registry';
import { traceMiddleware } from '../observability/trace-middleware';
import { authenticateMiddleware } from './authenticate-middleware';
import { problemHandler, unknownRouteHandler } from './problem-middleware';
import { requireScopeMiddleware, type ScopeRule } from './require-scope-middleware';
import { requestContextMiddleware } from './request-context-middleware';
import { refuseLoneSurrogates } from './json-body';

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
  /**
   * The state of the circuit to each upstream the tier calls, by upstream name. While one is not
   * closed, `/health` answers `degraded` and names it: the tier works, but not what needs that upstream.
   */
  circuits?: () => Record<string, BreakerState>;
  /** What tsoa's controllers get through the IoC module (see each tier's ioc.ts). */
  services: unknown;
  bodyLimitBytes?: number;
  /**
   * Paths (full, e.g. `/process/v1/inbound/shopify`) whose callers prove who they are with a
   * signature over the raw body (webhooks), not with a token. The route checks the signature
   * itself, so the token and scope checks are skipped there and the body is left as raw bytes.
   */
  signedPaths?: string[];
  /**
   * Paths (full) whose bodies are documents kept byte for byte (an X12 interchange): read as raw
   * bytes whatever their content type. Unlike `signedPaths`, the token and scope checks apply.
   */
  rawBodyPaths?: string[];
  /**
   * The tier's Prometheus registry, answered at `/metrics` (without a token, like `/health`: a tier
   * listens on a private address; the gateway's `/metrics/<tier>` is the protected way in).
   */
  metrics: ServiceMetrics;
}

/** The express app every tier runs: the same context, logging, auth and problem handling. */
export function createTierApp(options: TierAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.locals.services = options.services;
  app.use(requestContextMiddleware(options.logger));
  app.use(traceMiddleware(options.metrics.service));
  app.use(httpMetricsMiddleware(options.metrics));
  app.get('/health', healthHandler(options.health, options.circuits ?? (() => ({}))));
  app.get('/metrics', metricsHandler(options.metrics.registry));
  const limit = options.bodyLimitBytes ?? 1_048_576;
  const signedPaths = options.signedPaths ?? [];
  // The raw bytes are what a signature is made over; express.json further on leaves a read body alone.
  for (const path of [...signedPaths, ...(options.rawBodyPaths ?? [])])
    app.use(path, express.raw({ type: () => true, limit }));
  app.use(options.basePath, unlessSigned(signedPaths, authenticateMiddleware(options.tokens)));
  app.use(unlessSigned(signedPaths, requireScopeMiddleware(options.basePath, options.scopes)));
  app.use(
    options.basePath,
    express.json({ limit, type: ['application/json', 'application/*+json'], reviver: refuseLoneSurrogates }),
  );
  const router = express.Router();
  options.registerRoutes(router);
  app.use(router);
  app.use(unknownRouteHandler);
  app.use(problemHandler(options.logger));
  return app;
}

/** Runs `middleware` except for requests under one of `signedPaths` (in any letter case, as express routes match). */
function unlessSigned(signedPaths: string[], middleware: RequestHandler): RequestHandler {
  const prefixes = signedPaths.map((path) => path.toLowerCase());
  return (request, response, next) => {
    const path = new URL(request.originalUrl, 'http://tier').pathname.toLowerCase();
    if (prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return next();
    middleware(request, response, next);
  };
}

function healthHandler(
  health: () => Promise<Record<string, unknown>>,
  circuits: () => Record<string, BreakerState>,
): RequestHandler {
  return async (_request, response) => {
    let own: Record<string, unknown>;
    try {
      own = await health();
    } catch {
      response.status(503).json({ status: 'down' });
      return;
    }
    const states = circuits();
    // Half-open counts as open: the last call failed and none has succeeded since.
    const openCircuits = Object.keys(states).filter((upstream) => states[upstream] !== 'closed');
    response.json({
      status: openCircuits.length ? 'degraded' : 'up',
      ...own,
      ...(Object.keys(states).length ? { circuits: states, openCircuits } : {}),
    });
  };
}
