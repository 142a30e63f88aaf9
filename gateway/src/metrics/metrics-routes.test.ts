import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { listen, type RunningServer } from '@crossdock/shared-contracts/platform/http/listen';
import { problemHandler } from '@crossdock/shared-contracts/platform/http/problem-middleware';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import { createLogger } from '@crossdock/shared-contracts/platform/logging/logger';
import { metricsHandler } from '@crossdock/shared-contracts/platform/observability/metrics-handler';
import { createServiceMetrics } from '@crossdock/shared-contracts/platform/observability/metrics-registry';
import { Writable } from 'node:stream';
import type { GatewayFile } from '../config/gateway-config';
import { metricsRoutes } from './metrics-routes';

const tokens: TokenSettings = {
  secret: 'metrics-test-secret-0123456789abcdef',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: 0,
};
const logger = createLogger({ service: 'gateway', stream: new Writable({ write: (_c, _e, done) => done() }) });
const started: RunningServer[] = [];
let tier: RunningServer;

beforeAll(async () => {
  const tierMetrics = createServiceMetrics('process-apis');
  tier = await listen(express().get('/metrics', metricsHandler(tierMetrics.registry)), 0);
  started.push(tier);
});
afterAll(async () => {
  for (const server of started) await server.close();
});

/** A gateway with only its metrics routes, reading metrics as `access` says. */
async function gatewayWith(access: GatewayFile['metrics']): Promise<string> {
  const client = createUpstreamClient({ name: 'process', baseUrl: tier.url, retry: { maxRetries: 0 }, logger });
  const app = express();
  app.set('trust proxy', 'loopback');
  app.use(
    metricsRoutes({
      metrics: createServiceMetrics('gateway'),
      access,
      tokens,
      tierClients: { system: client, process: client, experience: client },
    }),
  );
  app.use(problemHandler(logger));
  const server = await listen(app, 0);
  started.push(server);
  return server.url;
}

const bearer = (scopes: string[]) => ({ authorization: `Bearer ${signToken(tokens, { subject: 'ops', scopes })}` });

describe('the gateway metrics routes', () => {
  it('refuse a caller without a token (401) or without the scope (403), and answer one with it', async () => {
    const gateway = await gatewayWith({ scope: 'ops:read', allowFrom: [] });
    const none = await fetch(`${gateway}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await fetch(`${gateway}/metrics/process`, { headers: bearer(['process:read']) })).status).toBe(403);
    const own = await fetch(`${gateway}/metrics`, { headers: bearer(['ops:read']) });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('service="gateway"');
    const relayed = await fetch(`${gateway}/metrics/process`, { headers: bearer(['ops:read']) });
    expect(relayed.status).toBe(200);
    expect(await relayed.text()).toContain('service="process-apis"');
  });

  it('let a caller at an allowed address in without a token, and no one else', async () => {
    const open = await gatewayWith({ scope: 'ops:read', allowFrom: ['127.0.0.1'] });
    expect((await fetch(`${open}/metrics`)).status).toBe(200);
    expect((await fetch(`${open}/metrics/process`)).status).toBe(200);
    const elsewhere = await gatewayWith({ scope: 'ops:read', allowFrom: ['10.1.2.3'] });
    expect((await fetch(`${elsewhere}/metrics`)).status).toBe(401);
    // A forwarded-for header from a proxy on this host names the real caller, which is not allowed.
    const proxied = await fetch(`${open}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.status).toBe(401);
  });
});
