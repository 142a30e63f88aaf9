import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import { loadGatewayFile, parseGatewayFile } from './gateway-config';

const REPOSITORY_GATEWAY_YAML = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../gateway.yaml');
const repositoryYaml = () => readFile(REPOSITORY_GATEWAY_YAML, 'utf8');
const repositoryYamlSync = readFileSync(REPOSITORY_GATEWAY_YAML, 'utf8');

/** The ConfigurationError that `parse` throws; fails the test when it throws nothing or something else. */
function configurationErrorFrom(parse: () => unknown): ConfigurationError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  return expect.fail('expected a ConfigurationError, but the configuration was accepted');
}

/** `yaml` with its first occurrence of `from` replaced; fails loudly if the fixture no longer has it. */
function edited(yaml: string, from: string, to: string): string {
  expect(yaml, `gateway.yaml no longer contains ${JSON.stringify(from)}`).toContain(from);
  return yaml.replace(from, to);
}

describe('the repository gateway.yaml', () => {
  it('loads with its defaults when no variable is set: port 8080 on loopback and eleven routes', async () => {
    const gateway = await loadGatewayFile(REPOSITORY_GATEWAY_YAML, {});

    expect(gateway.server).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(gateway.upstreams).toEqual({
      system: 'http://127.0.0.1:8081',
      process: 'http://127.0.0.1:8082',
      experience: 'http://127.0.0.1:8083',
    });
    expect(gateway.routes.map((route) => [route.prefix, route.upstream])).toEqual([
      ['/system/v1', 'system'],
      ['/process/v1', 'process'],
      ['/process/v1/kpis', 'process'],
      ['/process/v1/partner-health', 'process'],
      ['/process/v1/business-figures', 'process'],
      ['/process/v1/inbound/shopify', 'process'],
      ['/process/v1/inbound/woocommerce', 'process'],
      ['/process/v1/inbound/bigcommerce', 'process'],
      ['/experience/portal/v1', 'experience'],
      ['/experience/mobile/v1', 'experience'],
      ['/experience/marketplace/v1', 'experience'],
      ['/system/v1/pricing/resolve', 'system'],
    ]);
    expect(gateway.routes[8]?.scopes).toEqual({ read: 'portal:read', write: 'portal:write' });
  });

  it('marks only the webhook routes as signed (no token), every other route with its scopes', async () => {
    const gateway = await loadGatewayFile(REPOSITORY_GATEWAY_YAML, {});

    expect(gateway.routes.filter((route) => route.authentication === 'signature').map((route) => route.prefix)).toEqual(
      ['/process/v1/inbound/shopify', '/process/v1/inbound/woocommerce', '/process/v1/inbound/bigcommerce'],
    );
    expect(gateway.routes.filter((route) => route.authentication === 'token').every((route) => route.scopes)).toBe(
      true,
    );
  });

  it('takes the port from PORT in the environment', async () => {
    const gateway = parseGatewayFile(await repositoryYaml(), { PORT: '9191' });

    expect(gateway.server.port).toBe(9191);
  });

  it('takes an upstream from its environment variable', async () => {
    const gateway = parseGatewayFile(await repositoryYaml(), {
      CROSSDOCK_PROCESS_API_URL: 'http://process.internal:9000',
    });

    expect(gateway.upstreams.process).toBe('http://process.internal:9000');
  });

  it('uses the default for a variable set to the empty string', async () => {
    const gateway = parseGatewayFile(await repositoryYaml(), { PORT: '' });

    expect(gateway.server.port).toBe(8080);
  });

  it('names the consumers with their credentials, routes and rate-limit tiers, and resolves the API key file next to it', async () => {
    const gateway = await loadGatewayFile(REPOSITORY_GATEWAY_YAML, {});

    expect(
      gateway.consumers.map((consumer) => [consumer.id, consumer.jwt ? 'jwt' : 'api key', consumer.rateLimit.tier]),
    ).toEqual([
      ['portal', 'jwt', 'gold'],
      ['mobile', 'jwt', 'gold'],
      ['operations', 'jwt', 'internal'],
      ['northwind-market', 'api key', 'bronze'],
    ]);
    expect(gateway.rateLimits.bronze!.requests).toBeLessThan(gateway.rateLimits.gold!.requests);
    expect(gateway.apiKeys.file).toBe(path.join(path.dirname(REPOSITORY_GATEWAY_YAML), 'api-keys.yaml'));
    expect(gateway.routes.find((route) => route.prefix === '/experience/portal/v1')?.cors?.origins).toEqual([
      'http://localhost:5173',
    ]);
  });

  it('keeps the console users next to it (or where CROSSDOCK_USERS_FILE says), signed in for an hour', async () => {
    const gateway = await loadGatewayFile(REPOSITORY_GATEWAY_YAML, {});
    const yaml = await repositoryYaml();
    const elsewhere = parseGatewayFile(yaml, { CROSSDOCK_USERS_FILE: '/srv/crossdock/users.yaml' });

    expect(gateway.users).toEqual({
      file: path.join(path.dirname(REPOSITORY_GATEWAY_YAML), 'users.yaml'),
      sessionSeconds: 3600,
    });
    expect(elsewhere.users.file).toBe('/srv/crossdock/users.yaml');
    expect(() => parseGatewayFile(yaml.replace('sessionSeconds: 3600', 'sessionSeconds: 5'), {})).toThrow(
      /users\.sessionSeconds/,
    );
  });

  it('takes the portal origin from CROSSDOCK_PORTAL_ORIGIN', async () => {
    const gateway = parseGatewayFile(await repositoryYaml(), {
      CROSSDOCK_PORTAL_ORIGIN: 'https://portal.acme.example',
    });

    expect(gateway.routes.find((route) => route.prefix === '/experience/portal/v1')?.cors?.origins).toEqual([
      'https://portal.acme.example',
    ]);
  });

  it('refuses a file it cannot read, naming the file', async () => {
    const missing = path.join(path.dirname(REPOSITORY_GATEWAY_YAML), 'no-such-gateway.yaml');

    await expect(loadGatewayFile(missing, {})).rejects.toThrow(ConfigurationError);
    await expect(loadGatewayFile(missing, {})).rejects.toThrow(missing);
  });
});

