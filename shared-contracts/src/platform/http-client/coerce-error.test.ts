import { afterEach, describe, expect, it } from 'vitest';
import { createUpstreamClient, type UpstreamClient } from './upstream-client';
import {
  capturingLogger,
  recordingSleep,
  refusedBaseUrl,
  startTestUpstream,
  type TestUpstream,
} from '../../testing/test-upstream';
import { coerceError } from '../../contracts/errors/coerce-error';
import {
  BusinessRuleError,
  InternalError,
  NotFoundError,
  UpstreamProblemError,
  UpstreamUnavailableError,
} from '../../contracts/errors/errors';

const INTERNAL = 'urn:crossdock:problem:internal';

describe('coerceError', () => {
  it('keeps a CrossdockError as it is, with its own message', () => {
    const thrown = new BusinessRuleError('CREDIT_LIMIT', 'Customer C-1003 is over its credit limit.');

    const { error, message } = coerceError(thrown);

    expect(error).toBe(thrown);
    expect(message).toBe('Customer C-1003 is over its credit limit.');
    expect(error.toProblem()).toMatchObject({ status: 422, reasonCode: 'CREDIT_LIMIT' });
  });

  it('makes a plain Error an internal error: its words for the log, none of them for a client', () => {
    const thrown = new TypeError("Cannot read properties of undefined (reading 'sku')");

    const { error, message } = coerceError(thrown);

    expect(message).toBe("Cannot read properties of undefined (reading 'sku')");
    expect(error).toBeInstanceOf(InternalError);
    expect(error.cause).toBe(thrown);
    expect(error.kind).toBe('transient');
    expect(JSON.stringify(error.toProblem())).not.toContain('sku');
  });

  it('reads the cause of an InternalError someone already made, not its message for clients', () => {
    const thrown = new InternalError(new RangeError('Invalid time value'));

    const { error, message } = coerceError(thrown);

    expect(error).toBe(thrown);
    expect(message).toBe('Invalid time value');
  });

  it('names an Error that has no message by its name', () => {
    expect(coerceError(new SyntaxError()).message).toBe('SyntaxError');
  });

  it('keeps a thrown string as the message', () => {
    const { error, message } = coerceError('ERP session expired');

    expect(message).toBe('ERP session expired');
    expect(error.toProblem()).toMatchObject({ type: INTERNAL, status: 500 });
  });

  it("reads a thrown object's message, or else shows the object as JSON, bounded", () => {
    expect(coerceError({ code: 'E42', message: 'lock timeout' }).message).toBe('lock timeout');
    expect(coerceError({ code: 'E42', retry: false }).message).toBe('{"code":"E42","retry":false}');
    expect(coerceError({ body: 'x'.repeat(5000) }).message).toHaveLength(1001);
  });

  it('says something for what has no JSON, and for nothing at all', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;

    expect(coerceError(cyclic).message).toBe('[object Object]');
    expect(coerceError(undefined).message).toBe('undefined');
    expect(coerceError(null).message).toBe('null');
    expect(coerceError(42).message).toBe('42');
  });
});

describe('coerceError on what the HTTP client kit throws', () => {
  let upstream: TestUpstream | undefined;
  let client: UpstreamClient | undefined;

  afterEach(async () => {
    client?.shutdown();
    await upstream?.close();
  });

  function clientFor(baseUrl: string): UpstreamClient {
    client = createUpstreamClient({
      name: 'system-apis',
      baseUrl,
      logger: capturingLogger().logger,
      sleep: recordingSleep().sleep,
      retry: { maxRetries: 0 },
    });
    return client;
  }

  it("relays an upstream's problem answer as it came, reason code and all", async () => {
    upstream = await startTestUpstream([
      {
        status: 422,
        body: {
          type: 'urn:crossdock:problem:business-rule',
          title: 'A business rule was not met',
          status: 422,
          detail: 'Item HXB-004 is discontinued.',
          reasonCode: 'ITEM_DISCONTINUED',
        },
      },
    ]);

    const thrown = await clientFor(upstream.baseUrl)
      .get('/items/HXB-004')
      .catch((caught: unknown) => caught);
    const { error, message } = coerceError(thrown);

    expect(error).toBeInstanceOf(UpstreamProblemError);
    expect(message).toBe('Item HXB-004 is discontinued.');
    expect(error.toProblem()).toMatchObject({ status: 422, reasonCode: 'ITEM_DISCONTINUED' });
    expect(error.kind).toBe('business');
  });

  it('keeps a bare 404 from an upstream a client error', async () => {
    upstream = await startTestUpstream([{ status: 404 }]);

    const thrown = await clientFor(upstream.baseUrl)
      .get('/items/NOPE')
      .catch((caught: unknown) => caught);

    expect(coerceError(thrown).error).toMatchObject({ status: 404, kind: 'client' });
    expect(coerceError(thrown).message).toContain('404');
  });

  it("turns axios' refused connection into a transient unavailable upstream, naming the cause", async () => {
    const thrown = await clientFor(await refusedBaseUrl())
      .get('/items')
      .catch((caught: unknown) => caught);
    const { error, message } = coerceError(thrown);

    expect(error).toBeInstanceOf(UpstreamUnavailableError);
    expect(error.transient).toBe(true);
    expect(message).toContain('ECONNREFUSED');
  });

  it('keeps a not-found thrown on purpose a 404', () => {
    expect(coerceError(new NotFoundError('No order O-1.')).error.toProblem()).toMatchObject({ status: 404 });
  });
});
