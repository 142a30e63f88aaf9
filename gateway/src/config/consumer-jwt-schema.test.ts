import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { consumerJwtSchema } from './consumer-jwt-schema';
import { parseGatewayFile } from './gateway-config';

const GATEWAY_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../gateway.yaml');
const IDP = { issuer: 'https://login.acme.example/', audience: 'crossdock-api' };

/** The messages zod gives for `jwt`, by path; empty when it is accepted. */
function problems(jwt: object): string[] {
  const result = consumerJwtSchema.safeParse(jwt);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe("a consumer's tokens from an identity provider in gateway.yaml", () => {
  it('takes a JWKS URL, with RS256 and the platform claims unless it says otherwise', () => {
    const jwt = consumerJwtSchema.parse({ ...IDP, jwks: { url: 'https://login.acme.example/.well-known/jwks.json' } });

    expect(jwt.jwks).toEqual({
      url: 'https://login.acme.example/.well-known/jwks.json',
      algorithms: ['RS256'],
      maxAgeSeconds: 600,
      cooldownSeconds: 30,
      timeoutMs: 5000,
    });
    expect(
      consumerJwtSchema.parse({ ...IDP, jwks: { url: 'https://a.example/k' }, claims: { scopes: 'scp' } }).claims,
    ).toEqual({
      subject: 'sub',
      scopes: 'scp',
      customerId: 'customer_id',
      customerIds: 'customer_ids',
      partnerId: 'partner_id',
    });
  });

  it('refuses keys fetched in clear from afar, a symmetric or unknown algorithm, and a secret beside a JWKS', () => {
    expect(problems({ ...IDP, jwks: { url: 'http://login.acme.example/jwks' } })).toEqual([
      'jwks.url: must be an https URL (plain http only on loopback)',
    ]);
    expect(problems({ ...IDP, jwks: { url: 'http://127.0.0.1:9000/jwks' } })).toEqual([]);
    expect(problems({ ...IDP, jwks: { url: 'https://a.example/k', algorithms: ['HS256'] } })[0]).toMatch(
      /^jwks\.algorithms\.0: /,
    );
    expect(problems({ ...IDP, jwks: { url: 'https://a.example/k', algorithms: ['none'] } })[0]).toMatch(
      /^jwks\.algorithms\.0: /,
    );
    expect(problems({ ...IDP, secret: 'a-long-enough-secret-0123', jwks: { url: 'https://a.example/k' } })).toEqual([
      'jwks: takes either secret (HS256) or jwks, not both',
    ]);
    expect(problems({ ...IDP, claims: { scopes: 'scp' } })[0]).toMatch(
      /^claims: names the claims of an identity provider/,
    );
  });
});

describe("gateway.yaml's rateLimitStore", () => {
  const withStore = (rateLimitStore?: object) => {
    const document = parseYaml(readFileSync(GATEWAY_FILE, 'utf8')) as Record<string, unknown>;
    if (rateLimitStore) document.rateLimitStore = rateLimitStore;
    else delete document.rateLimitStore;
    return () => parseGatewayFile(stringify(document), {}, GATEWAY_FILE);
  };

  it('counts in memory unless given a PostgreSQL URL', () => {
    expect(withStore()().rateLimitStore).toEqual({ databaseUrl: '' });
    expect(withStore({ databaseUrl: 'postgresql://gw@db:5432/gateway' })().rateLimitStore.databaseUrl).toBe(
      'postgresql://gw@db:5432/gateway',
    );
    expect(withStore({ databaseUrl: 'redis://cache:6379' })).toThrow(
      /rateLimitStore: databaseUrl must be a postgresql/,
    );
  });
});
