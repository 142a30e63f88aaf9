import type { Logger } from '@crossdock/shared-contracts/logging/logger';
import { createTierApp } from '@crossdock/shared-contracts/http/create-tier-app';
import { listen, type RunningServer } from '@crossdock/shared-contracts/http/listen';
import type { SystemApiConfig } from './config';
import { openErpDatabase } from './database';
import { createReferenceErp } from './erp/reference/reference-erp';
import { RegisterRoutes } from './generated/routes';
import { seedDemoData } from './seed/seed-demo-data';
import type { SystemServices } from './system-services';

export const SYSTEM_API_BASE_PATH = '/system/v1';

/** Starts system-apis on the reference ERP: migrates and (when empty) seeds it, then serves `/system/v1`. */
export async function startSystemApi(config: SystemApiConfig, logger: Logger): Promise<RunningServer> {
  const db = await openErpDatabase(config.databaseUrl);
  if (config.seedDemoData && (await seedDemoData(db))) logger.info('reference ERP seeded with demo data');
  const erp = createReferenceErp(db);
  const services: SystemServices = { erp };
  const app = createTierApp({
    logger,
    basePath: SYSTEM_API_BASE_PATH,
    tokens: config.tokens,
    registerRoutes: RegisterRoutes,
    services,
    health: async () => {
      await erp.ping();
      return { erp: erp.name };
    },
  });
  const server = await listen(app, config.port, config.host);
  logger.info('system-apis listening', { url: server.url });
  return {
    ...server,
    close: async () => {
      await server.close();
      await db.$disconnect();
    },
  };
}
