import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTierApp } from '@crossdock/shared-contracts/platform/http/create-tier-app';
import { listen, type RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { serviceCredentials } from '@crossdock/shared-contracts/platform/auth/service-credentials';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import { createServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import { createUpstreamMetrics } from '@crossdock/shared-contracts/platform/observability/upstream-metrics';
import type { ExperienceApiConfig } from './config';
import type { ExperienceServices } from './experience-services';
import { RegisterRoutes } from './generated/routes';
import { loadPartnerFile } from './marketplace/partners/partner-file';
import { createProcessOrdersApi } from './upstreams/process-orders-api';
import { createProcessReturnsApi } from './upstreams/process-returns-api';
import { createSystemCatalogueApi } from './upstreams/system-catalogue-api';
import { createSystemCustomersApi } from './upstreams/system-customers-api';
import { createSystemFulfilmentApi } from './upstreams/system-fulfilment-api';

export const EXPERIENCE_API_BASE_PATH = '/experience';

/** Starts experience-apis; it keeps no state of its own, only clients for the tiers below. */
export async function startExperienceApi(config: ExperienceApiConfig, logger: Logger): Promise<RunningServer> {
  const partners = await loadPartnerFile(config.marketplacePartnersFile);
  const metrics = createServiceMetrics('experience-apis');
  const upstreamMetrics = createUpstreamMetrics(metrics);
  const processClient = createUpstreamClient({
    name: 'process-apis',
    baseUrl: config.processApiUrl,
    timeoutMs: config.upstreamTimeoutMs,
    breaker: { resetTimeoutMs: config.breakerResetMs },
    logger,
    metrics: upstreamMetrics,
    credentials: serviceCredentials(config.tokens, 'experience-apis', ['process:read', 'process:write']),
  });
  const systemClient = createUpstreamClient({
    name: 'system-apis',
    baseUrl: config.systemApiUrl,
    timeoutMs: config.upstreamTimeoutMs,
    breaker: { resetTimeoutMs: config.breakerResetMs },
    logger,
    metrics: upstreamMetrics,
    // Reads only: every write (orders, returns) goes through the process API and its rules.
    credentials: serviceCredentials(config.tokens, 'experience-apis', ['system:read']),
  });
  const services: ExperienceServices = {
    processOrders: createProcessOrdersApi(processClient),
    processReturns: createProcessReturnsApi(processClient),
    systemCustomers: createSystemCustomersApi(systemClient),
    systemCatalogue: createSystemCatalogueApi(systemClient),
    systemFulfilment: createSystemFulfilmentApi(systemClient),
    partners,
    today: () => new Date().toISOString().slice(0, 10),
  };
  const app = createTierApp({
    logger,
    basePath: EXPERIENCE_API_BASE_PATH,
    tokens: config.tokens,
    scopes: [
      { prefix: `${EXPERIENCE_API_BASE_PATH}/portal/v1`, read: 'portal:read', write: 'portal:write' },
      { prefix: `${EXPERIENCE_API_BASE_PATH}/mobile/v1`, read: 'mobile:read', write: 'mobile:write' },
      { prefix: `${EXPERIENCE_API_BASE_PATH}/marketplace/v1`, read: 'marketplace:read', write: 'marketplace:write' },
    ],
    registerRoutes: RegisterRoutes,
    services,
    metrics,
    health: async () => ({}),
    circuits: () => ({ 'process-apis': processClient.breakerState(), 'system-apis': systemClient.breakerState() }),
  });
  const server = await listen(app, config.port, config.host);
  logger.info('experience-apis listening', { url: server.url });
  return {
    ...server,
    close: async () => {
      await server.close();
      processClient.shutdown();
      systemClient.shutdown();
    },
  };
}
