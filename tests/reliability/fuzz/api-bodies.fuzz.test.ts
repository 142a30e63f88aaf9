/**
 * Every JSON body of every API route, fuzzed: bodies drawn from the route's own OpenAPI schema with
 * edge values and wrong types (fast-check), sent to the tier that serves it with a token holding every
 * scope. No answer may be a 5xx, and none may hang. A body that ever broke a route is kept in
 * api-bodies.corpus.json and sent again on every run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '@crossdock/shared-contracts/contracts/auth/scopes';
import { REPO_ROOT, startTestPlatform, type TestPlatform } from '../../support/test-platform';
import { bodyArbitrary } from './schema-arbitrary';

const RUNS_PER_ROUTE = Number(process.env.CROSSDOCK_FUZZ_RUNS ?? 20);
// Not a speed check: a request still unanswered after this long is a hang.
const HANG_MS = 10_000;

interface Operation {
  method: 'post' | 'put' | 'patch';
  path: string;
  schema: object;
}

const openapi = JSON.parse(readFileSync(path.join(REPO_ROOT, 'openapi/crossdock.json'), 'utf8'));
interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema: object }> };
}
const operations: Operation[] = Object.entries(
  openapi.paths as Record<string, Record<string, OpenApiOperation>>,
).flatMap(([route, methods]) =>
  Object.entries(methods)
    .filter(
      ([method, op]) => ['post', 'put', 'patch'].includes(method) && op.requestBody?.content?.['application/json'],
    )
    .map(([method, op]) => ({
      method: method as Operation['method'],
      path: route,
      schema: op.requestBody!.content!['application/json']!.schema,
    })),
);
const corpus: { found: string; method: Operation['method']; path: string; body: unknown }[] = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'tests/reliability/fuzz/api-bodies.corpus.json'), 'utf8'),
);

let crossdock: TestPlatform;
let token: string;
beforeAll(async () => {
  crossdock = await startTestPlatform();
  token = crossdock.token({
    subject: 'fuzzer',
    scopes: [...ALL_SCOPES],
    customerId: 'C-1001',
    customerIds: ['C-1001', 'C-1002'],
    partnerId: 'northwind-market',
  });
});
afterAll(() => crossdock?.close());

const PATH_VALUES = [
  'C-1001',
  'HXB-001',
  'SO-000001',
  '00000000-0000-4000-8000-000000000000',
  'x'.repeat(300),
  '%2e%2e%2f',
  'a b',
];

function tierOf(route: string): string {
  const tiers = crossdock.platform.tiers;
  if (route.startsWith('/system/')) return tiers.system;
  if (route.startsWith('/process/')) return tiers.process;
  return tiers.experience;
}

async function send(method: Operation['method'], route: string, body: unknown) {
  return supertest(tierOf(route))
    [method](route)
    .set('Authorization', `Bearer ${token}`)
    .set('Idempotency-Key', `fuzz-${Math.random().toString(36).slice(2, 12)}`)
    .set('Content-Type', 'application/json')
    .timeout(HANG_MS)
    .send(JSON.stringify(body) ?? 'null');
}

describe('every JSON API body, fuzzed from its schema', () => {
  it('answers each kept crasher without a 5xx', async () => {
    expect(corpus.length).toBeGreaterThan(0);
    for (const crasher of corpus) {
      const answer = await send(crasher.method, crasher.path, crasher.body);
      expect({ route: `${crasher.method} ${crasher.path}`, status: answer.status }).toEqual({
        route: `${crasher.method} ${crasher.path}`,
        status: expect.toSatisfy((status: number) => status < 500),
      });
    }
  });

  it.each(operations.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation] as const))(
    '%s: no 5xx and no hang',
    async (_name, operation) => {
      const paramNames = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      const params = fc.tuple(
        ...paramNames.map(() => fc.oneof(fc.constantFrom(...PATH_VALUES), fc.string({ minLength: 1, maxLength: 12 }))),
      );
      await fc.assert(
        fc.asyncProperty(params, bodyArbitrary(operation.schema, openapi.components.schemas), async (values, body) => {
          const route = paramNames.reduce(
            (filled, name, index) => filled.replace(`{${name}}`, encodeURIComponent(values[index] ?? 'x')),
            operation.path,
          );
          const answer = await send(operation.method, route, body);
          expect(
            answer.status,
            `${operation.method} ${route} ${JSON.stringify(body)?.slice(0, 300)} → ${answer.text?.slice(0, 300)}`,
          ).toBeLessThan(500);
        }),
        { numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    },
    120_000,
  );
});
