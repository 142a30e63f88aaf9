/**
 * Tokens from identity providers, through a real gateway: RS256 and ES256 tokens checked with the keys
 * a JWKS server (started here) publishes, scopes and callers read from the configured claims, a key
 * rotation followed, forgeries refused with 401, and a key server that cannot be reached never taken
 * for a yes (503). The tier behind only records what it receives.
 */
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { exportSPKI } from 'jose';
import { parse as parseYaml, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import type { RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import {
  refusedBaseUrl,
  startTestUpstream,
  type TestUpstream,
} from '@crossdock/shared-contracts/testing/test-upstream';
import { parseGatewayFile } from '../config/gateway-config';
import { startGateway } from '../start-gateway';
import { signedBy, signingKey, startJwksServer, type JwksServer, type SigningKey } from './jwks-test-kit';

const GATEWAY_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../gateway.yaml');
const tokens: TokenSettings = {
  secret: 'idp-test-platform-secret-0123456789',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 0,
};
const logger = createLogger({ service: 'gateway', stream: new Writable({ write: (_c, _e, done) => done() }) });

const ACME = { iss: 'https://login.acme.example/', aud: 'crossdock-api' };
const FIELDFORCE = { iss: 'https://sts.fieldforce.example', aud: 'api://crossdock' };
const SOUTHWIND = { iss: 'https://id.southwind.example', aud: 'crossdock' };
const ROTATING = { iss: 'https://rotating.example', aud: 'crossdock' };
const FARAWAY = { iss: 'https://idp.faraway.example', aud: 'crossdock' };

let jwks: JwksServer;
let tier: TestUpstream;
let gateway: RunningServer;
let farawayUrl: string;
const keys: Record<'rsa' | 'rsaNext' | 'ec' | 'ecOnRsaIssuer' | 'unpublished', SigningKey> = {} as never;

/** The repository's gateway.yaml with these consumers added, read as the gateway reads it. */
async function gatewayFileWith(consumers: object[]) {
  const document = parseYaml(await readFile(GATEWAY_FILE, 'utf8')) as { consumers: object[] };
  document.consumers.push(...consumers);
  return parseGatewayFile(stringify(document), {}, GATEWAY_FILE);
}

const consumer = (id: string, jwt: object, routes: string[]) => ({ id, jwt, routes, rateLimit: { tier: 'gold' } });

beforeAll(async () => {
  keys.rsa = await signingKey('RS256', 'rsa-2026-11');
  keys.rsaNext = await signingKey('RS256', 'rsa-2026-12');
  keys.ec = await signingKey('ES256', 'ec-1');
  keys.ecOnRsaIssuer = await signingKey('ES256', 'ec-beside-rsa');
  // Another key under the published RSA key's kid: what a forger holding no private key of the issuer might try.
  keys.unpublished = { ...keys.rsaNext, kid: keys.rsa.kid };
  jwks = await startJwksServer();
  jwks.publish('/acme', [keys.rsa, keys.ecOnRsaIssuer]);
  jwks.publish('/fieldforce', [keys.ec]);
  jwks.publish('/southwind', [keys.rsa]);
  jwks.publish('/rotating', [keys.rsa]);
  farawayUrl = await refusedBaseUrl();
  const config = await gatewayFileWith([
    consumer('acme-users', { issuer: ACME.iss, audience: ACME.aud, jwks: { url: `${jwks.url}/acme` } }, [
      '/experience/portal/v1',
    ]),
    consumer(
      'fieldforce',
      {
        issuer: FIELDFORCE.iss,
        audience: FIELDFORCE.aud,
        jwks: { url: `${jwks.url}/fieldforce`, algorithms: ['ES256'] },
        claims: { scopes: 'scp', customerIds: 'https://fieldforce.example/accounts' },
      },
      ['/experience/mobile/v1'],
    ),
    consumer(
      'southwind',
      { issuer: SOUTHWIND.iss, audience: SOUTHWIND.aud, jwks: { url: `${jwks.url}/southwind` }, partner: true },
      ['/experience/marketplace/v1'],
    ),
    consumer(
      'rotating',
      { issuer: ROTATING.iss, audience: ROTATING.aud, jwks: { url: `${jwks.url}/rotating`, cooldownSeconds: 0 } },
      ['/process/v1'],
    ),
    consumer('faraway', { issuer: FARAWAY.iss, audience: FARAWAY.aud, jwks: { url: `${farawayUrl}/jwks` } }, [
      '/process/v1',
    ]),
  ]);
  tier = await startTestUpstream([{ status: 200, body: { ok: true } }]);
  const upstreams = { system: tier.baseUrl, process: tier.baseUrl, experience: tier.baseUrl };
  gateway = await startGateway({ config, tokens, upstreams, port: 0, logger });
});

afterAll(async () => {
  await gateway?.close();
  await tier?.close();
  await jwks?.close();
});

async function call(path: string, token: string, method = 'GET') {
  const answer = await fetch(`${gateway.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  const text = await answer.text();
  return { status: answer.status, headers: answer.headers, body: text ? JSON.parse(text) : undefined };
}

/** Who the tier was told is calling, on the last request it received: a platform token's principal. */
function callerSeenByTier() {
  const authorization = tier.received.at(-1)!.headers.authorization!;
  const { token: _token, ...principal } = verifyToken(tokens, authorization.replace(/^Bearer /, ''));
  return principal;
}

function expectRefused(answer: Awaited<ReturnType<typeof call>>, status = 401) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return answer.body as { type: string; detail: string };
}

describe('tokens from an identity provider', () => {
  it('accepts an RS256 token with the scopes it carries, and the tier gets a platform token for the same caller', async () => {
    const token = await signedBy(keys.rsa, {
      ...ACME,
      sub: 'buyer@acme.example',
      scope: 'portal:read',
      customer_id: 'C-1001',
    });

    expect((await call('/experience/portal/v1/orders', token)).status).toBe(200);
    expect(callerSeenByTier()).toEqual({
      subject: 'buyer@acme.example',
      scopes: ['portal:read'],
      customerId: 'C-1001',
    });
    const write = expectRefused(await call('/experience/portal/v1/orders', token, 'POST'), 403);
    expect(write.detail).toContain('portal:write');
  });

  it('accepts an ES256 token whose scopes are an scp array and whose customers are a claim of its own', async () => {
    const token = await signedBy(keys.ec, {
      ...FIELDFORCE,
      sub: 'rep-17',
      scp: ['mobile:read', 'mobile:write'],
      'https://fieldforce.example/accounts': ['C-1001', 'C-1002'],
    });

    expect((await call('/experience/mobile/v1/customers', token)).status).toBe(200);
    expect(callerSeenByTier()).toEqual({
      subject: 'rep-17',
      scopes: ['mobile:read', 'mobile:write'],
      customerIds: ['C-1001', 'C-1002'],
    });
  });

  it("confines a partner's users to the partner, whatever customer or partner their token names", async () => {
    const token = await signedBy(keys.rsa, {
      ...SOUTHWIND,
      sub: 'integration@southwind.example',
      scope: 'marketplace:read',
      partner_id: 'northwind-market',
      customer_id: 'C-1001',
    });

    expect((await call('/experience/marketplace/v1/orders', token)).status).toBe(200);
    expect(callerSeenByTier()).toEqual({
      subject: 'integration@southwind.example',
      scopes: ['marketplace:read'],
      partnerId: 'southwind',
    });
  });

  it('follows a key rotation: the new key is fetched when first seen, and a token by the removed key is refused', async () => {
    const claims = { ...ROTATING, sub: 'ops', scope: 'process:read' };
    const byOldKey = await signedBy(keys.rsa, claims);
    expect((await call('/process/v1/orders', byOldKey)).status).toBe(200);
    expect((await call('/process/v1/orders', byOldKey)).status).toBe(200);
    expect(jwks.fetches('/rotating')).toBe(1);

    jwks.publish('/rotating', [keys.rsaNext]);
    // Until a token names a key it does not know, the gateway keeps the keys it fetched.
    expect((await call('/process/v1/orders', byOldKey)).status).toBe(200);
    expect(jwks.fetches('/rotating')).toBe(1);

    expect((await call('/process/v1/orders', await signedBy(keys.rsaNext, claims))).status).toBe(200);
    expect(jwks.fetches('/rotating')).toBe(2);
    const refused = expectRefused(await call('/process/v1/orders', byOldKey));
    expect(refused.detail).toContain('no published key of its issuer matches it');
  });

  it('refuses a token for another audience or issuer, under an algorithm its issuer does not use, unsigned, or forged', async () => {
    const claims = { ...ACME, sub: 'mallory', scope: 'portal:read', customer_id: 'C-1001' };
    const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsignedBody = base64url({ ...claims, iat: now, exp: now + 600 });
    const publicKeyPem = await exportSPKI(keys.rsa.publicKey);
    const hsHeader = base64url({ alg: 'HS256', typ: 'JWT', kid: keys.rsa.kid });
    const hsSignature = createHmac('sha256', publicKeyPem).update(`${hsHeader}.${unsignedBody}`).digest('base64url');

    const forgeries: [string, string, string][] = [
      ['another audience', await signedBy(keys.rsa, { ...claims, aud: 'another-platform' }), 'no consumer accepts'],
      ['another issuer', await signedBy(keys.rsa, { ...claims, iss: 'https://evil.example/' }), 'no consumer accepts'],
      ['ES256, by a key the RS256 issuer publishes', await signedBy(keys.ecOnRsaIssuer, claims), 'its algorithm'],
      ['alg none', `${base64url({ alg: 'none', typ: 'JWT' })}.${unsignedBody}.`, 'its algorithm'],
      ['HS256 with the public key as secret', `${hsHeader}.${unsignedBody}.${hsSignature}`, 'its algorithm'],
      ['signed by an unpublished key under a published kid', await signedBy(keys.unpublished, claims), 'signature'],
    ];
    for (const [what, token, reason] of forgeries) {
      const refused = expectRefused(await call('/experience/portal/v1/orders', token));
      expect(refused.type, what).toBe('urn:crossdock:problem:unauthenticated');
      expect(refused.detail, what).toContain(reason);
    }
  });

  it('never accepts a token whose keys cannot be fetched: 503 with Retry-After, then 200 once the key server is back', async () => {
    const token = await signedBy(keys.rsa, { ...FARAWAY, sub: 'ops', scope: 'process:read' });
    const received = tier.received.length;

    const answer = await call('/process/v1/orders', token);
    const unavailable = expectRefused(answer, 503);
    expect(unavailable.type).toBe('urn:crossdock:problem:upstream-unavailable');
    expect(unavailable.detail).toContain(FARAWAY.iss);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(tier.received.length).toBe(received);

    const back = await startTestUpstream(
      [{ status: 200, body: { keys: [keys.rsa.jwk] } }],
      Number(new URL(farawayUrl).port),
    );
    try {
      expect((await call('/process/v1/orders', token)).status).toBe(200);
    } finally {
      await back.close();
    }
  });
});
