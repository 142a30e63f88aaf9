import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import type { RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { startTestUpstream, type TestUpstream } from '@crossdock/shared-contracts/testing/test-upstream';
import { loadGatewayFile, type ClientLimits } from '../config/gateway-config';
import { startGateway } from '../start-gateway';
import { parseAnswer, slowClient } from './slow-client';

const GATEWAY_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../gateway.yaml');
const tokens: TokenSettings = {
  secret: 'client-limits-test-secret-0123456789',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 0,
};
const logger = createLogger({ service: 'limits-test', stream: new Writable({ write: (_c, _e, done) => done() }) });
const operator = signToken(tokens, { subject: 'operator', scopes: ['system:read', 'system:write'] });

/** A gateway in front of a tier that answers 200, with gateway.yaml's limits changed as given. */
async function startGatewayWith(
  limits: Partial<ClientLimits>,
): Promise<{ gateway: RunningServer; tier: TestUpstream }> {
  const tier = await startTestUpstream([{ status: 200, body: { ok: true } }]);
  const config = await loadGatewayFile(GATEWAY_FILE, {});
  const gateway = await startGateway({
    config: { ...config, limits: { ...config.limits, ...limits } },
    tokens,
    upstreams: { system: tier.baseUrl, process: tier.baseUrl, experience: tier.baseUrl },
    port: 0,
    logger,
  });
  return { gateway, tier };
}

const postHeaders = (length: number) =>
  `POST /system/v1/items HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer ${operator}\r\n` +
  `Content-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe.concurrent('slow clients and header floods, with short limits', () => {
  let gateway: RunningServer;
  let tier: TestUpstream;
  beforeAll(async () => {
    ({ gateway, tier } = await startGatewayWith({
      headersTimeoutMs: 1000,
      requestTimeoutMs: 2000,
      upstreamTimeoutMs: 1000,
      idleTimeoutMs: 1500,
    }));
  });
  afterAll(async () => {
    await gateway?.close();
    await tier?.close();
  });

  it('answers 408 and closes the connection of a client sending its body a byte every 200 ms; the tier never sees it', async () => {
    const body = JSON.stringify({ sku: 'HXB-001', note: 'x'.repeat(40) });
    const client = await slowClient(gateway.url);
    client.socket.write(postHeaders(body.length));
    const sent = await client.trickle(body, 200);

    const answer = parseAnswer(await client.closed);
    expect(sent).toBeLessThan(body.length);
    expect(answer.status).toBe(408);
    expect(answer.headers).toMatch(/content-type: application\/problem\+json/i);
    expect(answer.body).toMatchObject({ type: 'urn:crossdock:problem:request-timeout', status: 408 });
    expect(tier.received.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('answers 408 and closes the connection of a client sending its headers a byte every 200 ms', async () => {
    const client = await slowClient(gateway.url);
    const headers = postHeaders(2);
    const sent = await client.trickle(headers, 200);

    expect(sent).toBeLessThan(headers.length);
    expect(parseAnswer(await client.closed).status).toBe(408);
  });

  it('closes a connection that never sends a byte', async () => {
    const client = await slowClient(gateway.url);

    await client.closed;
    expect(client.isClosed()).toBe(true);
  });

  it('refuses 431 a request with more header lines than maxHeadersCount (100), and serves one with 100', async () => {
    /** What the gateway answers a GET with `count` header lines in all. */
    const withHeaderLines = async (count: number) => {
      const client = await slowClient(gateway.url);
      const extra = Array.from({ length: count - 3 }, (_, index) => `X-Flood-${index}: y\r\n`).join('');
      client.socket.write(
        `GET /system/v1/items HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer ${operator}\r\n` +
          `Connection: close\r\n${extra}\r\n`,
      );
      return client.closed;
    };

    expect(await withHeaderLines(100)).toMatch(/^HTTP\/1\.1 200 OK/);
    const flood = parseAnswer(await withHeaderLines(101));
    expect(flood.status).toBe(431);
    expect(flood.headers).toMatch(/content-type: application\/problem\+json/i);
    expect(flood.body).toMatchObject({
      type: 'urn:crossdock:problem:request-headers-too-large',
      detail: 'The request has more than 100 header lines.',
    });
  });

  it('refuses 431 a request whose headers are larger than maxHeaderBytes (16 KiB), as problem+json', async () => {
    const client = await slowClient(gateway.url);
    client.socket.write(`GET /system/v1/items HTTP/1.1\r\nHost: gateway\r\nX-Huge: ${'z'.repeat(20_000)}\r\n\r\n`);

    const answer = parseAnswer(await client.closed);
    expect(answer.status).toBe(431);
    expect(answer.body).toMatchObject({
      type: 'urn:crossdock:problem:request-headers-too-large',
      detail: "The request's headers are larger than 16384 bytes.",
    });
  });
});

describe('connections per client', () => {
  let gateway: RunningServer;
  let tier: TestUpstream;
  // Long timeouts: the connections held here stay open for the whole test.
  beforeAll(async () => ({ gateway, tier } = await startGatewayWith({ connectionsPerClient: 3 })));
  afterAll(async () => {
    await gateway?.close();
    await tier?.close();
  });

  it('closes a fourth connection from one address at once, serves another address, and takes the address again once one closes', async () => {
    const held = await Promise.all([1, 2, 3].map(() => slowClient(gateway.url)));
    const fourth = await slowClient(gateway.url);

    expect(await fourth.closed).toBe('');
    expect(held.map((client) => client.isClosed())).toEqual([false, false, false]);
    const fromElsewhere = await slowClient(gateway.url, '127.0.0.2');
    fromElsewhere.socket.write('GET /openapi.json HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n');
    expect((await fromElsewhere.closed).startsWith('HTTP/1.1 200 OK')).toBe(true);

    held[0]!.socket.destroy();
    await held[0]!.closed;
    const again = await slowClient(gateway.url);
    again.socket.write('GET /openapi.json HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n');
    expect((await again.closed).startsWith('HTTP/1.1 200 OK')).toBe(true);
    for (const client of held) client.socket.destroy();
  });
});
