import { createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from '@crossdock/shared-contracts/contracts/errors/errors';

/**
 * Checks a webhook's `base64(HMAC-SHA256(raw body, secret))` signature (Shopify's
 * X-Shopify-Hmac-Sha256, WooCommerce's X-WC-Webhook-Signature) against each of the partner's
 * secrets (two while one is rotated), in constant time. Throws 401 when none matches.
 */
export function verifyBodySignature(
  body: Uint8Array,
  signature: string | undefined,
  secrets: readonly string[],
  header: string,
): void {
  if (!signature) throw new UnauthenticatedError(`The webhook is not signed: ${header} is missing.`);
  const given = Buffer.from(signature.trim(), 'base64');
  const matches = secrets.some((secret) => {
    const expected = createHmac('sha256', secret).update(body).digest();
    // Compared whatever the length, so a short signature takes as long to refuse as a wrong one.
    return (
      timingSafeEqual(expected, given.length === expected.length ? given : Buffer.alloc(expected.length)) &&
      given.length === expected.length
    );
  });
  if (!matches) throw new UnauthenticatedError(`The webhook signature in ${header} does not match the body.`);
}

/** Signs a body as Shopify and WooCommerce do (for tests and the Shopify walk-through in docs/channels.md). */
export function signBody(body: Uint8Array | string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}
