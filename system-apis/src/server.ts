import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTierApp } from '@crossdock/shared-contracts/platform/http/create-tier-app';
import { listen, type RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import type { SystemApiConfig } from './config';
import { openConfiguredErp } from './erp/select-erp';
import { RegisterRoutes } from './generated/routes';
import type { SystemServices } from './system-services';
import { listenForInventoryMoves, untoldInventoryMoves } from './inventory/inventory-moves';

export const SYSTEM_API_BASE_PATH = '/system/v1';

/** Starts system-apis on the configured ERP (the reference ERP by default), then serves `/system/v1`. */
export async function startSystemApi(config: SystemApiConfig, logger: Logger): Promise<RunningServer> {
  const metrics = createServiceMetrics('system-apis');
  const erp = await openConfiguredErp({
    metrics,
    erp: config.erp,
    faults: config.faults,
    databaseUrl: config.databaseUrl,
    seedDemoData: config.seedDemoData,
    logger,
  });
  // The reference ERP tells of each movement (a trigger NOTIFYs); another ERP tells nothing.
  const inventoryMoves =
    config.erp.adapter === 'reference' && config.databaseUrl
      ? await listenForInventoryMoves(config.databaseUrl, logger)
      : untoldInventoryMoves();
  const services: SystemServices = { erp, inventoryMoves };
  const app = createTierApp({
    logger,
    basePath: SYSTEM_API_BASE_PATH,
    tokens: config.tokens,
    scopes: [
      { prefix: SYSTEM_API_BASE_PATH, read: 'system:read', write: 'system:write' },
      // Pricing a basket writes nothing: a POST only because the basket is the body.
      { prefix: `${SYSTEM_API_BASE_PATH}/pricing/resolve`, read: 'system:read', write: 'system:read' },
    ],
    registerRoutes: RegisterRoutes,
    services,
    metrics,
    health: async () => {
      await erp.ping();
      return { erp: erp.name };
    },
  });
  const server = await listen(app, config.port, config.host);
  logger.info('system-apis listening', { url: server.url, erp: erp.name });
  return {
    ...server,
    close: async () => {
      // Waiting long-polls answer now: closing waits for every request in flight.
      await inventoryMoves.close();
      await server.close();
      await erp.close();
    },
  };
}
