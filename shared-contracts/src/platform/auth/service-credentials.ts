import { currentContext } from '../context/request-context';
import { signToken, type TokenSettings } from './tokens';

// Long enough for one call with its retries, short enough to be worthless if it leaks.
const SERVICE_TOKEN_SECONDS = 120;
// A token is reused while it has at least this long to live, so a call never leaves with one about to expire.
const REUSE_WHILE_SECONDS_LEFT = 60;
const MAX_CACHED_TOKENS = 5_000;

/**
 * Credentials for a tier calling the tier below: a short-lived token of the calling tier itself,
 * with the scopes it needs there, still carrying the customer the end user is confined to and who
 * that user is. The tier below checks its own scopes, so an end user's token is never enough to
 * call it, and a customer-scoped caller stays confined to its customer all the way down.
 */
export function serviceCredentials(
  settings: TokenSettings,
  service: string,
  scopes: string[],
  nowMs: () => number = Date.now,
): () => string {
  // Signing per call costs CPU on both sides; one token per (customer, user) is reused for a minute.
  const cache = new Map<string, { token: string; expiresAtMs: number }>();
  return () => {
    const principal = currentContext()?.principal;
    const customerId = principal?.customerId;
    const actingFor = principal?.actingFor ?? principal?.subject;
    const key = `${customerId ?? ''}\u0000${actingFor ?? ''}`;
    const cached = cache.get(key);
    if (cached && cached.expiresAtMs - nowMs() > REUSE_WHILE_SECONDS_LEFT * 1000) return cached.token;
    if (cache.size >= MAX_CACHED_TOKENS) cache.clear();
    const token = signToken(settings, {
      subject: service,
      scopes,
      customerId,
      actingFor,
      expiresInSeconds: SERVICE_TOKEN_SECONDS,
    });
    cache.set(key, { token, expiresAtMs: nowMs() + SERVICE_TOKEN_SECONDS * 1000 });
    return token;
  };
}
