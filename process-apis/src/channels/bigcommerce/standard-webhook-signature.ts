import { createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from '@crossdock/shared-contracts/contracts/errors/errors';

/** The three headers of a Standard Webhooks delivery, as received. */
export interface StandardWebhookHeaders {
  /** `webhook-id`: the message id, the same on every retry of one message. */
  id: string | undefined;
  /** `webhook-timestamp`: seconds since the epoch when it was signed. */
  timestamp: string | undefined;
  /** `webhook-signature`: space-separated `v1,<base64 HMAC-SHA256>` entries (more than one while keys rotate). */
  signature: string | undefined;
}

// Standard Webhooks' own tolerance: a signed message more than five minutes off our clock, either
// way, is a replay (or a clock to fix), not a delivery.
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

/**
 * Checks a delivery signed as the Standard Webhooks specification says (the scheme BigCommerce
 * signs its webhooks with): `base64(HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<raw body>"))`,
 * sent as a `v1,<signature>` entry of `webhook-signature`, with a timestamp within five minutes of
 * `now`. Any one key may match (two while a secret is rotated); compared in constant time. Throws 401
 * naming what is wrong, never which key was tried.
 */
export function verifyStandardWebhook(
  body: Uint8Array,
  headers: StandardWebhookHeaders,
  keys: readonly Uint8Array[],
  now: Date,
): void {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature)
    throw new UnauthenticatedError(
      'The webhook is not signed: webhook-id, webhook-timestamp and webhook-signature are all needed.',
    );
  const signedAt = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
  if (!(Math.abs(now.getTime() / 1000 - signedAt) <= TIMESTAMP_TOLERANCE_SECONDS))
    throw new UnauthenticatedError(
      'The webhook-timestamp is not within five minutes of now: a replayed or stale delivery is refused.',
    );
  const given = signature
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => Buffer.from(entry.slice(3), 'base64'));
  const matches = keys.some((key) => {
    const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
    // Each entry is compared whatever its length, so a short one takes as long to refuse as a wrong one.
    return given.some(
      (candidate) =>
        timingSafeEqual(expected, candidate.length === expected.length ? candidate : Buffer.alloc(expected.length)) &&
        candidate.length === expected.length,
    );
  });
  if (!matches) throw new UnauthenticatedError('The webhook-signature does not match the delivery.');
}

/** Signs a delivery as a Standard Webhooks sender does (tests, and the walk-through in docs/channels.md). */
export function signStandardWebhook(body: Uint8Array | string, key: Uint8Array, id: string, timestamp: string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64')}`;
}
