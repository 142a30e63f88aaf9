import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { ServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import { watchSqlPool } from '@crossdock/shared-contracts/platform/observability/pool-metrics';
import type { ErpSettings } from '../config';
import { openErpDatabase } from '../database';
import { seedDemoData } from '../seed/seed-demo-data';
import { withFaults } from './fault-injection';
import { withObservedErp } from './observed-erp';
import { createOdooErp } from './odoo/odoo-erp';
import type { ErpAdapter } from './ports/erp-adapter';
import { withDatabaseUnreachableAsUnavailable } from './reference/database-unreachable';
import { createReferenceErp } from './reference/reference-erp';

export interface ErpStartOptions extends ErpSettings {
  databaseUrl?: string;
  seedDemoData: boolean;
  logger: Logger;
  /** Where the ERP's call latency and (for the reference ERP) its connection pool are reported. */
  metrics: ServiceMetrics;
}

/** The ERP the configuration names, with any configured faults in front of it, every call traced and timed. */
export async function openConfiguredErp(options: ErpStartOptions): Promise<ErpAdapter> {
  return withObservedErp(withFaults(await openErp(options), options.faults), options.metrics);
}

async function openErp(options: ErpStartOptions): Promise<ErpAdapter> {
  if (options.erp.adapter === 'odoo') {
    const { baseUrl, database, apiKey, timeoutMs, breakerResetMs } = options.erp;
    options.logger.info('system-apis wraps Odoo', { baseUrl, database });
    return createOdooErp({ baseUrl, database, apiKey, timeoutMs, breakerResetMs, logger: options.logger });
  }
  if (!options.databaseUrl) throw new Error('The reference ERP needs a database URL.');
  if (options.seedDemoData) await seedOnClientOfItsOwn(options.databaseUrl, options.logger);
  const db = await openErpDatabase(options.databaseUrl);
  watchSqlPool(options.metrics, db.sql, 'erp');
  return withDatabaseUnreachableAsUnavailable(createReferenceErp(db));
}

/**
 * Seeding's bulk inserts are query plans of thousands of parameters each, which Prisma's plan cache would keep
 * for the client's life (about 40 MiB at rest, measured in docs/performance.md): they are made on a client of
 * their own, ended once the demo data is in.
 */
async function seedOnClientOfItsOwn(databaseUrl: string, logger: Logger): Promise<void> {
  const seeding = await openErpDatabase(databaseUrl);
  try {
    if (await seedDemoData(seeding)) logger.info('reference ERP seeded with demo data');
  } finally {
    await seeding.$disconnect();
  }
}
