import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isScope } from '@crossdock/shared-contracts/contracts/auth/scopes';
import { ConfigurationError, type Environment } from '@crossdock/shared-contracts/platform/config/env';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { consumerJwtSchema } from './consumer-jwt-schema';

const scopeSchema = z
  .string()
  .refine(isScope, { message: 'is not a scope Crossdock defines (see shared-contracts/src/contracts/auth/scopes.ts)' });
const upstreamName = z.enum(['system', 'process', 'experience']);
const routePrefix = z.string().regex(/^\/[a-z0-9/-]+$/, 'must be a path such as /system/v1');
const origin = z
  .string()
  .regex(/^https?:\/\/[^/\s]+$/, 'must be an origin: scheme, host and port, no path (https://portal.example.com)');

const routeSchema = z.object({
  prefix: routePrefix,
  upstream: upstreamName,
  // `signature`: webhooks, whose callers sign the body (HMAC) instead of sending credentials; the tier checks it.
  authentication: z.enum(['token', 'signature']).default('token'),
  scopes: z.object({ read: scopeSchema, write: scopeSchema }).optional(),
  /** Overrides limits.maxBodyBytes for this route. */
  maxBodyBytes: z.coerce.number().int().positive().optional(),
  /** Browsers on these origins may call this route (the portal's web app). */
  cors: z
    .object({ origins: z.array(origin).min(1), maxAgeSeconds: z.coerce.number().int().min(0).max(86_400).default(600) })
    .optional(),
});

const rateLimitTierSchema = z.object({
  requests: z.coerce.number().int().positive(),
  windowSeconds: z.coerce.number().int().positive().max(86_400),
});

const consumerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be lower-case letters, digits and dashes'),
    description: z.string().optional(),
    /** Tokens this consumer's users bring (see consumer-jwt-schema.ts). */
    jwt: consumerJwtSchema.optional(),
    /** The consumer calls with API keys (see apiKeys.file); the scopes are those every key of it grants. */
    apiKey: z
      .object({
        scopes: z.array(scopeSchema).min(1),
        /** A marketplace partner: its calls carry its id, and the experience tier confines them to it. */
        partner: z.boolean().default(false),
      })
      .optional(),
    /** The route prefixes (from `routes`) this consumer may call, and the routes under them. */
    routes: z.array(routePrefix).min(1),
    rateLimit: z.object({
      tier: z.string().min(1),
      /** `consumer`: one allowance for the whole consumer; `subject`: one per user (token subject). */
      per: z.enum(['consumer', 'subject']).default('consumer'),
    }),
  })
  .refine((consumer) => Boolean(consumer.jwt) !== Boolean(consumer.apiKey), {
    message: 'needs exactly one of jwt or apiKey',
  });

const milliseconds = (fallback: number) => z.coerce.number().int().min(1000).max(3_600_000).default(fallback);

/** How much of the gateway one client may hold, and for how long (see docs/configuration.md). */
const clientLimitsSchema = z
  .object({
    maxBodyBytes: z.coerce.number().int().positive(),
    upstreamTimeoutMs: z.coerce.number().int().positive(),
    headersTimeoutMs: milliseconds(20_000),
    requestTimeoutMs: milliseconds(30_000),
    keepAliveTimeoutMs: milliseconds(5_000),
    idleTimeoutMs: milliseconds(60_000),
    maxHeaderBytes: z.coerce.number().int().min(4096).max(1_048_576).default(16_384),
    maxHeadersCount: z.coerce.number().int().min(20).max(2000).default(100),
    /** Open connections from one address at once; 0 for no limit (behind a proxy, every client shares its address). */
    connectionsPerClient: z.coerce.number().int().min(0).default(256),
  })
  .superRefine((limits, context) => {
    // Node refuses to start a server whose headers may take longer than the whole request.
    if (limits.headersTimeoutMs > limits.requestTimeoutMs)
      context.addIssue({
        code: 'custom',
        path: ['headersTimeoutMs'],
        message: `must not exceed requestTimeoutMs (${limits.requestTimeoutMs}): the headers are part of the request`,
      });
    // While a tier answers, the caller's connection is silent: an idle limit below the tier's time would cut it.
    if (limits.idleTimeoutMs <= limits.upstreamTimeoutMs)
      context.addIssue({
        code: 'custom',
        path: ['idleTimeoutMs'],
        message: `must be above upstreamTimeoutMs (${limits.upstreamTimeoutMs}), or a slow tier's answer is cut off`,
      });
  });

