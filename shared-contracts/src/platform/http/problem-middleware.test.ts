import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NotFoundError,
  TooManyRequestsError,
  UPSTREAM_RETRY_AFTER_SECONDS,
  UpstreamUnavailableError,
} from '../../contracts/errors/errors';
import { capturingLogger } from '../../testing/test-upstream';
import { problemHandler } from './problem-middleware';

let server: ReturnType<ReturnType<typeof express>['listen']>;
let baseUrl: string;

beforeAll(async () => {
  const app = express();
  app.get('/prices', (_request, _response, next) =>
    next(new UpstreamUnavailableError('system-apis', 'system-apis GET /prices failed with ECONNREFUSED.')),
  );
  app.get('/busy', (_request, _response, next) => next(new TooManyRequestsError('Slow down.', 30)));
  app.get('/missing', (_request, _response, next) => next(new NotFoundError('Item X does not exist.')));
  app.use(problemHandler(capturingLogger().logger));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('the problem middleware', () => {
  it('answers an upstream that is away 503, as a problem, asking the caller to come back after Retry-After', async () => {
    const answer = await fetch(`${baseUrl}/prices`);

    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.headers.get('retry-after')).toBe(String(UPSTREAM_RETRY_AFTER_SECONDS));
    expect(await answer.json()).toMatchObject({ type: 'urn:crossdock:problem:upstream-unavailable', status: 503 });
  });

  it('says when to come back after a rate limit too, and not after a problem that waiting does not solve', async () => {
    expect((await fetch(`${baseUrl}/busy`)).headers.get('retry-after')).toBe('30');
    const missing = await fetch(`${baseUrl}/missing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('retry-after')).toBeNull();
  });
});
