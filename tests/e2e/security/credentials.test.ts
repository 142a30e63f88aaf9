/**
 * Credentials the gateway refuses, on every consumer's route: forged, expired, unsigned (alg none),
 * for another issuer or audience, not valid yet, under another algorithm, without expiry; API
 * keys that are malformed, unknown, tampered with or revoked. And a consumer with an identity
 * provider of its own, whose tokens the tiers never see.
 */
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '@crossdock/gateway/api-keys/api-key';
import { readApiKeyFile, writeApiKeyFile } from '@crossdock/gateway/api-keys/api-key-file';
import { TEST_TOKENS, type TestPlatform } from '../../support/test-platform';
import { startSecurityPlatform, testClock } from './security-setup';

const IDP = {
  issuer: 'https://idp.acme.example',
  audience: 'crossdock-portal',
  secret: 'the-identity-providers-own-secret-0123',
};

let crossdock: TestPlatform;
const clock = testClock();

beforeAll(async () => {
  crossdock = await startSecurityPlatform({
    gatewayClock: clock,
    apiKeysFor: ['northwind-market'],
    // A portal whose buyers sign in at Acme's own identity provider.
    gateway: (config) => ({
      ...config,
      consumers: [
        { id: 'acme-portal', jwt: IDP, routes: ['/experience/portal/v1'], rateLimit: { tier: 'gold', per: 'subject' } },
        ...config.consumers,
      ],
    }),
  });
});
afterAll(() => crossdock.close());

const nowInSeconds = () => Math.floor(Date.now() / 1000);

/** Valid claims for each consumer's route; a test spoils one thing at a time. */
const ROUTES = [
  { path: '/experience/portal/v1/orders', claims: { scope: 'portal:read', customer_id: 'C-1001' } },
  { path: '/experience/mobile/v1/customers', claims: { scope: 'mobile:read', customer_ids: ['C-1001'] } },
  { path: '/system/v1/customers', claims: { scope: 'system:read' } },
  { path: '/process/v1/orders', claims: { scope: 'process:read' } },
];

function claims(base: object, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: 'caller',
    iss: TEST_TOKENS.issuer,
    aud: TEST_TOKENS.audience,
    iat: nowInSeconds(),
    exp: nowInSeconds() + 600,
    ...base,
    ...overrides,
  };
}

function withoutExpiry(payload: Record<string, unknown>): Record<string, unknown> {
  const { exp: _dropped, ...rest } = payload;
  return rest;
}

const sign = (payload: object, secret = TEST_TOKENS.secret, algorithm: jwt.Algorithm = 'HS256') =>
  jwt.sign(payload, secret, { algorithm });
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const SPOILED: [string, (base: object) => string][] = [
  ['signed with another secret', (base) => sign(claims(base), 'not-the-platform-secret-0123456789')],
  [
    'expired beyond the clock tolerance',
    (base) => sign(claims(base, { iat: nowInSeconds() - 7200, exp: nowInSeconds() - 3600 })),
  ],
  ['unsigned (alg none)', (base) => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims(base))}.`],
  ['from another issuer', (base) => sign(claims(base, { iss: 'https://someone-else.example' }))],
  ['for another audience', (base) => sign(claims(base, { aud: 'another-platform' }))],
  ['not valid for another hour', (base) => sign(claims(base, { nbf: nowInSeconds() + 3600 }))],
  ['signed with the right secret under HS512', (base) => sign(claims(base), TEST_TOKENS.secret, 'HS512')],
  ['without an expiry', (base) => sign(withoutExpiry(claims(base)))],
];

describe('tokens the gateway refuses on every route', () => {
  it('accepts the unspoiled token on each route (the baseline)', async () => {
    for (const route of ROUTES)
      expect(
        (await crossdock.http.get(route.path).set('Authorization', `Bearer ${sign(claims(route.claims))}`)).status,
        route.path,
      ).toBe(200);
  });

  it.each(SPOILED)('a token %s: 401 problem on every route', async (_how, spoil) => {
    for (const route of ROUTES) {
      const answer = await crossdock.http.get(route.path).set('Authorization', `Bearer ${spoil(route.claims)}`);
      expect(answer.status, route.path).toBe(401);
      expect(answer.body.type).toBe('urn:crossdock:problem:unauthenticated');
    }
  });
});

describe('a consumer with an identity provider of its own', () => {
  const idpToken = (overrides: Record<string, unknown> = {}, secret = IDP.secret) =>
    sign(
      {
        sub: 'buyer@acme.example',
        scope: 'portal:read',
        customer_id: 'C-1001',
        iss: IDP.issuer,
        aud: IDP.audience,
        exp: nowInSeconds() + 600,
        ...overrides,
      },
      secret,
    );

  it('is let in with its provider’s tokens, which the tier itself would not take', async () => {
    await crossdock.http.get('/experience/portal/v1/orders').set('Authorization', `Bearer ${idpToken()}`).expect(200);

    await import('supertest').then(({ default: supertest }) =>
      supertest(crossdock.platform.tiers.experience)
        .get('/experience/portal/v1/orders')
        .set('Authorization', `Bearer ${idpToken()}`)
        .expect(401),
    );
  });

  it('refuses a token naming its issuer but signed with the platform’s secret, or with an expired one', async () => {
    await crossdock.http
      .get('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${idpToken({}, TEST_TOKENS.secret)}`)
      .expect(401);
    await crossdock.http
      .get('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${idpToken({ exp: nowInSeconds() - 3600 })}`)
      .expect(401);
  });

  it('refuses its tokens on routes the consumer may not call (403)', async () => {
    const answer = await crossdock.http
      .get('/system/v1/customers')
      .set('Authorization', `Bearer ${idpToken({ scope: 'system:read' })}`)
      .expect(403);

    expect(answer.body.detail).toContain('acme-portal');
  });
});

describe('API keys the gateway refuses', () => {
  const inventory = (key: string) => crossdock.http.get('/experience/marketplace/v1/inventory').set('X-API-Key', key);

  it('accepts the partner’s key (the baseline)', async () => {
    await inventory(crossdock.apiKeys['northwind-market']!).expect(200);
  });

  it('refuses a key that is malformed, unknown, or has one character changed', async () => {
    const key = crossdock.apiKeys['northwind-market']!;
    const tampered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    const unknown = generateApiKey('northwind-market', new Date()).key;

    for (const bad of ['not-a-key', 'cdk_0123', tampered, unknown])
      expect((await inventory(bad)).status, bad.slice(0, 20)).toBe(401);
  });

  it('refuses a key once revoked, without a restart', async () => {
    const keyFile = crossdock.gateway.apiKeys.file;
    const { key, record } = generateApiKey('northwind-market', new Date());
    await writeApiKeyFile(keyFile, [...(await readApiKeyFile(keyFile)), record]);
    clock.advanceSeconds(2);
    await inventory(key).expect(200);

    await writeApiKeyFile(
      keyFile,
      (await readApiKeyFile(keyFile)).map((stored) =>
        stored.id === record.id ? { ...stored, revokedAt: new Date().toISOString() } : stored,
      ),
    );
    clock.advanceSeconds(2);

    await inventory(key).expect(401);
    await inventory(crossdock.apiKeys['northwind-market']!).expect(200);
  });

  it('refuses a partner’s key on any other route (403)', async () => {
    const answer = await crossdock.http
      .get('/experience/portal/v1/orders')
      .set('X-API-Key', crossdock.apiKeys['northwind-market']!)
      .expect(403);

    expect(answer.body.detail).toContain('northwind-market');
  });
});
