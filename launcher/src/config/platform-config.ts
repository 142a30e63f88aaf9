import path from 'node:path';
import { z } from 'zod';
import type { TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import {
  DEVELOPMENT_JWT_SECRET,
  parseEnvironment,
  tokenSettingsFrom,
  tokenSettingsSchema,
  type Environment,
} from '@crossdock/shared-contracts/platform/config/env';

/** Settings of `crossdock start`: where the data lives and which databases the tiers use. */
export interface PlatformConfig {
  /** The embedded PostgreSQL's data directory. */
  dataDir: string;
  /** When both are set, no embedded PostgreSQL is started: each tier uses its own database there. */
  systemDatabaseUrl?: string;
  processDatabaseUrl?: string;
  gatewayFile: string;
  /** The experience APIs' marketplace partners (accounts, allocations, SKU cross-references). */
  marketplacePartnersFile: string;
  logLevel: string;
  tokens: TokenSettings;
  /** OTEL_EXPORTER_OTLP_ENDPOINT: where spans are sent (OTLP over HTTP); none are sent without it. */
  otlpEndpoint?: string;
  /** True when the documented development secret is in use: fine on a laptop, never in production. */
  usingDevelopmentSecret: boolean;
}

const schema = tokenSettingsSchema.extend({
  CROSSDOCK_DATA_DIR: z.string().min(1).default('./data'),
  CROSSDOCK_SYSTEM_DATABASE_URL: z.string().url('must be a postgresql:// URL').optional(),
  CROSSDOCK_PROCESS_DATABASE_URL: z.string().url('must be a postgresql:// URL').optional(),
  CROSSDOCK_GATEWAY_CONFIG: z.string().min(1).default('gateway.yaml'),
  CROSSDOCK_MARKETPLACE_PARTNERS_FILE: z.string().min(1).default('marketplace-partners.yaml'),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url('must be the OTLP/HTTP collector URL, e.g. http://127.0.0.1:4318').optional(),
});

export function loadPlatformConfig(env: Environment, cwd: string): PlatformConfig {
  const parsed = parseEnvironment(schema, env, 'Crossdock');
  return {
    dataDir: path.resolve(cwd, parsed.CROSSDOCK_DATA_DIR),
    systemDatabaseUrl: parsed.CROSSDOCK_SYSTEM_DATABASE_URL,
    processDatabaseUrl: parsed.CROSSDOCK_PROCESS_DATABASE_URL,
    gatewayFile: path.resolve(cwd, parsed.CROSSDOCK_GATEWAY_CONFIG),
    marketplacePartnersFile: path.resolve(cwd, parsed.CROSSDOCK_MARKETPLACE_PARTNERS_FILE),
    logLevel: parsed.LOG_LEVEL,
    tokens: tokenSettingsFrom(parsed),
    otlpEndpoint: parsed.OTEL_EXPORTER_OTLP_ENDPOINT,
    usingDevelopmentSecret: parsed.CROSSDOCK_JWT_SECRET === DEVELOPMENT_JWT_SECRET,
  };
}
