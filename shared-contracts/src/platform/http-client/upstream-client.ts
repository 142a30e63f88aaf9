import { SpanKind } from '@opentelemetry/api';
import CircuitBreaker from 'opossum';
import { UpstreamProblemError, UpstreamUnavailableError } from '../../contracts/errors/errors';
import { AttemptFailure, createHttp, isNetworkFailure, sendAttempt, type AttemptRequest } from './attempt';
import { backoffDelayMs, retryAfterMs } from './backoff';
import { breakerStateOf, createAttemptBreaker, type AttemptBreaker, type BreakerState } from './circuit-breaker';
import { isSafeToRepeat, isTransientStatus, type HttpMethod } from './retry-policy';
import { outboundHeaders } from './outbound-headers';
import {
  resolveUpstreamClientOptions,
  type ResolvedUpstreamClientOptions,
  type UpstreamClientOptions,
} from './upstream-client-options';
import { problemFromAnswer } from './upstream-problem';
import { inSpan } from '../observability/trace-context';

/** A query string value; arrays repeat the key (`?status=A&status=B`), `undefined` leaves it out. */
export type QueryValue = string | number | boolean | undefined | readonly (string | number | boolean)[];

/** What a caller may add to one call. */
export interface UpstreamRequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  /** Extra headers; an `Idempotency-Key` here makes a POST/PATCH safe to retry. */
  headers?: Record<string, string>;
  query?: Record<string, QueryValue>;
  /**
   * `bytes`: `data` is the body as a Buffer, byte for byte (for documents kept as received, or JSON
   * that JSON.parse would damage); the default parses JSON.
   */
  responseType?: 'json' | 'bytes';
}

/**
 * A 2xx (or 304) answer. Header names are lower-case. `data` is the parsed JSON body as sent, not
 * checked against `T`: parse it with the contract's zod schema where a wrong shape would matter.
 */
export interface UpstreamResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string>;
}

/**
 * A client for one upstream tier. Every method resolves on 2xx and otherwise throws:
 * `UpstreamProblemError` for a 4xx (the upstream's problem, relayed), `UpstreamUnavailableError`
 * for everything else once retries (where allowed) are spent or the circuit is open.
 */
export interface UpstreamClient {
  request<T>(method: HttpMethod, path: string, options?: UpstreamRequestOptions): Promise<UpstreamResponse<T>>;
  get<T>(path: string, options?: UpstreamRequestOptions): Promise<UpstreamResponse<T>>;
  post<T>(path: string, options?: UpstreamRequestOptions): Promise<UpstreamResponse<T>>;
  put<T>(path: string, options?: UpstreamRequestOptions): Promise<UpstreamResponse<T>>;
  patch<T>(path: string, options?: UpstreamRequestOptions): Promise<UpstreamResponse<T>>;
  delete<T>(path: string, options?: UpstreamRequestOptions): Promise<UpstreamResponse<T>>;
  /** The state of this upstream's circuit breaker. */
  breakerState(): BreakerState;
  /** Stops the breaker's timers; every later call fails with `UpstreamUnavailableError`. */
  shutdown(): void;
}

/**
 * The one way a tier calls the tier below: axios with a per-attempt timeout, the caller's
 * correlation id and token passed on, retries with backoff and full jitter for transient failures
 * of requests that are safe to repeat, and a circuit breaker per upstream.
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const config = resolveUpstreamClientOptions(options);
  const http = createHttp(config.baseUrl, config.timeoutMs);
  const breaker = createAttemptBreaker(
    config.name,
    (request) => sendAttempt(http, request),
    config.breaker,
    config.logger,
  );

  const unwatchBreaker = config.metrics?.watchBreaker(config.name, () => breakerStateOf(breaker));

  const request = <T>(
    method: HttpMethod,
    path: string,
    callOptions: UpstreamRequestOptions = {},
  ): Promise<UpstreamResponse<T>> =>
    observedCall<T>(config, method, path, () => callWithRetries<T>(config, breaker, method, path, callOptions));

  return {
    request,
    get: (path, callOptions) => request('GET', path, callOptions),
    post: (path, callOptions) => request('POST', path, callOptions),
    put: (path, callOptions) => request('PUT', path, callOptions),
    patch: (path, callOptions) => request('PATCH', path, callOptions),
    delete: (path, callOptions) => request('DELETE', path, callOptions),
    breakerState: () => breakerStateOf(breaker),
    shutdown: () => {
      unwatchBreaker?.();
      breaker.shutdown();
    },
  };
}

/**
 * One call in a client span (current while it runs, so the `traceparent` sent is this span's) and
 * timed for the caller's `/metrics`. Named by upstream and method: paths carry ids.
 */
async function observedCall<T>(
  config: ResolvedUpstreamClientOptions,
  method: HttpMethod,
  path: string,
  call: () => Promise<UpstreamResponse<T>>,
): Promise<UpstreamResponse<T>> {
  const startedAt = performance.now();
  let outcome = 'unavailable';
  try {
    const response = await inSpan(
      `${config.name} ${method}`,
      {
        tracer: 'crossdock-http-client',
        kind: SpanKind.CLIENT,
        attributes: {
          'http.request.method': method,
          'url.path': path.split('?')[0] ?? path,
          'peer.service': config.name,
        },
      },
      call,
    );
    outcome = String(response.status);
    return response;
  } catch (error) {
    if (error instanceof UpstreamProblemError) outcome = String(error.status);
    throw error;
  } finally {
    config.metrics?.observeCall(config.name, method, outcome, (performance.now() - startedAt) / 1000);
  }
}

