import { z } from 'zod';
import type { TokenSettings } from '@crossdock/shared-contracts/auth/tokens';
import { parseEnvironment, tokenSettingsSchema, tokenSettingsFrom, type Environment } from '@crossdock/shared-contracts/config/env';

export interface ProcessApiConfig {
  host: string;
  /** 0 picks a free port (the embedded default does this for every tier). */
  port: number;
  databaseUrl: string;
  /** Where system-apis listens. */
  systemApiUrl: string;
  /** How long one call to system-apis may take before it counts as failed. */
  systemApiTimeoutMs: number;
  tokens: TokenSettings;
}

const schema = tokenSettingsSchema.extend({
  CROSSDOCK_PROCESS_API_HOST: z.string().default('127.0.0.1'),
  CROSSDOCK_PROCESS_API_PORT: z.coerce.number().int().min(0).max(65535).default(8082),
  CROSSDOCK_PROCESS_DATABASE_URL: z.string().url('must be a postgresql:// URL'),
  CROSSDOCK_SYSTEM_API_URL: z.string().url().default('http://127.0.0.1:8081'),
  CROSSDOCK_SYSTEM_API_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
});

/** Reads process-apis' settings when it runs as its own process. */
export function loadProcessApiConfig(env: Environment): ProcessApiConfig {
  const parsed = parseEnvironment(schema, env, 'process-apis');
  return {
    host: parsed.CROSSDOCK_PROCESS_API_HOST,
    port: parsed.CROSSDOCK_PROCESS_API_PORT,
    databaseUrl: parsed.CROSSDOCK_PROCESS_DATABASE_URL,
    systemApiUrl: parsed.CROSSDOCK_SYSTEM_API_URL,
    systemApiTimeoutMs: parsed.CROSSDOCK_SYSTEM_API_TIMEOUT_MS,
    tokens: tokenSettingsFrom(parsed),
  };
}
