import { afterEach, describe, expect, it } from 'vitest';
import { runWithContext } from '../context/request-context';
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
  client = createUpstreamClient({
    name: 'system-apis',
    baseUrl: `${upstream.baseUrl}/system/v1`,
    logger: capturingLogger().logger,
    sleep,
    ...options,
  });
  return { upstream, client, delays };
}

describe('upstream client: answers and headers', () => {
  it('resolves a 2xx with its status, parsed JSON body and lower-case headers', async () => {
    const { client, upstream } = await setUp([{ status: 200, body: { id: 'C-1' }, headers: { ETag: '"v3"' } }]);

    const response = await client.get<{ id: string }>('/customers/C-1');

    expect(response.status).toBe(200);
    expect(response.data).toEqual({ id: 'C-1' });
    expect(response.headers.etag).toBe('"v3"');
    expect(upstream.received[0]?.url).toBe('/system/v1/customers/C-1');
  });

  it('answers the body byte for byte when asked for bytes, with numbers JSON.parse would round intact', async () => {
    const text = '{"id": 9007199254740993123, "price": 19.90}';
    const { client } = await setUp([{ status: 200, body: text, headers: { 'Content-Type': 'application/json' } }]);

    const response = await client.get<Buffer>('/orders/1', { responseType: 'bytes' });

    expect(Buffer.isBuffer(response.data)).toBe(true);
    expect(response.data.toString('utf8')).toBe(text);
  });

  it('propagates the correlation id of the current request', async () => {
    const { client, upstream } = await setUp([{ status: 200, body: {} }]);

    await runWithContext({ correlationId: 'corr-123' }, () => client.get('/items'));

    expect(upstream.received[0]?.headers['x-correlation-id']).toBe('corr-123');
  });

  it("forwards the caller's bearer token when the context has one", async () => {
    const { client, upstream } = await setUp([{ status: 200, body: {} }]);

    await runWithContext({ correlationId: 'c', principal: { subject: 'u', scopes: [], token: 'tok-abc' } }, () =>
      client.get('/items'),
    );

    expect(upstream.received[0]?.headers.authorization).toBe('Bearer tok-abc');
  });

  it('keeps an Authorization header the caller set itself', async () => {
    const { client, upstream } = await setUp([{ status: 200, body: {} }]);

    await runWithContext({ correlationId: 'c', principal: { subject: 'u', scopes: [], token: 'tok-abc' } }, () =>
      client.get('/items', { headers: { Authorization: 'Bearer service-token' } }),
    );

    expect(upstream.received[0]?.headers.authorization).toBe('Bearer service-token');
  });

  it('outside a request, mints one correlation id and keeps it across retries', async () => {
    const { client, upstream } = await setUp([{ status: 503 }, { status: 200, body: {} }]);

    await client.get('/items');

    const ids = upstream.received.map((request) => request.headers['x-correlation-id']);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
  });

  it('sends the body as JSON and the query with repeated keys, skipping undefined values', async () => {
    const { client, upstream } = await setUp([{ status: 201, body: { id: 'SO-9' } }]);

    const response = await client.post('/sales-orders', {
      body: { customerId: 'C-1', lines: [{ sku: 'A', quantity: 2 }] },
      query: { status: ['OPEN', 'HELD'], limit: 50, cursor: undefined },
    });

    expect(response.status).toBe(201);
    const received = upstream.received[0];
    expect(received?.method).toBe('POST');
    expect(received?.url).toBe('/system/v1/sales-orders?status=OPEN&status=HELD&limit=50');
    expect(received?.headers['content-type']).toContain('application/json');
    expect(JSON.parse(received?.body ?? '')).toEqual({ customerId: 'C-1', lines: [{ sku: 'A', quantity: 2 }] });
  });

  it('sends PUT, PATCH and DELETE with their own methods', async () => {
    const { client, upstream } = await setUp([{ status: 204 }]);

    await client.put('/items/A', { body: { name: 'Bolt' } });
    await client.patch('/items/A', { body: { name: 'Nut' } });
    await client.delete('/items/A');

    expect(upstream.received.map((request) => request.method)).toEqual(['PUT', 'PATCH', 'DELETE']);
  });

  it('refuses an absolute URL in place of a path, so a token never leaves for another host', async () => {
    const { client, upstream } = await setUp([{ status: 200, body: {} }]);

    await client.get('http://example.invalid/steal').catch(() => undefined);

    expect(upstream.received[0]?.url).toBe('/system/v1/http://example.invalid/steal');
  });

  it('refuses options that make no sense at construction, naming the setting', () => {
    expect(() =>
      createUpstreamClient({ name: 'system-apis', baseUrl: 'not a url', logger: capturingLogger().logger }),
    ).toThrow(/baseUrl/);
    expect(() =>
      createUpstreamClient({
        name: 'system-apis',
        baseUrl: 'http://127.0.0.1:1',
        logger: capturingLogger().logger,
        retry: { maxRetries: -1 },
      }),
    ).toThrow(/retry\.maxRetries/);
  });
});