async function callWithRetries<T>(
  config: ResolvedUpstreamClientOptions,
  breaker: AttemptBreaker,
  method: HttpMethod,
  path: string,
  callOptions: UpstreamRequestOptions,
): Promise<UpstreamResponse<T>> {
  const headers = outboundHeaders(callOptions.headers, config.credentials);
  const attemptRequest: AttemptRequest = {
    method,
    url: withQuery(path, callOptions.query),
    headers,
    body: callOptions.body,
    responseType: callOptions.responseType,
  };
  // Details and log lines name the path without its query string: queries carry search terms
  // and ids that do not belong in logs.
  const call: CallDescription = {
    upstream: config.name,
    method,
    path: path.split('?')[0] ?? path,
    repeatable: isSafeToRepeat(method, headers),
  };

  let lastFailure: AttemptFailure | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await breaker.fire(attemptRequest);
      return { status: response.status, data: response.data as T, headers: response.headers };
    } catch (error: unknown) {
      if (error instanceof Error && CircuitBreaker.isOurError(error)) throw refusedByBreaker(call, error, lastFailure);
      if (!(error instanceof AttemptFailure)) throw error;
      lastFailure = error;
    }
    const final = errorToThrow(call, lastFailure, attempt, config.retry.maxRetries);
    if (final) throw final;

    const delayMs = retryDelayMs(config, lastFailure, attempt - 1);
    if (delayMs === undefined) throw waitsTooLong(call, lastFailure);
    config.logger.warn('upstream call failed, retrying', {
      upstream: call.upstream,
      method,
      path: call.path,
      attempt,
      status: lastFailure.status,
      code: lastFailure.code,
      delayMs,
    });
    await config.sleep(delayMs);
  }
}

interface CallDescription {
  upstream: string;
  method: HttpMethod;
  path: string;
  repeatable: boolean;
}

/** The error that ends the call after this failed attempt, or `undefined` to try again. */
function errorToThrow(
  call: CallDescription,
  failure: AttemptFailure,
  attempt: number,
  maxRetries: number,
): Error | undefined {
  const { upstream, method, path } = call;
  const where = `${upstream} ${method} ${path}`;
  const status = failure.status;
  if (failure.response && status !== undefined && status >= 400 && status < 500 && status !== 429) {
    return new UpstreamProblemError(upstream, problemFromAnswer(upstream, failure.response));
  }
  const transient = status !== undefined ? isTransientStatus(status) : isNetworkFailure(failure);
  let reason: string | undefined;
  if (!transient) reason = 'not retried: not a transient failure';
  else if (!call.repeatable) reason = `not retried: a ${method} without an Idempotency-Key may not be sent twice`;
  else if (attempt > maxRetries) reason = `after ${attempt} attempt(s)`;
  if (!reason) return undefined;
  return new UpstreamUnavailableError(
    upstream,
    `${where} failed with ${failure.outcome} (${reason}).`,
    failure.withoutAnswer(),
  );
}

// An open breaker (or a shut-down client) refuses before anything is sent, so this call stops
// here instead of spending its remaining retries against a door that is known to be shut.
function refusedByBreaker(
  call: CallDescription,
  error: Error,
  lastFailure: AttemptFailure | undefined,
): UpstreamUnavailableError {
  const why =
    (error as Error & { code?: string }).code === 'ESHUTDOWN'
      ? 'the client is shut down'
      : `the circuit to ${call.upstream} is open`;
  const last = lastFailure ? `; last attempt: ${lastFailure.outcome}` : '';
  return new UpstreamUnavailableError(
    call.upstream,
    `${call.upstream} ${call.method} ${call.path} not sent: ${why}${last}.`,
    lastFailure?.withoutAnswer(),
  );
}

// The upstream's own `Retry-After` (on 429 or 503) beats our guess: it knows when it will have
// room. One that asks for as long as our longest wait, or longer, is not waited for inside this call:
// a tier whose ERP is away says so with 503 and Retry-After, and the caller has a better place to wait
// (the pipeline's waiting orders, a poller's next poll, the buyer's own retry) than a held request.
function retryDelayMs(
  config: ResolvedUpstreamClientOptions,
  failure: AttemptFailure,
  retryIndex: number,
): number | undefined {
  const asked = retryAfterMs(failure.response?.headers['retry-after'], config.now());
  if (asked !== undefined) return asked < config.retry.maxDelayMs ? asked : undefined;
  return backoffDelayMs(retryIndex, config.retry, config.random);
}

function waitsTooLong(call: CallDescription, failure: AttemptFailure): UpstreamUnavailableError {
  const asked = failure.response?.headers['retry-after'];
  return new UpstreamUnavailableError(
    call.upstream,
    `${call.upstream} ${call.method} ${call.path} failed with ${failure.outcome} (not retried: it asks to wait ${asked}).`,
    failure.withoutAnswer(),
  );
}

function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values: readonly (string | number | boolean)[] = Array.isArray(value)
      ? value
      : [value as string | number | boolean];
    for (const entry of values) params.append(name, String(entry));
  }
  const queryString = params.toString();
  if (!queryString) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${queryString}`;
}