describe('a gateway.yaml that is not valid is refused with a message naming what is wrong', () => {
  it('a scope Crossdock does not define, at routes.0.scopes.read', async () => {
    const yaml = edited(await repositoryYaml(), 'read: system:read', 'read: system:admin');

    const error = configurationErrorFrom(() => parseGatewayFile(yaml, {}));

    expect(error.message).toMatch(/^\s*routes\.0\.scopes\.read: is not a scope Crossdock defines/m);
  });

  it('a route to an upstream that is not system, process or experience, at routes.1.upstream', async () => {
    const yaml = edited(await repositoryYaml(), 'upstream: process', 'upstream: warehouse');

    const error = configurationErrorFrom(() => parseGatewayFile(yaml, {}));

    expect(error.message).toMatch(/^\s*routes\.1\.upstream: /m);
  });

  it('a token route without scopes, or a signed route with them, at routes.N.scopes', async () => {
    const withoutScopes = edited(
      await repositoryYaml(),
      '    scopes: { read: system:read, write: system:write }\n',
      '',
    );
    expect(configurationErrorFrom(() => parseGatewayFile(withoutScopes, {})).message).toMatch(
      /^\s*routes\.0\.scopes: a route callers reach with credentials needs/m,
    );

    const signedWithScopes = edited(
      await repositoryYaml(),
      '    authentication: signature\n',
      '    authentication: signature\n    scopes: { read: process:read, write: process:write }\n',
    );
    expect(configurationErrorFrom(() => parseGatewayFile(signedWithScopes, {})).message).toMatch(
      /^\s*routes\.5\.scopes: a signed route takes no credentials/m,
    );
  });

  it('a file without routes, at routes', async () => {
    const yaml = (await repositoryYaml()).split(/^routes:/m)[0]!;

    const error = configurationErrorFrom(() => parseGatewayFile(yaml, {}));

    expect(error.message).toMatch(/^\s*routes: /m);
  });

  it('a consumer on a rate-limit tier that does not exist', async () => {
    const yaml = edited(await repositoryYaml(), 'rateLimit: { tier: bronze }', 'rateLimit: { tier: platinum }');

    const error = configurationErrorFrom(() => parseGatewayFile(yaml, {}));

    expect(error.message).toMatch(/^\s*consumers\.3\.rateLimit\.tier: is not one of rateLimits/m);
  });

  it('a consumer allowed on a route prefix that no route has', async () => {
    const yaml = edited(await repositoryYaml(), 'routes: [/experience/mobile/v1]', 'routes: [/experience/mobile/v2]');

    const error = configurationErrorFrom(() => parseGatewayFile(yaml, {}));

    expect(error.message).toMatch(
      /^\s*consumers\.1\.routes\.0: \/experience\/mobile\/v2 is not the prefix of a route/m,
    );
  });

  it('a consumer with both a JWT issuer and API keys', async () => {
    const yaml = edited(
      await repositoryYaml(),
      'apiKey: { scopes: [marketplace:read, marketplace:write], partner: true }',
      'apiKey: { scopes: [ marketplace:read ] }\n    jwt: { issuer: x, audience: y }',
    );

    const error = configurationErrorFrom(() => parseGatewayFile(yaml, {}));

    expect(error.message).toMatch(/^\s*consumers\.3: needs exactly one of jwt or apiKey/m);
  });

  it('a CORS origin with a path', async () => {
    const error = configurationErrorFrom(() =>
      parseGatewayFile(repositoryYamlSync, { CROSSDOCK_PORTAL_ORIGIN: 'https://portal.example.com/app' }),
    );

    expect(error.message).toMatch(/^\s*routes\.8\.cors\.origins\.0: must be an origin/m);
  });

  it('a port that is not a number, at server.port', async () => {
    const yaml = await repositoryYaml();

    const error = configurationErrorFrom(() => parseGatewayFile(yaml, { PORT: 'eighty' }));

    expect(error.message).toMatch(/^\s*server\.port: /m);
  });

  it('text that is not YAML, naming the file and the line', () => {
    const error = configurationErrorFrom(() =>
      parseGatewayFile('server: [unclosed\nroutes: []\n', {}, 'config/gateway.yaml'),
    );

    expect(error.message).toContain('config/gateway.yaml is not valid YAML');
    expect(error.message).toMatch(/line 2/);
  });

  it('a variable with no default that is not set, naming the variable', async () => {
    const yaml = edited(
      await repositoryYaml(),
      '${CROSSDOCK_SYSTEM_API_URL:-http://127.0.0.1:8081}',
      '${CROSSDOCK_SYSTEM_API_URL}',
    );

    const error = configurationErrorFrom(() => parseGatewayFile(yaml, {}));

    expect(error.message).toContain('upstreams.system: uses ${CROSSDOCK_SYSTEM_API_URL}, which is not set');
  });
});

