import { createHash, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { verifyStandardWebhook } from './standard-webhook-signature';

/** How a store's callbacks prove themselves: the app's client secrets, the webhook's custom headers, or both. */
export interface CallbackCredentials {
  secrets: readonly string[];
  headers: Readonly<Record<string, string>> | undefined;
}

/**
 * Checks a callback against everything its partner was set up with: the Standard Webhooks signature
 * with the app's client secret (when secrets are set, and always when nothing else is, so a partner
 * with neither verifies nothing), and each custom header given when the webhook was created, with its
 * value. Throws 401 on the first that fails.
 */
export function authenticateCallback(
  body: Uint8Array,
  header: (name: string) => string | undefined,
  credentials: CallbackCredentials,
  now: Date,
): void {
  const customHeaders = Object.entries(credentials.headers ?? {});
  if (credentials.secrets.length > 0 || customHeaders.length === 0) {
    const keys = credentials.secrets.map((secret) => Buffer.from(secret, 'utf8'));
    const signature = {
      id: header('webhook-id'),
      timestamp: header('webhook-timestamp'),
      signature: header('webhook-signature'),
    };
    verifyStandardWebhook(body, signature, keys, now);
  }
  for (const [name, value] of customHeaders) {
    if (!sameText(header(name), value))
      throw new UnauthenticatedError(`The webhook's custom header ${name} is missing or does not match.`);
  }
}

// Digests are compared, so a value of another length takes as long to refuse as a wrong one.
function sameText(given: string | undefined, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}
