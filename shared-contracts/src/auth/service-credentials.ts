import { currentContext } from '../context/request-context';
import { signToken, type TokenSettings } from './tokens';

// Long enough for one call with its retries, short enough to be worthless if it leaks.
const SERVICE_TOKEN_SECONDS = 120;

/**
 * Credentials for a tier calling the tier below: a short-lived token of the calling tier itself,
 * with the scopes it needs there, still carrying the customer the end user is confined to and who
 * that user is. The tier below checks its own scopes, so an end user's token is never enough to
 * call it, and a customer-scoped caller stays confined to its customer all the way down.
 */
export function serviceCredentials(settings: TokenSettings, service: string, scopes: string[]): () => string {
  return () => {
    const principal = currentContext()?.principal;
    return signToken(settings, {
      subject: service,
      scopes,
      customerId: principal?.customerId,
      actingFor: principal?.actingFor ?? principal?.subject,
      expiresInSeconds: SERVICE_TOKEN_SECONDS,
    });
  };
}
