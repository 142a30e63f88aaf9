import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpstreamUnavailableError } from '../../contracts/errors/errors';
import { createUpstreamClient, type UpstreamClient } from './upstream-client';
import { resolveUpstreamClientOptions } from './upstream-client-options';
import { capturingLogger, recordingSleep, startTestUpstream, type TestUpstream } from '../../testing/test-upstream';

let upstream: TestUpstream | undefined;
let client: UpstreamClient | undefined;

afterEach(async () => {
  client?.shutdown();
  await upstream?.close();
  client = undefined;
  upstream = undefined;
});

const OK = [{ status: 200, body: { ok: true } }];

describe('upstream client: an upstream that goes away and comes back', () => {
  it('closes its circuit on the first call once the upstream is back and the reset interval has passed', async () => {
    upstream = await startTestUpstream(OK);
    const port = Number(new URL(upstream.baseUrl).port);
    client = createUpstreamClient({
      name: 'system-apis',
      baseUrl: upstream.baseUrl,
      logger: capturingLogger().logger,
      sleep: recordingSleep().sleep,
      retry: { maxRetries: 0 },
      breaker: { volumeThreshold: 3, resetTimeoutMs: 200 },
    });
    expect((await client.get('/customers')).status).toBe(200);

    // The upstream goes away: connections are refused and the circuit opens.
    await upstream.close();
    for (let i = 0; i < 3; i++) await client.get('/customers').catch(() => undefined);
    expect(client.breakerState()).toBe('open');
    const refused = await client.get('/customers').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UpstreamUnavailableError);
    expect((refused as Error).message).toContain('circuit to system-apis is open');

    // It comes back where it was; once the reset interval has passed, one trial call may go through.
    upstream = await startTestUpstream(OK, port);
    await vi.waitFor(() => expect(client?.breakerState()).toBe('halfOpen'), { timeout: 5000, interval: 20 });
    const first = await client.get<{ ok: boolean }>('/customers');

    expect(first.data).toEqual({ ok: true });
    expect(client.breakerState()).toBe('closed');
    expect(upstream.received).toHaveLength(1);
    // Closed means closed: the calls after it go through too.
    await Promise.all([client.get('/customers'), client.get('/customers')]);
    expect(upstream.received).toHaveLength(3);
  });

  it('tries again after 2 s by default, not after half a minute', () => {
    const options = resolveUpstreamClientOptions({
      name: 'system-apis',
      baseUrl: 'http://127.0.0.1:1',
      logger: capturingLogger().logger,
      breaker: { resetTimeoutMs: undefined },
    });
    expect(options.breaker.resetTimeoutMs).toBe(2000);
  });
});
