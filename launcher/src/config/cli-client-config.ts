import { z } from 'zod';
import type { TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import {
  parseEnvironment,
  tokenSettingsFrom,
  tokenSettingsSchema,
  type Environment,
} from '@crossdock/shared-contracts/platform/config/env';

/** How a command of the CLI that talks to a running Crossdock (`crossdock import`) reaches it. */
export interface CliClientConfig {
  /** The gateway, e.g. http://127.0.0.1:8080. */
  gatewayUrl: string;
  /** A token to send; when absent the CLI signs one with `tokens`, as `crossdock token` does. */
  token?: string;
  tokens: TokenSettings;
}

const schema = tokenSettingsSchema.extend({
  CROSSDOCK_URL: z.url('must be the gateway URL, e.g. http://127.0.0.1:8080').optional(),
  CROSSDOCK_TOKEN: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
});

export function loadCliClientConfig(env: Environment): CliClientConfig {
  const parsed = parseEnvironment(schema, env, 'Crossdock CLI');
  const config: CliClientConfig = {
    gatewayUrl: (parsed.CROSSDOCK_URL ?? `http://127.0.0.1:${parsed.PORT}`).replace(/\/+$/, ''),
    tokens: tokenSettingsFrom(parsed),
  };
  if (parsed.CROSSDOCK_TOKEN) config.token = parsed.CROSSDOCK_TOKEN;
  return config;
}
