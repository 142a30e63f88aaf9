import { z } from 'zod';
import type { TokenSettings } from '@crossdock/shared-contracts/auth/tokens';
import { parseEnvironment, tokenSettingsFrom, tokenSettingsSchema, type Environment } from '@crossdock/shared-contracts/config/env';

export interface SystemApiConfig {
  host: string;
  /** 0 picks a free port (the embedded default does this for every tier). */
  port: number;
  databaseUrl: string;
  tokens: TokenSettings;
  /** Seed the reference ERP with demo customers, items, warehouses and stock when it is empty. */
  seedDemoData: boolean;
}

const schema = tokenSettingsSchema.extend({
  CROSSDOCK_SYSTEM_API_HOST: z.string().default('127.0.0.1'),
  CROSSDOCK_SYSTEM_API_PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  CROSSDOCK_SYSTEM_DATABASE_URL: z.string().url('must be a postgresql:// URL'),
  CROSSDOCK_SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
});

/** Reads system-apis' settings when it runs as its own process. */
export function loadSystemApiConfig(env: Environment): SystemApiConfig {
  const parsed = parseEnvironment(schema, env, 'system-apis');
  return {
    host: parsed.CROSSDOCK_SYSTEM_API_HOST,
    port: parsed.CROSSDOCK_SYSTEM_API_PORT,
    databaseUrl: parsed.CROSSDOCK_SYSTEM_DATABASE_URL,
    seedDemoData: parsed.CROSSDOCK_SEED_DEMO_DATA === 'true',
    tokens: tokenSettingsFrom(parsed),
  };
}
