import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who is calling, as proven by a verified token. */
export interface Principal {
  subject: string;
  scopes: string[];
  /** Set on customer-scoped (portal) tokens: the only customer whose data this caller may see. */
  customerId?: string;
  /** Set on sales-rep (mobile) tokens: the customers the rep looks after, and no others. */
  customerIds?: string[];
  /** Set on a marketplace partner's token: the partner, as gateway.yaml names its consumer. */
  partnerId?: string;
  /** The raw bearer token as it arrived. */
  token?: string;
  /** On a tier's service token: the end user the calling tier acts for. */
  actingFor?: string;
}

export interface RequestContext {
  correlationId: string;
  principal?: Principal;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const CORRELATION_HEADER = 'x-correlation-id';

/** Runs `fn` with `context` as the current request context (and so on every log line it writes). */
export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

/** Accepts a caller's correlation id when it is sane, otherwise makes a new one. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  if (value && /^[A-Za-z0-9._:-]{1,128}$/.test(value)) return value;
  return randomUUID();
}

/** The verified caller of the current request; the auth middleware guarantees one under a tier's base path. */
export function requirePrincipal(): Principal {
  const principal = storage.getStore()?.principal;
  if (!principal) throw new Error('No authenticated principal in this request context.');
  return principal;
}

/** Who did it, for audit trails: the end user, and the tier acting for them when there is one. */
export function actorName(principal: Principal): string {
  return principal.actingFor ? `${principal.actingFor} via ${principal.subject}` : principal.subject;
}
