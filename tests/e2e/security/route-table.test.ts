/**
 * Walks every operation of the merged OpenAPI document — every route Crossdock offers — through the
 * gateway: none answers a caller without credentials, none answers credentials without the scope
 * gateway.yaml names for it, and each answers (whatever it makes of the request) the right ones.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '@crossdock/shared-contracts/auth/scopes';
import { matchRoute } from '@crossdock/gateway/proxy/match-route';
import { REPO_ROOT, type TestPlatform } from '../../support/test-platform';
import { partnerConsumer, startSecurityPlatform, withConsumers } from './security-setup';

interface Operation {
  method: string;
  path: string;
  /** The path with every parameter filled in. */
  url: string;
}

const READ_METHODS = new Set(['get', 'head', 'options']);
// The operations console's page is public: what it shows comes from the APIs, with the user's token.
const PUBLIC_PATHS = ['/health', '/openapi.json', '/docs/', '/console/'];
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
};

let crossdock: TestPlatform;
let operations: Operation[];

beforeAll(async () => {
  crossdock = await startSecurityPlatform({
    gateway: withConsumers(
      partnerConsumer('partner-read-only', { scopes: ['marketplace:read'] }),
      partnerConsumer('partner-write-only', { scopes: ['marketplace:write'] }),
    ),
    apiKeysFor: ['northwind-market', 'partner-read-only', 'partner-write-only'],
  });
  const document = JSON.parse(await readFile(path.join(REPO_ROOT, 'openapi/crossdock.json'), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(document.paths).flatMap(([pathTemplate, item]) =>
    Object.keys(item).map((method) => ({
      method,
      path: pathTemplate,
      url: pathTemplate.replace(/\{[^}]+\}/g, 'walk-0001'),
    })),
  );
});
afterAll(() => crossdock.close());

function routeOf(operation: Operation) {
  const route = matchRoute(crossdock.gateway.routes, operation.url);
  if (!route) throw new Error(`${operation.method.toUpperCase()} ${operation.path} is under no route of gateway.yaml`);
  return route;
}

function neededScope(operation: Operation): string {
  const route = routeOf(operation);
  if (!route.scopes) throw new Error(`${label(operation)} takes no credentials, so it has no scope`);
  return READ_METHODS.has(operation.method) ? route.scopes.read : route.scopes.write;
}

/** Webhook routes: their callers sign the body instead of sending credentials (the tier checks it; their own tests cover it). */
const signed = (operation: Operation) => routeOf(operation).authentication === 'signature';

/** Credentials of the consumer the route is for, with exactly the scopes given. */
function credentials(operation: Operation, scopes: string[]): [string, string] {
  const prefix = routeOf(operation).prefix;
  if (prefix === '/experience/marketplace/v1') {
    const consumer =
      scopes.includes('marketplace:read') && scopes.includes('marketplace:write')
        ? 'northwind-market'
        : scopes.includes('marketplace:read')
          ? 'partner-read-only'
          : 'partner-write-only';
    return ['X-API-Key', crossdock.apiKeys[consumer]!];
  }
  // A portal user, a sales rep and an operator at once: only the scopes differ between calls.
  return [
    'Authorization',
    `Bearer ${crossdock.token({ subject: 'route-walker', scopes, customerId: prefix === '/experience/portal/v1' ? 'C-1001' : undefined, customerIds: ['C-1001'] })}`,
  ];
}

function call(http: ReturnType<typeof supertest>, operation: Operation, header?: [string, string]) {
  const request = http[operation.method as 'get' | 'post' | 'put'](operation.url);
  if (header) request.set(header[0], header[1]);
  return READ_METHODS.has(operation.method) ? request : request.send({});
}

/** A server-sent-events stream answers 200 and stays open: only its status is read. */
const streams = (operation: Operation) => operation.method === 'get' && operation.path.endsWith('/events/stream');

async function statusOfStream(operation: Operation, header: [string, string]): Promise<number> {
  const abort = new AbortController();
  const answer = await fetch(`${crossdock.platform.url}${operation.url}`, {
    headers: { [header[0]]: header[1] },
    signal: abort.signal,
  });
  abort.abort();
  return answer.status;
}

const label = (operation: Operation) => `${operation.method.toUpperCase()} ${operation.path}`;

describe('the route table', () => {
  it('has every operation of every tier in the merged document, each under a route of gateway.yaml', () => {
    expect(operations.length).toBeGreaterThan(60);
    for (const prefix of [
      '/system/v1/',
      '/process/v1/',
      '/experience/portal/v1/',
      '/experience/mobile/v1/',
      '/experience/marketplace/v1/',
    ]) {
      expect(
        operations.some((operation) => operation.path.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    for (const operation of operations) expect(() => routeOf(operation), label(operation)).not.toThrow();
  });

  it('refuses every operation to a caller without credentials (401), at the gateway and at the tier', async () => {
    for (const operation of operations) {
      const answer = await call(crossdock.http, operation);
      expect(answer.status, label(operation)).toBe(401);
      expect(answer.headers['content-type'], label(operation)).toMatch(/^application\/problem\+json/);
      expect(answer.headers, label(operation)).toMatchObject(SECURITY_HEADERS);
      const tier = crossdock.platform.tiers[routeOf(operation).upstream];
      expect((await call(supertest(tier), operation)).status, `${label(operation)} at the tier`).toBe(401);
    }
  });

  it('refuses every operation to credentials that lack the scope gateway.yaml names for it (403), at the gateway and at the tier', async () => {
    for (const operation of operations.filter((candidate) => !signed(candidate))) {
      const needed = neededScope(operation);
      const header = credentials(
        operation,
        ALL_SCOPES.filter((scope) => scope !== needed),
      );
      const answer = await call(crossdock.http, operation, header);
      expect(answer.status, label(operation)).toBe(403);
      expect(answer.body.detail, label(operation)).toContain(needed);
      if (header[0] === 'Authorization') {
        const tier = crossdock.platform.tiers[routeOf(operation).upstream];
        expect((await call(supertest(tier), operation, header)).status, `${label(operation)} at the tier`).toBe(403);
      }
    }
  });

  it('lets every operation through to its tier with the scope it needs', async () => {
    for (const operation of operations.filter((candidate) => !signed(candidate))) {
      const header = credentials(operation, [neededScope(operation)]);
      if (streams(operation)) {
        expect(await statusOfStream(operation, header), label(operation)).toBe(200);
        continue;
      }
      const answer = await call(crossdock.http, operation, header);
      expect([401, 403], `${label(operation)} answered ${answer.status}: ${answer.text.slice(0, 300)}`).not.toContain(
        answer.status,
      );
    }
  });

  it('answers only health, the API documents and the console page without credentials', async () => {
    for (const publicPath of PUBLIC_PATHS) expect((await crossdock.http.get(publicPath)).status, publicPath).toBe(200);
  });
});
