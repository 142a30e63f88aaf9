import http from 'node:http';
import https from 'node:https';
import axios, { type AxiosInstance } from 'axios';
import { CLIENT_IDLE_SOCKET_TIMEOUT_MS } from '../http/listen';
import type { HttpMethod } from './retry-policy';
import { coerceError } from '../../contracts/errors/coerce-error';

/** One HTTP exchange to send: what the circuit breaker wraps and what a retry sends again. */
export interface AttemptRequest {
  method: HttpMethod;
  /** Relative to the client's base URL, query string included. */
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  /** `bytes`: the answer's body as a Buffer, exactly as received (default: parsed JSON). */
  responseType?: 'json' | 'bytes';
}

/** What an answered attempt returns, stripped of axios' request config (which holds the token). */
export interface AttemptResponse {
  status: number;
  data: unknown;
  headers: Record<string, string>;
}

/**
 * An attempt that did not end in a usable answer: either the upstream answered with a status we do
 * not accept (`status` set), or it never answered (`code` set: `ECONNREFUSED`, `ETIMEDOUT`, ...).
 *
 * It deliberately keeps no reference to the axios error or request config: those carry the
 * `Authorization` header, and this object may end up as an error's `cause` and in a log line.
 */
export class AttemptFailure extends Error {
  readonly status: number | undefined;
  readonly code: string | undefined;
  /** Set when `status` is: the answer, for relaying a problem and reading `Retry-After`. */
  readonly response: AttemptResponse | undefined;

  constructor(failure: { status: number; response: AttemptResponse } | { code: string; message: string }) {
    super('status' in failure ? `HTTP ${failure.status}` : `${failure.code}: ${failure.message}`);
    this.name = 'AttemptFailure';
    this.status = 'status' in failure ? failure.status : undefined;
    this.code = 'code' in failure ? failure.code : undefined;
    this.response = 'status' in failure ? failure.response : undefined;
  }

  /**
   * The same failure without the answer's body, to hang on an error as its `cause`: errors travel
   * far (logs, dead letters) and an upstream's body is not ours to spread.
   */
  withoutAnswer(): Error {
    return Object.assign(new Error(this.message), {
      name: 'UpstreamAttemptError',
      status: this.status,
      code: this.code,
    });
  }

  /** The last status or error code, for error details and log lines. */
  get outcome(): string {
    return this.status !== undefined ? `status ${this.status}` : (this.code ?? 'unknown error');
  }
}

// Errors raised before anything was sent: our own misconfiguration, not the network's weather.
const CONFIGURATION_ERROR_CODES: ReadonlySet<string> = new Set([
  'ERR_INVALID_URL',
  'ERR_BAD_OPTION',
  'ERR_BAD_OPTION_VALUE',
  'ERR_NOT_SUPPORT',
]);

/** True when the failure is the network's (refused, reset, timed out), as opposed to a bad config. */
export function isNetworkFailure(failure: AttemptFailure): boolean {
  return failure.status === undefined && !CONFIGURATION_ERROR_CODES.has(failure.code ?? '');
}

// One connection pool per process, as Node's global agent is, but dropping idle connections before
// a server would close them (SERVER_KEEP_ALIVE_TIMEOUT_MS): a call then rarely goes out on a
// connection the server is closing at that very moment.
const HTTP_AGENT = new http.Agent({ keepAlive: true, timeout: CLIENT_IDLE_SOCKET_TIMEOUT_MS });
const HTTPS_AGENT = new https.Agent({ keepAlive: true, timeout: CLIENT_IDLE_SOCKET_TIMEOUT_MS });

/**
 * The axios instance every attempt goes through. It never throws on a status (the kit classifies
 * answers itself), follows no redirects (tiers do not redirect each other, and following one could
 * carry the caller's token to another host), and refuses absolute URLs in place of paths for the
 * same reason.
 */
export function createHttp(baseUrl: string, timeoutMs: number): AxiosInstance {
  return axios.create({
    baseURL: baseUrl,
    timeout: timeoutMs,
    validateStatus: () => true,
    maxRedirects: 0,
    allowAbsoluteUrls: false,
    // ETIMEDOUT instead of the ambiguous ECONNABORTED, so logs say what happened.
    transitional: { ...axios.defaults.transitional, clarifyTimeoutError: true },
    httpAgent: HTTP_AGENT,
    httpsAgent: HTTPS_AGENT,
  });
}

/**
 * Sends one attempt. Resolves on 2xx and 304 (a conditional GET's "unchanged"); rejects with an
 * `AttemptFailure` on anything else, so the circuit breaker sees every failure and its error
 * filter decides which ones count.
 */
export async function sendAttempt(http: AxiosInstance, request: AttemptRequest): Promise<AttemptResponse> {
  let answer;
  try {
    answer = await http.request({
      method: request.method,
      url: request.url,
      headers: request.headers,
      data: request.body,
      ...(request.responseType === 'bytes' ? { responseType: 'arraybuffer' as const } : {}),
    });
  } catch (error: unknown) {
    const code = axios.isAxiosError(error) ? (error.code ?? 'ERR_NETWORK') : 'ERR_UNKNOWN';
    const message = coerceError(error).message;
    throw new AttemptFailure({ code, message });
  }
  const response: AttemptResponse = { status: answer.status, data: answer.data, headers: plainHeaders(answer.headers) };
  if ((response.status >= 200 && response.status < 300) || response.status === 304) return response;
  throw new AttemptFailure({ status: response.status, response });
}

function plainHeaders(headers: object): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    plain[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return plain;
}
