import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamProblemError, UpstreamUnavailableError } from '../../contracts/errors/errors';
import { createUpstreamClient, type UpstreamClient } from './upstream-client';
import type { UpstreamClientOptions } from './upstream-client-options';
import {
  capturingLogger,
  recordingSleep,
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

async function setUp(replies: ScriptedReply[], options: Partial<UpstreamClientOptions> = {}) {
  upstream = await startTestUpstream(replies);
  const { sleep, delays } = recordingSleep();
  const log = capturingLogger();
  client = createUpstreamClient({
    name: 'system-apis',
    baseUrl: upstream.baseUrl,
    logger: log.logger,
    sleep,
    retry: { maxRetries: 0 },
    breaker: { volumeThreshold: 3, errorThresholdPercentage: 50, resetTimeoutMs: 60_000 },
    ...options,
  });
  return { upstream, client, delays, log };
}

const settle = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('upstream client: circuit breaker', () => {
  it('opens after repeated failures and then fails fast without reaching the upstream', async () => {
    const { client, upstream, log } = await setUp([{ status: 503 }]);

    for (let i = 0; i < 3; i++) await settle(client.get('/items'));
    expect(client.breakerState()).toBe('open');
    expect(upstream.received).toHaveLength(3);

    const error = await settle(client.get('/items'));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as Error).message).toContain('circuit to system-apis is open');
    expect(upstream.received).toHaveLength(3);
    expect(log.lines()).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'upstream circuit opened: calls fail fast',
        upstream: 'system-apis',
      }),
    );
  });

  it('stops retrying a call as soon as the breaker opens under it', async () => {
    const { client, upstream, delays } = await setUp([{ status: 503 }], { retry: { maxRetries: 10 } });

    const error = await settle(client.get('/items'));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as Error).message).toContain('last attempt: status 503');
    expect(upstream.received).toHaveLength(3);
    expect(delays).toHaveLength(3);
  });

  it('does not count 4xx answers as failures', async () => {
    const { client, upstream } = await setUp([{ status: 404 }]);

    for (let i = 0; i < 10; i++)
      expect(await settle(client.get('/customers/nobody'))).toBeInstanceOf(UpstreamProblemError);

    expect(client.breakerState()).toBe('closed');
    expect(upstream.received).toHaveLength(10);
  });

  it('lets one trial call through after resetTimeoutMs and closes when it succeeds', async () => {
    const { client, upstream, log } = await setUp(
      [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 200, body: { ok: true } }],
      {
        breaker: { volumeThreshold: 3, resetTimeoutMs: 50 },
      },
    );
    for (let i = 0; i < 3; i++) await settle(client.get('/items'));
    expect(client.breakerState()).toBe('open');

    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(client.breakerState()).toBe('halfOpen');
    const response = await client.get('/items');

    expect(response.data).toEqual({ ok: true });
    expect(client.breakerState()).toBe('closed');
    expect(upstream.received).toHaveLength(4);
    expect(log.lines()).toContainEqual(
      expect.objectContaining({ level: 'info', message: 'upstream circuit closed', upstream: 'system-apis' }),
    );
  });

  it('after shutdown, refuses every call without reaching the upstream', async () => {
    const { client, upstream } = await setUp([{ status: 200, body: {} }]);

    client.shutdown();
    const error = await settle(client.get('/items'));

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect((error as Error).message).toContain('shut down');
    expect(upstream.received).toHaveLength(0);
  });
});
