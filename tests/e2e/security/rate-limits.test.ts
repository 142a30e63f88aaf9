/**
 * Rate limits per consumer, by tier, through the gateway: every answer says where the caller
 * stands (RateLimit, RateLimit-Policy); over the allowance the answer is 429 with Retry-After, and
 * the next window gives the allowance back. Time is a test clock the tests move: nothing sleeps.
 */
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '../../support/test-platform';
import { partnerConsumer, startSecurityPlatform, testClock, withConsumers } from './security-setup';

let crossdock: TestPlatform;
const clock = testClock();

beforeAll(async () => {
  crossdock = await startSecurityPlatform({
    gatewayClock: clock,
    // The repository's tiers, and a second bronze partner.
    gateway: withConsumers(partnerConsumer('southwind-market')),
    apiKeysFor: ['northwind-market', 'southwind-market'],
  });
});
afterAll(() => crossdock.close());

const BRONZE = 120;
const partnerCall = (consumer: string) =>
  crossdock.http.get('/experience/marketplace/v1/orders/none').set('X-API-Key', crossdock.apiKeys[consumer]!);

/** `"bronze";r=37;t=21` as numbers. */
function rateLimitOf(answer: Response): { name: string; remaining: number; resetSeconds: number } {
  const match = /^"([a-z0-9-]+)";r=(\d+);t=(\d+)$/.exec(answer.headers.ratelimit ?? '');
  expect(match, `RateLimit: ${answer.headers.ratelimit}`).not.toBeNull();
  return { name: match![1]!, remaining: Number(match![2]), resetSeconds: Number(match![3]) };
}

async function spend(consumer: string, count: number): Promise<Response[]> {
  const answers: Response[] = [];
  for (let index = 0; index < count; index += 1) answers.push(await partnerCall(consumer));
  return answers;
}

describe('a partner on the bronze tier', () => {
  it('is told its allowance on every answer, counting down', async () => {
    const [first, second] = await spend('northwind-market', 2);

    expect(first!.headers['ratelimit-policy']).toBe(`"bronze";q=${BRONZE};w=60`);
    expect(rateLimitOf(first!)).toEqual({ name: 'bronze', remaining: BRONZE - 1, resetSeconds: 50 });
    expect(rateLimitOf(second!).remaining).toBe(BRONZE - 2);
  });

  it('gets 429 with Retry-After once the allowance is spent, and the request goes no further', async () => {
    const answers = await spend('northwind-market', BRONZE - 2);
    expect(answers.every((answer) => answer.status === 404)).toBe(true);
    clock.advanceSeconds(20);

    const refused = await partnerCall('northwind-market');

    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: 'urn:crossdock:problem:rate-limited', status: 429 });
    expect(refused.headers['retry-after']).toBe('30');
    expect(rateLimitOf(refused)).toEqual({ name: 'bronze', remaining: 0, resetSeconds: 30 });
    const services = crossdock.logs
      .withCorrelationId(refused.headers['x-correlation-id'] as string)
      .map((line) => line.service);
    expect(new Set(services)).toEqual(new Set(['gateway']));
  });

  it('does not use up another consumer’s allowance, on the same tier', async () => {
    const other = await partnerCall('southwind-market');

    expect(other.status).toBe(404);
    expect(rateLimitOf(other).remaining).toBe(BRONZE - 1);
  });

  it('has its allowance back when the next window starts', async () => {
    clock.advanceSeconds(30);

    const answer = await partnerCall('northwind-market');

    expect(answer.status).toBe(404);
    expect(rateLimitOf(answer)).toEqual({ name: 'bronze', remaining: BRONZE - 1, resetSeconds: 60 });
  });
});

describe('portal users on the gold tier', () => {
  it('are counted one by one, with more requests than a bronze partner', async () => {
    const buyer = (subject: string) =>
      `Bearer ${crossdock.token({ subject, scopes: ['portal:read'], customerId: 'C-1001' })}`;

    const first = await crossdock.http
      .get('/experience/portal/v1/orders/none')
      .set('Authorization', buyer('buyer-1@acme.example'));
    await crossdock.http.get('/experience/portal/v1/orders/none').set('Authorization', buyer('buyer-1@acme.example'));
    const other = await crossdock.http
      .get('/experience/portal/v1/orders/none')
      .set('Authorization', buyer('buyer-2@acme.example'));

    const gold = crossdock.gateway.rateLimits.gold!.requests;
    expect(gold).toBeGreaterThan(BRONZE);
    expect(first.headers['ratelimit-policy']).toBe(`"gold";q=${gold};w=60`);
    expect(rateLimitOf(other).remaining).toBe(gold - 1);
  });
});

describe('requests that are refused before they are counted', () => {
  it('an anonymous request is answered 401, and no allowance is used', async () => {
    const before = rateLimitOf(await partnerCall('southwind-market')).remaining;

    await crossdock.http.get('/experience/marketplace/v1/orders/none').expect(401);

    expect(rateLimitOf(await partnerCall('southwind-market')).remaining).toBe(before - 1);
  });
});
