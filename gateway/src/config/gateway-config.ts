import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { isScope } from '@crossdock/shared-contracts/auth/scopes';
import { ConfigurationError, type Environment } from '@crossdock/shared-contracts/config/env';

const scopeSchema = z.string().refine(isScope, { message: 'is not a scope Crossdock defines (see shared-contracts/src/auth/scopes.ts)' });
const upstreamName = z.enum(['system', 'process', 'experience']);
const routePrefix = z.string().regex(/^\/[a-z0-9/-]+$/, 'must be a path such as /system/v1');

const gatewayFileSchema = z.object({
  server: z.object({
    host: z.string().min(1),
    port: z.coerce.number().int().min(0).max(65535),
  }),
  upstreams: z.object({ system: z.url(), process: z.url(), experience: z.url() }),
  limits: z.object({
    maxBodyBytes: z.coerce.number().int().positive(),
    upstreamTimeoutMs: z.coerce.number().int().positive(),
  }),
  routes: z
    .array(
      z
        .object({
          prefix: routePrefix,
          upstream: upstreamName,
          // `signature`: webhooks, whose callers sign the body (HMAC) instead of sending a token; the tier checks it.
          authentication: z.enum(['token', 'signature']).default('token'),
          scopes: z.object({ read: scopeSchema, write: scopeSchema }).optional(),
        })
        .superRefine((route, context) => {
          if (route.authentication === 'token' && !route.scopes) context.addIssue({ code: 'custom', path: ['scopes'], message: 'a route callers reach with a token needs its read and write scopes' });
          if (route.authentication === 'signature' && route.scopes) context.addIssue({ code: 'custom', path: ['scopes'], message: 'a signed route takes no token, so it has no scopes' });
        }),
    )
    .min(1),
});

export type GatewayFile = z.infer<typeof gatewayFileSchema>;
export type UpstreamName = z.infer<typeof upstreamName>;
export type GatewayRoute = GatewayFile['routes'][number];

/** Reads gateway.yaml, fills `${VAR:-default}` from `env`, and checks it; the error names what is wrong. */
export async function loadGatewayFile(path: string, env: Environment): Promise<GatewayFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read the gateway configuration ${path}: ${(error as Error).message}`);
  }
  return parseGatewayFile(text, env, path);
}

export function parseGatewayFile(text: string, env: Environment, path = 'gateway.yaml'): GatewayFile {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new ConfigurationError(`${path} is not valid YAML: ${(error as Error).message}`);
  }
  const result = gatewayFileSchema.safeParse(interpolate(document, env, path, []));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigurationError(`${path} is not valid:\n${problems}`);
  }
  return result.data;
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
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, interpolate(value, env, file, [...at, key])]));
  }
  return node;
}
