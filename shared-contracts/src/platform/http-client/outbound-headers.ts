import { randomUUID } from 'node:crypto';
import { CORRELATION_HEADER, currentContext } from '../context/request-context';
import { injectTraceHeaders } from '../observability/trace-context';

const AUTHORIZATION_HEADER = 'authorization';

/**
 * The headers one outbound call carries: the caller's own (names lower-cased, so later look-ups
 * need not guess the case), the correlation id of the current request, and a bearer token — from
 * `credentials` when given, else the current request's own — when the caller did not choose an
 * `Authorization` of its own, and the current span's W3C `traceparent`, so the upstream continues the trace.
 *
 * Computed once per call, not per attempt, so every retry of a call shares one correlation id.
 */
export function outboundHeaders(
  callerHeaders: Readonly<Record<string, string>> | undefined,
  credentials?: () => string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(callerHeaders ?? {})) headers[name.toLowerCase()] = value;

  const context = currentContext();
  // Outside a request (a scheduled job, start-up) there is no id to pass on; one is minted here
  // rather than left to the upstream, which would mint a different one for every retry.
  const correlationId = context?.correlationId ?? headers[CORRELATION_HEADER] ?? randomUUID();
  headers[CORRELATION_HEADER] = correlationId;

  injectTraceHeaders(headers);
  const token = credentials ? credentials() : context?.principal?.token;
  if (token && !headers[AUTHORIZATION_HEADER]) headers[AUTHORIZATION_HEADER] = `Bearer ${token}`;
  return headers;
}
