import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { ErpSettings } from '../config';
import { openErpDatabase } from '../database';
import { seedDemoData } from '../seed/seed-demo-data';
import { withFaults } from './fault-injection';
import { createOdooErp } from './odoo/odoo-erp';
import type { ErpAdapter } from './ports/erp-adapter';
import { createReferenceErp } from './reference/reference-erp';

export interface ErpStartOptions extends ErpSettings {
  databaseUrl?: string;
  seedDemoData: boolean;
  logger: Logger;
}

/** The ERP the configuration names, with any configured faults in front of it. */
export async function openConfiguredErp(options: ErpStartOptions): Promise<ErpAdapter> {
  return withFaults(await openErp(options), options.faults);
}

async function openErp(options: ErpStartOptions): Promise<ErpAdapter> {
  if (options.erp.adapter === 'odoo') {
    const { baseUrl, database, apiKey, timeoutMs } = options.erp;
    options.logger.info('system-apis wraps Odoo', { baseUrl, database });
    return createOdooErp({ baseUrl, database, apiKey, timeoutMs, logger: options.logger });
  }
  if (!options.databaseUrl) throw new Error('The reference ERP needs a database URL.');
  const db = await openErpDatabase(options.databaseUrl);
  if (options.seedDemoData && (await seedDemoData(db))) options.logger.info('reference ERP seeded with demo data');
  return createReferenceErp(db);
}
