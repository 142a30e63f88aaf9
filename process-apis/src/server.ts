import type { Logger } from '@crossdock/shared-contracts/logging/logger';
import { createTierApp } from '@crossdock/shared-contracts/http/create-tier-app';
import { listen, type RunningServer } from '@crossdock/shared-contracts/http/listen';
import { serviceCredentials } from '@crossdock/shared-contracts/auth/service-credentials';
import { createUpstreamClient } from '@crossdock/shared-contracts/http-client/upstream-client';
import type { ProcessApiConfig } from './config';
import { openProcessDatabase } from './database';
import { RegisterRoutes } from './generated/routes';
import type { OrderPipelineDeps } from './orders/process-order';
import { createHttpSystemApi } from './system-api/system-api';

export const PROCESS_API_BASE_PATH = '/process/v1';

/** Starts process-apis: migrates its database, then serves `/process/v1`. */
export async function startProcessApi(config: ProcessApiConfig, logger: Logger): Promise<RunningServer> {
  const db = await openProcessDatabase(config.databaseUrl);
  const systemClient = createUpstreamClient({
    name: 'system-apis',
    baseUrl: config.systemApiUrl,
    timeoutMs: config.systemApiTimeoutMs,
    logger,
    credentials: serviceCredentials(config.tokens, 'process-apis', ['system:read', 'system:write']),
  });
  const services: OrderPipelineDeps = { db, systemApi: createHttpSystemApi(systemClient), logger };
  const app = createTierApp({
    logger,
    basePath: PROCESS_API_BASE_PATH,
    tokens: config.tokens,
    scopes: [{ prefix: PROCESS_API_BASE_PATH, read: 'process:read', write: 'process:write' }],
    registerRoutes: RegisterRoutes,
    services,
    health: async () => {
      await db.$queryRaw`select 1`;
      return { database: 'up' };
    },
  });
  const server = await listen(app, config.port, config.host);
  logger.info('process-apis listening', { url: server.url });
  return {
    ...server,
    close: async () => {
      await server.close();
      systemClient.shutdown();
      await db.$disconnect();
    },
  };
}
