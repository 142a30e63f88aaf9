import { z } from 'zod';
import type { TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import {
  breakerSettingsSchema,
  parseEnvironment,
  tokenSettingsFrom,
  tokenSettingsSchema,
  type Environment,
} from '@crossdock/shared-contracts/platform/config/env';

export interface ExperienceApiConfig {
  host: string;
  /** 0 picks a free port (the embedded default does this for every tier). */
  port: number;
  processApiUrl: string;
  systemApiUrl: string;
  upstreamTimeoutMs: number;
  /** How long an open circuit to the process or system tier fails fast before a trial call; the kit's default when absent. */
  breakerResetMs?: number;
  tokens: TokenSettings;
  /** The marketplace partners (accounts, allocations, SKU cross-references); see marketplace-partners.yaml. */
  marketplacePartnersFile: string;
}

const schema = tokenSettingsSchema.extend(breakerSettingsSchema.shape).extend({
  CROSSDOCK_EXPERIENCE_API_HOST: z.string().default('127.0.0.1'),
  CROSSDOCK_EXPERIENCE_API_PORT: z.coerce.number().int().min(0).max(65535).default(8083),
  CROSSDOCK_PROCESS_API_URL: z.string().url().default('http://127.0.0.1:8082'),
  CROSSDOCK_SYSTEM_API_URL: z.string().url().default('http://127.0.0.1:8081'),
  CROSSDOCK_EXPERIENCE_UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  CROSSDOCK_MARKETPLACE_PARTNERS_FILE: z.string().min(1).default('marketplace-partners.yaml'),
});

/** Reads experience-apis' settings when it runs as its own process. */
export function loadExperienceApiConfig(env: Environment): ExperienceApiConfig {
  const parsed = parseEnvironment(schema, env, 'experience-apis');
  return {
    host: parsed.CROSSDOCK_EXPERIENCE_API_HOST,
    port: parsed.CROSSDOCK_EXPERIENCE_API_PORT,
    processApiUrl: parsed.CROSSDOCK_PROCESS_API_URL,
    systemApiUrl: parsed.CROSSDOCK_SYSTEM_API_URL,
    upstreamTimeoutMs: parsed.CROSSDOCK_EXPERIENCE_UPSTREAM_TIMEOUT_MS,
    breakerResetMs: parsed.CROSSDOCK_BREAKER_RESET_MS,
    tokens: tokenSettingsFrom(parsed),
    marketplacePartnersFile: parsed.CROSSDOCK_MARKETPLACE_PARTNERS_FILE,
  };
}
