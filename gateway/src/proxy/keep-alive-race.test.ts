import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { signToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import type { RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { loadGatewayFile } from '../config/gateway-config';
import { startGateway } from '../start-gateway';

const GATEWAY_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../gateway.yaml');
const tokens: TokenSettings = {
  secret: 'keep-alive-test-secret-0123456789',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 0,
};
const logger = createLogger({ service: 'gateway', stream: new Writable({ write: (_c, _e, done) => done() }) });
const operator = `Bearer ${signToken(tokens, { subject: 'ops', scopes: ['process:read', 'process:write'] })}`;

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const server of running.splice(0).reverse()) await server.close();
});

/**
 * A tier as the race sees it: it closes a kept-alive connection at the very moment the next request
 * arrives on it (as a tier whose keep-alive timeout runs out just then does), without answering.
 * `closeEvery` closes every connection at its first request instead: a tier that is really failing.
 */
async function startClosingTier(closeEvery = false) {
  const requestsOn = new Map<Socket, number>();
  const seen = { answered: 0, closed: 0 };
  const server: Server = createServer((request, response) => {
    const count = (requestsOn.get(request.socket) ?? 0) + 1;
    requestsOn.set(request.socket, count);
    if (closeEvery || count > 1) {
      seen.closed++;
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      seen.answered++;
      response.setHeader('content-type', 'application/json');
      const correlationId = request.headers['x-correlation-id'];
      response.end(
        JSON.stringify({ method: request.method, body: Buffer.concat(chunks).toString('utf8'), correlationId }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running.push({
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function startGatewayBefore(tierUrl: string): Promise<RunningServer> {
  const config = await loadGatewayFile(GATEWAY_FILE, {});
  const gateway = await startGateway({
    config,
    tokens,
    upstreams: { system: tierUrl, process: tierUrl, experience: tierUrl },
    port: 0,
    logger,
  });
  running.push(gateway);
  return gateway;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the gateway and a tier closing kept-alive connections', () => {
  it('answers every request, of every method, when the tier closes the connection it reuses', async () => {
    const tier = await startClosingTier();
    const gateway = await startGatewayBefore(tier.url);

    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const write = i % 2 === 1;
      const answer = await fetch(`${gateway.url}/process/v1/orders`, {
        method: write ? 'POST' : 'GET',
        headers: { authorization: operator, 'content-type': 'application/json', 'idempotency-key': `order-${i}` },
        body: write ? JSON.stringify({ order: i }) : undefined,
      });
      statuses.push(answer.status);
      const echoed = (await answer.json()) as { method: string; body: string; correlationId: string };
      // What reached the tier is the request as sent, under the correlation id the caller was answered with.
      expect(echoed).toEqual({
        method: write ? 'POST' : 'GET',
        body: write ? JSON.stringify({ order: i }) : '',
        correlationId: answer.headers.get('x-correlation-id'),
      });
      await pause(20);
    }

    expect(statuses).toEqual(Array(8).fill(200));
    // The race did happen: the tier closed reused connections, and still every request was answered once.
    expect(tier.seen.closed).toBeGreaterThanOrEqual(3);
    expect(tier.seen.answered).toBe(8);
  });

  it('does not send again what failed on a fresh connection: that request may have reached the tier', async () => {
    const tier = await startClosingTier(true);
    const gateway = await startGatewayBefore(tier.url);

    const answer = await fetch(`${gateway.url}/process/v1/orders`, {
      method: 'POST',
      headers: { authorization: operator, 'content-type': 'application/json' },
      body: JSON.stringify({ order: 1 }),
    });

    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(tier.seen.closed).toBe(1);
  });
});
