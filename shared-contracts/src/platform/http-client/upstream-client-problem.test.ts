import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamProblemError } from '../../contracts/errors/errors';
import { PROBLEM_CONTENT_TYPE } from '../../contracts/errors/problem';
import { createUpstreamClient, type UpstreamClient } from './upstream-client';
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

async function setUp(replies: ScriptedReply[]) {
  upstream = await startTestUpstream(replies);
  const { sleep, delays } = recordingSleep();
  client = createUpstreamClient({
    name: 'system-apis',
    baseUrl: upstream.baseUrl,
    logger: capturingLogger().logger,
    sleep,
  });
  return { upstream, client, delays };
}

async function problemOf(promise: Promise<unknown>): Promise<UpstreamProblemError> {
  const error = await promise.then(
    () => expect.fail('expected the call to fail'),
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(UpstreamProblemError);
  return error as UpstreamProblemError;
}

describe('upstream client: 4xx problems are relayed', () => {
  it('relays a 400 problem+json as UpstreamProblemError, without retrying', async () => {
    const problem = {
      type: 'urn:crossdock:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: 'quantity must be positive',
      errors: [{ field: 'body.lines.0.quantity', message: 'must be > 0' }],
    };
    const { client, upstream, delays } = await setUp([
      { status: 400, headers: { 'content-type': PROBLEM_CONTENT_TYPE }, body: JSON.stringify(problem) },
    ]);

    const error = await problemOf(client.put('/sales-orders/SO-1', { body: {} }));

    expect(error.upstream).toBe('system-apis');
    expect(error.problem).toEqual(problem);
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual(problem.errors);
    expect(upstream.received).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('keeps the reason code of a business problem', async () => {
    const problem = {
      type: 'urn:crossdock:problem:business-rule',
      title: 'A business rule was not met',
      status: 422,
      reasonCode: 'CREDIT_LIMIT',
    };
    const { client } = await setUp([{ status: 422, body: problem }]);

    const error = await problemOf(client.get('/credit/C-1'));

    expect(error.reasonCode).toBe('CREDIT_LIMIT');
    expect(error.kind).toBe('business');
  });

  it('relays a 404 without a body as a not-found problem', async () => {
    const { client } = await setUp([{ status: 404 }]);

    const error = await problemOf(client.get('/customers/nobody'));

    expect(error.problem).toMatchObject({ type: 'urn:crossdock:problem:not-found', title: 'Not found', status: 404 });
  });

  it('makes up a problem from the status when the JSON body is not one, keeping only its message', async () => {
    const { client } = await setUp([
      {
        status: 409,
        body: { message: 'The order is locked by another user', debug: 'internal row version 17 mismatch' },
      },
    ]);

    const error = await problemOf(client.get('/items/A'));

    expect(error.problem).toMatchObject({ status: 409, title: 'Conflict' });
    expect(error.problem.detail).toContain('The order is locked by another user');
    expect(JSON.stringify(error.problem)).not.toContain('row version');
  });

  it('trusts the HTTP status over a problem body that disagrees', async () => {
    const { client } = await setUp([
      { status: 403, body: { type: 'urn:crossdock:problem:forbidden', title: 'Not allowed', status: 200 } },
    ]);

    const error = await problemOf(client.get('/items/A'));

    expect(error.problem.status).toBe(403);
  });
});
