import { z } from 'zod';
import type { TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import {
  breakerSettingsSchema,
  ConfigurationError,
  parseEnvironment,
  tokenSettingsFrom,
  tokenSettingsSchema,
  type Environment,
} from '@crossdock/shared-contracts/platform/config/env';
import type { ErpFaults } from './erp/fault-injection';

/** Which ERP system-apis wraps. */
export type ErpSelection =
  | { adapter: 'reference' }
  | { adapter: 'odoo'; baseUrl: string; database: string; apiKey: string; timeoutMs: number; breakerResetMs?: number };

export interface ErpSettings {
  erp: ErpSelection;
  faults: ErpFaults;
}

export interface SystemApiConfig extends ErpSettings {
  host: string;
  /** 0 picks a free port (the embedded default does this for every tier). */
  port: number;
  /** The reference ERP's database; not needed when another ERP is selected. */
  databaseUrl?: string;
  tokens: TokenSettings;
  /** Seed the reference ERP with demo data when it is empty. */
  seedDemoData: boolean;
}

const erpSchema = breakerSettingsSchema.extend({
  CROSSDOCK_ERP_ADAPTER: z.enum(['reference', 'odoo']).default('reference'),
  CROSSDOCK_ODOO_URL: z.string().url('must be the Odoo server URL, e.g. https://erp.example.com').optional(),
  CROSSDOCK_ODOO_DATABASE: z.string().min(1).optional(),
  CROSSDOCK_ODOO_API_KEY: z.string().min(1).optional(),
  CROSSDOCK_ODOO_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  CROSSDOCK_ERP_FAULT_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  CROSSDOCK_ERP_FAULT_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  CROSSDOCK_ERP_DOWN: z.enum(['true', 'false']).default('false'),
});

/** Which ERP to use and which faults to inject in front of it, from the environment. */
export function loadErpSettings(env: Environment): ErpSettings {
  const parsed = parseEnvironment(erpSchema, env, 'ERP');
  const faults: ErpFaults = {
    latencyMs: parsed.CROSSDOCK_ERP_FAULT_LATENCY_MS,
    failureRate: parsed.CROSSDOCK_ERP_FAULT_FAILURE_RATE,
    down: parsed.CROSSDOCK_ERP_DOWN === 'true',
  };
  if (parsed.CROSSDOCK_ERP_ADAPTER === 'reference') return { erp: { adapter: 'reference' }, faults };
  const missing = (['CROSSDOCK_ODOO_URL', 'CROSSDOCK_ODOO_DATABASE', 'CROSSDOCK_ODOO_API_KEY'] as const).filter(
    (name) => !parsed[name],
  );
  if (missing.length)
    throw new ConfigurationError(
      `ERP configuration is not valid:\n${missing.map((name) => `  ${name}: required when CROSSDOCK_ERP_ADAPTER is odoo`).join('\n')}`,
    );
  return {
    erp: {
      adapter: 'odoo',
      baseUrl: parsed.CROSSDOCK_ODOO_URL!,
      database: parsed.CROSSDOCK_ODOO_DATABASE!,
      apiKey: parsed.CROSSDOCK_ODOO_API_KEY!,
      timeoutMs: parsed.CROSSDOCK_ODOO_TIMEOUT_MS,
      breakerResetMs: parsed.CROSSDOCK_BREAKER_RESET_MS,
    },
    faults,
  };
}

const schema = tokenSettingsSchema.extend({
  CROSSDOCK_SYSTEM_API_HOST: z.string().default('127.0.0.1'),
  CROSSDOCK_SYSTEM_API_PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  CROSSDOCK_SYSTEM_DATABASE_URL: z.string().url('must be a postgresql:// URL').optional(),
  CROSSDOCK_SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
});

/** Reads system-apis' settings when it runs as its own process. */
export function loadSystemApiConfig(env: Environment): SystemApiConfig {
  const parsed = parseEnvironment(schema, env, 'system-apis');
  const erp = loadErpSettings(env);
  if (erp.erp.adapter === 'reference' && !parsed.CROSSDOCK_SYSTEM_DATABASE_URL) {
    throw new ConfigurationError(
      'system-apis configuration is not valid:\n  CROSSDOCK_SYSTEM_DATABASE_URL: required for the reference ERP',
    );
  }
  return {
    ...erp,
    host: parsed.CROSSDOCK_SYSTEM_API_HOST,
    port: parsed.CROSSDOCK_SYSTEM_API_PORT,
    databaseUrl: parsed.CROSSDOCK_SYSTEM_DATABASE_URL,
    seedDemoData: parsed.CROSSDOCK_SEED_DEMO_DATA === 'true',
    tokens: tokenSettingsFrom(parsed),
  };
}
