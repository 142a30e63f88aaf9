import http from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { currentCorrelationId } from '@crossdock/shared-contracts/platform/context/request-context';
import { UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { CLIENT_IDLE_SOCKET_TIMEOUT_MS } from '@crossdock/shared-contracts/platform/http/listen';
import { injectTraceHeaders } from '@crossdock/shared-contracts/platform/observability/trace-context';
import type { Caller } from '../auth/consumer-credentials';
import type { GatewayRoute, UpstreamName } from '../config/gateway-config';

// Headers that belong to one connection, not to the request (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);
// What a connection the other end has closed fails with: a reset ('socket hang up' is one too) or a
// write into the closed socket.
const CLOSED_BY_PEER: ReadonlySet<string> = new Set(['ECONNRESET', 'EPIPE']);
// The caller's credentials stop at the gateway: the tier gets the Authorization the gateway chose.
const CREDENTIALS = new Set(['authorization', 'x-api-key']);

export interface ForwardOptions {
  upstreams: Record<UpstreamName, string>;
  timeoutMs: number;
  logger: Logger;
}

/**
 * Relays an authorised request to its tier and streams the answer back as it is. This is a reverse
 * proxy, not a tier-to-tier call, so it does not go through the HTTP client kit: it keeps the tier's
 * status and headers, and retries only what certainly never reached the tier (see `sendToTier`).
 */
export function forwardToTier(options: ForwardOptions): RequestHandler {
  // Idle connections are dropped before a tier would close them (SERVER_KEEP_ALIVE_TIMEOUT_MS),
  // so the gateway rarely picks one the tier is closing at that very moment.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: CLIENT_IDLE_SOCKET_TIMEOUT_MS });
  return (request, response, next) => {
    const route = response.locals.route as GatewayRoute;
    const body = Buffer.isBuffer(request.body) ? request.body : undefined;
    // Made here, in the request's context: a resend starts from a socket's event, which is not in it.
    const headers = forwardedHeaders(
      request,
      body,
      (response.locals.caller as Caller | undefined)?.upstreamAuthorization,
    );
    sendToTier(options, { agent, route, body, headers, request, response, next });
  };
}

interface Exchange {
  agent: http.Agent | false;
  route: GatewayRoute;
  body: Buffer | undefined;
  headers: http.OutgoingHttpHeaders;
  request: Request;
  response: Response;
  next: NextFunction;
}

/**
 * Sends the request once. A kept-alive connection the tier closed as it was being reused fails
 * before any byte of an answer with a reset: the tier never read the request, so it is sent again,
 * once and on a fresh connection, whatever its method. Any other failure is the tier's answer: 503.
 */
function sendToTier(options: ForwardOptions, exchange: Exchange): void {
  const { route, body, request, response, next } = exchange;
  const upstreamRequest = http.request(new URL(request.originalUrl, options.upstreams[route.upstream]), {
    method: request.method,
    headers: exchange.headers,
    agent: exchange.agent,
    timeout: options.timeoutMs,
  });
  let answered = false;
  upstreamRequest.on('response', (upstreamResponse) => {
    answered = true;
    response.status(upstreamResponse.statusCode ?? 502);
    for (const [name, value] of Object.entries(upstreamResponse.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'x-correlation-id') response.setHeader(name, value);
    }
    upstreamResponse.pipe(response);
  });
  upstreamRequest.on('timeout', () => upstreamRequest.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
  upstreamRequest.on('error', (error: NodeJS.ErrnoException) => {
    if (upstreamRequest.reusedSocket && !answered && CLOSED_BY_PEER.has(error.code ?? '') && exchange.agent) {
      options.logger.info('tier closed a kept-alive connection as it was reused; sending again on a fresh one', {
        upstream: route.upstream,
        path: request.path,
        error: error.message,
      });
      return sendToTier(options, { ...exchange, agent: false });
    }
    options.logger.warn('tier unreachable', { upstream: route.upstream, path: request.path, error: error.message });
    if (!response.headersSent)
      next(new UpstreamUnavailableError(route.upstream, `The ${route.upstream} tier did not answer.`, error));
    else response.destroy();
  });
  upstreamRequest.end(body);
}

/** `authorization`: what the gateway chose for the tier; none on a signed (webhook) route, whose tier checks the signature. */
function forwardedHeaders(
  request: Request,
  body: Buffer | undefined,
  authorization: string | undefined,
): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !CREDENTIALS.has(name)) headers[name] = value;
  }
  if (authorization) headers.authorization = authorization;
  headers['x-correlation-id'] = currentCorrelationId();
  // The tier continues the gateway's span, which continues the caller's traceparent.
  injectTraceHeaders(headers as Record<string, string>);
  headers['x-forwarded-for'] = request.ip;
  headers['x-forwarded-proto'] = request.protocol;
  if (body) headers['content-length'] = body.length;
  return headers;
}
