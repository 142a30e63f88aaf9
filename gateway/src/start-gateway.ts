import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { listen, type RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import { createFileApiKeyStore } from './api-keys/api-key-file';
import { createFileUserStore } from './users/user-file';
import { systemClock, type Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { GatewayFile, UpstreamName } from './config/gateway-config';
import type { OpenApiDocument } from './docs/merge-openapi';
import { createGatewayApp } from './gateway-app';
import { answerClientErrors } from './http/client-errors';
import { gatewayServerLimits, limitConnectionsPerClient } from './http/client-limits';
import { createMemoryRateLimiter } from './rate-limit/memory-rate-limiter';
import type { RateLimiter } from './rate-limit/rate-limiter';
import { createPostgresRateLimiter, type SharedRateLimiter } from './rate-limit/postgres-rate-limiter';

const MERGED_OPENAPI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../openapi/crossdock.json');
const CONSOLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../console/dist');
const HEALTH_TIMEOUT_MS = 2000;

export interface GatewayStartOptions {
  config: GatewayFile;
  tokens: TokenSettings;
  /** Where the tiers are; defaults to gateway.yaml's upstreams. */
  upstreams?: Record<UpstreamName, string>;
  /** Overrides gateway.yaml's port (0 picks a free one). */
  port?: number;
  logger: Logger;
  /** The time rate-limit windows are counted in; tests move a test clock. */
  clock?: Clock;
  /** Where requests are counted; gateway.yaml's rateLimitStore by default (this process's memory when unset). */
  rateLimiter?: RateLimiter;
}

/** Starts the gateway in front of the tiers. */
export async function startGateway(options: GatewayStartOptions): Promise<RunningServer> {
  const upstreams = options.upstreams ?? options.config.upstreams;
  const healthClient = (name: UpstreamName) =>
    createUpstreamClient({
      name,
      baseUrl: upstreams[name],
      timeoutMs: HEALTH_TIMEOUT_MS,
      retry: { maxRetries: 0 },
      logger: options.logger,
    });
  const tierClients = {
    system: healthClient('system'),
    process: healthClient('process'),
    experience: healthClient('experience'),
  };
  const openApi = JSON.parse(await readFile(MERGED_OPENAPI, 'utf8')) as OpenApiDocument;
  const clock = options.clock ?? systemClock;
  const shared = options.rateLimiter ? undefined : await sharedRateLimiter(options.config);
  const app = createGatewayApp({
    config: options.config,
    tokens: options.tokens,
    upstreams,
    tierClients,
    openApi,
    apiKeys: createFileApiKeyStore(options.config.apiKeys.file, clock, options.logger),
    users: createFileUserStore(options.config.users.file, clock, options.logger),
    rateLimiter: options.rateLimiter ?? shared ?? createMemoryRateLimiter(),
    signInLimiter: createMemoryRateLimiter(),
    clock,
    logger: options.logger,
    metrics: createServiceMetrics('gateway'),
    consoleDir: CONSOLE_DIR,
  });
  const { limits } = options.config;
  const server = await listen(app, options.port ?? options.config.server.port, options.config.server.host, {
    limits: gatewayServerLimits(limits),
    configure: (httpServer) => {
      limitConnectionsPerClient(httpServer, limits.connectionsPerClient, options.logger);
      answerClientErrors(httpServer, limits.maxHeaderBytes);
    },
  }).catch(async (error: unknown) => {
    await shared?.close();
    throw error;
  });
  return {
    ...server,
    close: async () => {
      await server.close();
      for (const client of Object.values(tierClients)) client.shutdown();
      await shared?.close();
    },
  };
}

/** gateway.yaml's rateLimitStore: a database every replica counts in, or none (each process counts alone). */
async function sharedRateLimiter(config: GatewayFile): Promise<SharedRateLimiter | undefined> {
  const { databaseUrl } = config.rateLimitStore;
  return databaseUrl ? createPostgresRateLimiter(databaseUrl) : undefined;
}
