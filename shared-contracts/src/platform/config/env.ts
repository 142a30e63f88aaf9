import { z } from 'zod';
import type { TokenSettings } from '../auth/tokens';
import { DEFAULT_BREAKER } from '../http-client/upstream-client-options';

/** The environment as given to a config loader. Only the CLI entry passes `process.env` in. */
export type Environment = Record<string, string | undefined>;

export const DEVELOPMENT_JWT_SECRET = 'crossdock-development-secret-do-not-use-in-production';

/** Settings every tier shares: how tokens are checked. */
export const tokenSettingsSchema = z.object({
  CROSSDOCK_JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEVELOPMENT_JWT_SECRET),
  CROSSDOCK_JWT_ISSUER: z.string().min(1).default('crossdock'),
  CROSSDOCK_JWT_AUDIENCE: z.string().min(1).default('crossdock'),
  CROSSDOCK_JWT_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
});

/**
 * Settings every tier shares for its calls to the tier or system below: how long an open circuit
 * fails fast before one trial call goes through (and, when it succeeds, every call again).
 */
export const breakerSettingsSchema = z.object({
  CROSSDOCK_BREAKER_RESET_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_BREAKER.resetTimeoutMs),
});

/** Parses `env` with `schema`, or throws one message that names every bad setting. */
export function parseEnvironment<S extends z.ZodType>(schema: S, env: Environment, what: string): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`)
    .join('\n');
  throw new ConfigurationError(`${what} configuration is not valid:\n${problems}`);
}

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** The token settings out of an environment parsed with {@link tokenSettingsSchema}. */
export function tokenSettingsFrom(parsed: z.infer<typeof tokenSettingsSchema>): TokenSettings {
  return {
    secret: parsed.CROSSDOCK_JWT_SECRET,
    issuer: parsed.CROSSDOCK_JWT_ISSUER,
    audience: parsed.CROSSDOCK_JWT_AUDIENCE,
    clockToleranceSeconds: parsed.CROSSDOCK_JWT_CLOCK_TOLERANCE_SECONDS,
  };
}
