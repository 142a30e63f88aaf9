import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamUnavailableError } from '../../contracts/errors/errors';
import { runWithContext } from '../context/request-context';
import { createUpstreamClient, type UpstreamClient } from './upstream-client';
import type { UpstreamClientOptions } from './upstream-client-options';
import {
  capturingLogger,
  recordingSleep,
  refusedBaseUrl,
  startTestUpstream,
  type ScriptedReply,
  type TestUpstream,
} from '../../testing/test-upstream';

let upstream: TestUpstream | undefined;
let client: UpstreamClient | undefined;

afterEach(async () => {
  client?.shutdown();
  await upstream?.close();
  client = undefined;
  upstream = undefined;
});

// A breaker that cannot open, so these tests see the retry schedule alone.
const NO_TRIP = { volumeThreshold: 1000 };

async function setUp(replies: ScriptedReply[], options: Partial<UpstreamClientOptions> = {}) {
  upstream = await startTestUpstream(replies);
  return { upstream, ...makeClient(`${upstream.baseUrl}/system/v1`, options) };
}

function makeClient(baseUrl: string, options: Partial<UpstreamClientOptions> = {}) {
  const { sleep, delays } = recordingSleep();
  const log = capturingLogger();
  client = createUpstreamClient({
    name: 'system-apis',
    baseUrl,
    logger: log.logger,
    sleep,
    random: () => 0.5,
    breaker: NO_TRIP,
    ...options,
  });
  return { client, delays, log };
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  );
}

describe('upstream client: retries', () => {
  it('succeeds after two retries when the upstream answers 503 twice, with growing capped waits', async () => {
    const { client, upstream, delays } = await setUp(
      [{ status: 503 }, { status: 503 }, { status: 200, body: { ok: true } }],
      {
        retry: { baseDelayMs: 100, maxDelayMs: 5000 },
      },
    );

    const response = await client.get('/inventory/A');

    expect(response.data).toEqual({ ok: true });
    expect(upstream.received).toHaveLength(3);
    expect(delays).toEqual([50, 100]);
    expect(delays.every((delay) => delay <= 5000)).toBe(true);
  });

  it('never waits longer than maxDelayMs, however many retries', async () => {
    const { client, delays } = await setUp([{ status: 503 }], {
      random: () => 0.999,
      retry: { maxRetries: 6, baseDelayMs: 100, maxDelayMs: 1000 },
    });

    await failureOf(client.get('/inventory/A'));

    expect(delays).toHaveLength(6);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] ?? 0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(1000);
  });

  it('waits as long as a 429 Retry-After in seconds asks', async () => {
    const { client, upstream, delays } = await setUp([
      { status: 429, headers: { 'Retry-After': '2' } },
      { status: 200, body: {} },
    ]);

    await client.get('/prices');

    expect(delays).toEqual([2000]);
    expect(upstream.received).toHaveLength(2);
  });

  it('reads a Retry-After HTTP-date against the clock port', async () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    const { client, delays } = await setUp(
      [
        { status: 503, headers: { 'Retry-After': 'Tue, 01 Jan 2030 00:00:03 GMT' } },
        { status: 200, body: {} },
      ],
      {
        now: () => now,
      },
    );

    await client.get('/prices');

    expect(delays).toEqual([3000]);
  });

  it('does not wait inside the call when Retry-After asks for as long as maxDelayMs or longer: unavailable at once', async () => {
    const {
      client,
      delays,
      upstream: server,
    } = await setUp([
      { status: 429, headers: { 'Retry-After': '3600' } },
      { status: 200, body: {} },
    ]);

    await expect(client.get('/prices')).rejects.toMatchObject({
      status: 503,
      message: expect.stringContaining('not retried: it asks to wait 3600'),
    });
    expect(delays).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  it('does not retry a 500 and fails as unavailable', async () => {
    const { client, upstream } = await setUp([{ status: 500, body: { secret: 'stack trace here' } }]);

    const error = await failureOf(client.get('/customers/C-1'));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(upstream.received).toHaveLength(1);
    expect((error as Error).message).toContain('system-apis GET /customers/C-1');
    expect((error as Error).message).toContain('500');
    expect((error as Error).message).not.toContain('stack trace');
  });

  it('does not retry a POST without an Idempotency-Key on 503', async () => {
    const { client, upstream } = await setUp([{ status: 503 }, { status: 201, body: {} }]);

    const error = await failureOf(client.post('/sales-orders', { body: { id: 1 } }));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(upstream.received).toHaveLength(1);
  });

  it('retries a POST that carries an Idempotency-Key, sending the same key again', async () => {
    const { client, upstream } = await setUp([{ status: 503 }, { status: 201, body: { id: 'SO-1' } }]);

    const response = await client.post('/sales-orders', {
      body: { id: 1 },
      headers: { 'Idempotency-Key': 'order-42' },
    });

    expect(response.status).toBe(201);
    expect(upstream.received.map((request) => request.headers['idempotency-key'])).toEqual(['order-42', 'order-42']);
  });

  it('ends with UpstreamUnavailableError after retries when the connection is refused', async () => {
    const { client, delays } = makeClient(await refusedBaseUrl(), { retry: { maxRetries: 2 } });

    const error = await failureOf(client.get('/items'));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(delays).toHaveLength(2);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).toContain('after 3 attempt(s)');
  });

  it('retries a timed-out attempt, then fails as unavailable', async () => {
    const { client, upstream, delays } = await setUp(['hang'], { timeoutMs: 200, retry: { maxRetries: 2 } });

    const error = await failureOf(client.get('/items'));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(upstream.received).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect((error as Error).message).toContain('ETIMEDOUT');
  });

  it('logs one warning per retry with upstream, method, path, attempt and status, and never a header', async () => {
    const { client, log } = await setUp([{ status: 503 }, { status: 502 }, { status: 200, body: {} }]);

    await runWithContext(
      { correlationId: 'corr-9', principal: { subject: 'u', scopes: [], token: 'tok-secret' } },
      () => client.get('/items?search=bolts', { headers: { 'X-Api-Key': 'key-secret' } }),
    );

    const retries = log.lines().filter((line) => line.message === 'upstream call failed, retrying');
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatchObject({
      level: 'warn',
      upstream: 'system-apis',
      method: 'GET',
      path: '/items',
      attempt: 1,
      status: 503,
    });
    expect(retries[1]).toMatchObject({ attempt: 2, status: 502 });
    expect(log.text()).not.toContain('tok-secret');
    expect(log.text()).not.toContain('key-secret');
    expect(log.text()).not.toContain('bolts');
  });
});
