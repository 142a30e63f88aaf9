import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { createTierApp } from '@crossdock/shared-contracts/platform/http/create-tier-app';
import { listen } from '@crossdock/shared-contracts/platform/http/listen';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { createServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import { refusedBaseUrl, startTestUpstream } from '@crossdock/shared-contracts/testing/test-upstream';
import { loadGatewayFile } from '../config/gateway-config';
import { startGateway } from '../start-gateway';

const GATEWAY_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../gateway.yaml');
const tokens: TokenSettings = {
  secret: 'tier-health-test-secret-0123456789',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 0,
};
const logger = createLogger({ service: 'health-test', stream: new Writable({ write: (_c, _e, done) => done() }) });

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const server of running.splice(0).reverse()) await server.close();
});

/** A tier built as every tier is, calling one upstream (the ERP, say) through the client kit. */
async function startTierCalling(upstreamUrl: string) {
  const erp = createUpstreamClient({
    name: 'erp',
    baseUrl: upstreamUrl,
    logger,
    retry: { maxRetries: 0 },
    breaker: { volumeThreshold: 3, resetTimeoutMs: 200 },
  });
  const app = createTierApp({
    logger,
    basePath: '/system/v1',
    tokens,
    scopes: [],
    registerRoutes: () => undefined,
    services: {},
    metrics: createServiceMetrics('system-apis'),
    health: async () => ({ database: 'up' }),
    circuits: () => ({ erp: erp.breakerState() }),
  });
  const tier = await listen(app, 0);
  running.push({ close: async () => (await tier.close(), erp.shutdown()) });
  return { url: tier.url, erp };
}

async function gatewayHealth(tierUrl: string) {
  const gateway = await startGateway({
    config: await loadGatewayFile(GATEWAY_FILE, {}),
    tokens,
    upstreams: { system: tierUrl, process: tierUrl, experience: tierUrl },
    port: 0,
    logger,
  });
  running.push(gateway);
  return async () => {
    const answer = await fetch(`${gateway.url}/health`);
    return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
  };
}

describe('/health while a circuit is open', () => {
  it('says degraded, naming the open circuit, and up again once a call through it succeeds', async () => {
    const erpUrl = await refusedBaseUrl();
    const tier = await startTierCalling(erpUrl);
    const health = await gatewayHealth(tier.url);
    expect((await health()).body.status).toBe('up');

    for (let i = 0; i < 3; i++) await tier.erp.get('/ping').catch(() => undefined);
    expect(tier.erp.breakerState()).toBe('open');
    // Open, or half-open once the reset interval passed: no call has got through since either way.
    const notClosed = expect.stringMatching(/^(open|halfOpen)$/);

    const tierHealth = await fetch(`${tier.url}/health`);
    expect(tierHealth.status).toBe(200);
    expect(await tierHealth.json()).toMatchObject({ status: 'degraded', openCircuits: ['erp'], database: 'up' });
    const degraded = await health();
    // The tiers still answer: degraded, not down, so a load balancer keeps the gateway in.
    expect(degraded.status).toBe(200);
    expect(degraded.body).toMatchObject({
      status: 'degraded',
      openCircuits: expect.arrayContaining([{ tier: 'process', upstream: 'erp', state: notClosed }]),
      tiers: { system: { status: 'degraded', circuits: { erp: notClosed } } },
    });

    const erp = await startTestUpstream([{ status: 200, body: {} }], Number(new URL(erpUrl).port));
    running.push(erp);
    await vi.waitFor(() => expect(tier.erp.breakerState()).toBe('halfOpen'), { timeout: 5000, interval: 20 });
    await tier.erp.get('/ping');

    const recovered = await health();
    expect(recovered.status).toBe(200);
    expect(recovered.body).toMatchObject({
      status: 'up',
      tiers: { system: { status: 'up', circuits: { erp: 'closed' } } },
    });
    expect(recovered.body.openCircuits).toBeUndefined();
  });

  it('says degraded with 503 while a tier does not answer at all', async () => {
    const health = await gatewayHealth(await refusedBaseUrl());
    const answer = await health();
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ status: 'degraded', tiers: { process: { status: 'down' } } });
  });
});