describe('limits: how much of the gateway a client may hold, and for how long', () => {
  it('are in the tens of seconds, 100 header lines of 16 KiB in all, and 256 connections per address', async () => {
    const { limits } = await loadGatewayFile(REPOSITORY_GATEWAY_YAML, {});

    expect(limits).toEqual({
      maxBodyBytes: 1_048_576,
      upstreamTimeoutMs: 30_000,
      headersTimeoutMs: 20_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      idleTimeoutMs: 60_000,
      maxHeadersCount: 100,
      maxHeaderBytes: 16_384,
      connectionsPerClient: 256,
    });
  });

  it('take the connections per client from CROSSDOCK_CONNECTIONS_PER_CLIENT (0: no limit, behind a proxy)', async () => {
    const behindProxy = parseGatewayFile(await repositoryYaml(), { CROSSDOCK_CONNECTIONS_PER_CLIENT: '0' });

    expect(behindProxy.limits.connectionsPerClient).toBe(0);
  });

  it('take those defaults in a gateway.yaml written before they existed', async () => {
    const older = (await repositoryYaml()).replace(
      /^ {2}((headers|request|keepAlive|idle)TimeoutMs|maxHeader\w+|connectionsPerClient): .*$/gm,
      '',
    );
    expect(older).not.toMatch(/^ {2}(headersTimeoutMs|connectionsPerClient):/m);

    expect(parseGatewayFile(older, {}).limits).toEqual((await loadGatewayFile(REPOSITORY_GATEWAY_YAML, {})).limits);
  });

  it('refuse headers allowed longer than the whole request, and an idle limit a slow tier would outlast', async () => {
    const headersLonger = edited(repositoryYamlSync, 'headersTimeoutMs: 20000', 'headersTimeoutMs: 40000');
    const idleShorter = edited(repositoryYamlSync, 'idleTimeoutMs: 60000', 'idleTimeoutMs: 30000');

    expect(configurationErrorFrom(() => parseGatewayFile(headersLonger, {})).message).toMatch(
      /^\s*limits\.headersTimeoutMs: must not exceed requestTimeoutMs \(30000\)/m,
    );
    expect(configurationErrorFrom(() => parseGatewayFile(idleShorter, {})).message).toMatch(
      /^\s*limits\.idleTimeoutMs: must be above upstreamTimeoutMs \(30000\)/m,
    );
  });
});
