/**
 * Rate limits shared by gateway replicas: two gateways in this process, one PostgreSQL database
 * (gateway.yaml's rateLimitStore), one partner calling through both at once. Without the store each
 * gateway counts alone, and the partner gets twice its allowance.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { parse as parseYaml, stringify } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import type { RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createTestDatabase } from '@crossdock/shared-contracts/testing/test-database';
import { startTestUpstream, type TestUpstream } from '@crossdock/shared-contracts/testing/test-upstream';
import { parseGatewayFile } from '../config/gateway-config';
import { startGateway } from '../start-gateway';
import { createPostgresRateLimiter } from './postgres-rate-limiter';

const GATEWAY_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../gateway.yaml');
const tokens: TokenSettings = {
  secret: 'shared-limit-platform-secret-0123',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 0,
};
const PARTNER = {
  secret: 'southwind-own-signing-secret-0123',
  issuer: 'https://id.southwind.example',
  audience: 'crossdock',
};
const ALLOWANCE = 20;
const logger = createLogger({ service: 'gateway', stream: new Writable({ write: (_c, _e, done) => done() }) });

let tier: TestUpstream;
let databaseUrl: string;
const running: RunningServer[] = [];

beforeAll(async () => {
  tier = await startTestUpstream([{ status: 200, body: { ok: true } }]);
  databaseUrl = await createTestDatabase('gateway_rate_limits');
});
afterEach(async () => {
  for (const gateway of running.splice(0)) await gateway.close();
});
afterAll(() => tier?.close());

/** The repository's gateway.yaml, a partner on a bronze tier of ALLOWANCE a minute, and `store`. */
async function gatewayFile(databaseUrl: string) {
  const document = parseYaml(await readFile(GATEWAY_FILE, 'utf8')) as {
    rateLimits: Record<string, object>;
    rateLimitStore?: object;
    consumers: object[];
  };
  document.rateLimits.bronze = { requests: ALLOWANCE, windowSeconds: 60 };
  document.rateLimitStore = { databaseUrl };
  document.consumers.push({
    id: 'southwind',
    jwt: { ...PARTNER, partner: true },
    routes: ['/experience/marketplace/v1'],
    rateLimit: { tier: 'bronze' },
  });
  return parseGatewayFile(stringify(document), {}, GATEWAY_FILE);
}

async function twoGateways(databaseUrl: string): Promise<[string, string]> {
  const config = await gatewayFile(databaseUrl);
  const upstreams = { system: tier.baseUrl, process: tier.baseUrl, experience: tier.baseUrl };
  const gateways = await Promise.all([1, 2].map(() => startGateway({ config, tokens, upstreams, port: 0, logger })));
  running.push(...gateways);
  return [gateways[0]!.url, gateways[1]!.url];
}

/** `count` calls at once, every other one to each gateway, by two users of the partner. */
async function callThroughBoth(urls: [string, string], count: number) {
  const authorization = (user: number) =>
    `Bearer ${signToken({ ...PARTNER, clockToleranceSeconds: 0 }, { subject: `user-${user}@southwind.example`, scopes: ['marketplace:read'] })}`;
  return Promise.all(
    Array.from({ length: count }, async (_unused, index) => {
      const answer = await fetch(`${urls[index % 2]}/experience/marketplace/v1/orders`, {
        headers: { authorization: authorization(index % 3) },
      });
      return { status: answer.status, headers: answer.headers, body: (await answer.json()) as Record<string, unknown> };
    }),
  );
}

describe('a partner calling through two gateways', () => {
  it('gets its allowance once across both when they count in PostgreSQL, and 429 with Retry-After beyond', async () => {
    const answers = await callThroughBoth(await twoGateways(databaseUrl), ALLOWANCE + 10);

    const allowed = answers.filter((answer) => answer.status === 200);
    expect(allowed).toHaveLength(ALLOWANCE);
    // Each allowed call was told a different count of what is left: one counter, not two.
    const remaining = allowed.map((answer) => Number(/;r=(\d+);/.exec(answer.headers.get('ratelimit')!)![1]));
    expect(remaining.sort((a, b) => a - b)).toEqual(Array.from({ length: ALLOWANCE }, (_unused, index) => index));
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(refused).toHaveLength(10);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ type: 'urn:crossdock:problem:rate-limited', status: 429 });
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(answer.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ key: string; points: number }>('select key, points from gateway_rate_limits');
    await client.end();
    // One row for the partner, its key hashed: no user name in the table.
    expect(rows).toEqual([{ key: expect.stringMatching(/^bronze:[A-Za-z0-9_-]{43}$/), points: ALLOWANCE + 10 }]);
  });

  it('gets its allowance from each gateway when each counts in its own memory (the default)', async () => {
    const answers = await callThroughBoth(await twoGateways(''), ALLOWANCE * 2 + 4);

    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(ALLOWANCE * 2);
  });
});

describe('the PostgreSQL rate limiter', () => {
  it('goes on counting in memory while its database cannot be reached', async () => {
    const limiter = await createPostgresRateLimiter(await createTestDatabase('gateway_rate_limits_lost'));
    const policy = { name: 'bronze', requests: 3, windowSeconds: 60 };
    expect((await limiter.take('partner-a', policy, new Date())).remaining).toBe(2);
    await limiter.close();

    const decisions = [];
    for (let count = 0; count < 4; count += 1) decisions.push(await limiter.take('partner-a', policy, new Date()));

    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
  });
});