const gatewayFileSchema = z
  .object({
    server: z.object({
      host: z.string().min(1),
      port: z.coerce.number().int().min(0).max(65535),
    }),
    upstreams: z.object({ system: z.url(), process: z.url(), experience: z.url() }),
    limits: clientLimitsSchema,
    routes: z.array(routeSchema).min(1),
    rateLimits: z.record(z.string().regex(/^[a-z0-9-]+$/), rateLimitTierSchema),
    /** Where the requests are counted: this process's memory, or a PostgreSQL database every replica shares. */
    rateLimitStore: z
      .object({ databaseUrl: z.string().default('') })
      .default({ databaseUrl: '' })
      .refine((store) => store.databaseUrl === '' || /^postgres(ql)?:\/\//.test(store.databaseUrl), {
        message: 'databaseUrl must be a postgresql:// URL, or empty to count in memory',
      }),
    apiKeys: z.object({ file: z.string().min(1) }),
    /** Console users (`crossdock user add`): their password hashes, and how long a sign-in lasts. */
    users: z
      .object({
        file: z.string().min(1).default('users.yaml'),
        sessionSeconds: z.coerce.number().int().min(60).max(86_400).default(3600),
      })
      .default({ file: 'users.yaml', sessionSeconds: 3600 }),
    /** Who may read /metrics: a platform token with `scope`, or a caller at one of `allowFrom`. */
    metrics: z
      .object({
        scope: scopeSchema.default('ops:read'),
        allowFrom: z
          .string()
          .default('')
          .transform((list) =>
            list
              .split(',')
              .map((address) => address.trim())
              .filter(Boolean),
          ),
      })
      .default({ scope: 'ops:read', allowFrom: [] }),
    consumers: z.array(consumerSchema).min(1),
  })
  .superRefine((file, context) => {
    file.routes.forEach((route, index) => {
      if (route.authentication === 'token' && !route.scopes)
        context.addIssue({
          code: 'custom',
          path: ['routes', index, 'scopes'],
          message: 'a route callers reach with credentials needs its read and write scopes',
        });
      if (route.authentication === 'signature' && route.scopes)
        context.addIssue({
          code: 'custom',
          path: ['routes', index, 'scopes'],
          message: 'a signed route takes no credentials, so it has no scopes',
        });
    });
    const prefixes = new Set(file.routes.map((route) => route.prefix));
    const ids = new Set<string>();
    file.consumers.forEach((consumer, index) => {
      if (ids.has(consumer.id))
        context.addIssue({
          code: 'custom',
          path: ['consumers', index, 'id'],
          message: `${consumer.id} is listed twice`,
        });
      ids.add(consumer.id);
      if (!file.rateLimits[consumer.rateLimit.tier])
        context.addIssue({
          code: 'custom',
          path: ['consumers', index, 'rateLimit', 'tier'],
          message: `is not one of rateLimits (${Object.keys(file.rateLimits).join(', ')})`,
        });
      consumer.routes.forEach((prefix, routeIndex) => {
        if (!prefixes.has(prefix))
          context.addIssue({
            code: 'custom',
            path: ['consumers', index, 'routes', routeIndex],
            message: `${prefix} is not the prefix of a route`,
          });
      });
    });
  });

export type GatewayFile = z.infer<typeof gatewayFileSchema>;
export type UpstreamName = z.infer<typeof upstreamName>;
export type GatewayRoute = GatewayFile['routes'][number];
export type GatewayConsumer = GatewayFile['consumers'][number];
export type RateLimitTier = z.infer<typeof rateLimitTierSchema>;
export type ClientLimits = z.infer<typeof clientLimitsSchema>;

/** Reads gateway.yaml, fills `${VAR:-default}` from `env`, and checks it; the error names what is wrong. */
export async function loadGatewayFile(file: string, env: Environment): Promise<GatewayFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read the gateway configuration ${file}: ${coerceError(error).message}`);
  }
  return parseGatewayFile(text, env, file);
}

/**
 * Parses gateway.yaml's text. Files it names (apiKeys.file, users.file) are resolved against the directory of
 * `file`, so the configuration means the same wherever the gateway is started from.
 */
export function parseGatewayFile(text: string, env: Environment, file = 'gateway.yaml'): GatewayFile {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid YAML: ${coerceError(error).message}`);
  }
  const result = gatewayFileSchema.safeParse(interpolate(document, env, file, []));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigurationError(`${file} is not valid:\n${problems}`);
  }
  const config = result.data;
  const beside = (name: string) => path.resolve(path.dirname(path.resolve(file)), name);
  return {
    ...config,
    apiKeys: { file: beside(config.apiKeys.file) },
    users: { ...config.users, file: beside(config.users.file) },
  };
}

/**
 * Fills `${VAR:-default}` inside string values, after the YAML is parsed: a value from the
 * environment can never change the file's structure, and a missing one is reported at its setting.
 */
function interpolate(node: unknown, env: Environment, file: string, at: (string | number)[]): unknown {
  if (typeof node === 'string') {
    return node.replace(/\$\{([A-Z0-9_]+)(?::-([^}]*))?\}/g, (_match, name: string, fallback: string | undefined) => {
      const value = env[name];
      if (value !== undefined && value !== '') return value;
      if (fallback !== undefined) return fallback;
      throw new ConfigurationError(`${file} is not valid:\n  ${at.join('.')}: uses \${${name}}, which is not set.`);
    });
  }
  if (Array.isArray(node)) return node.map((entry, index) => interpolate(entry, env, file, [...at, index]));
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, interpolate(value, env, file, [...at, key])]),
    );
  }
  return node;
}
