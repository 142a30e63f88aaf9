import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header every event delivery is signed in: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'crossdock-signature';

/** How far a delivery's timestamp may be from the receiver's clock before it is refused (replays of old deliveries). */
export const DEFAULT_TOLERANCE_IN_SECONDS = 300;

/** Why a delivery's signature was refused: one typed error, one reason per failure mode. */
export class WebhookVerificationError extends Error {
  constructor(
    readonly reason: 'missing-header' | 'malformed-header' | 'timestamp-out-of-tolerance' | 'no-matching-signature',
    message: string,
  ) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/**
 * The signature of one delivery: HMAC-SHA256, keyed with the subscription's secret, over
 * `<timestamp>.<raw body>`, in hex. The timestamp is in the signed text so a captured delivery
 * cannot be sent again later with a fresh timestamp.
 */
export function signDelivery(secret: string, timestampInSeconds: number, body: string | Uint8Array): string {
  return createHmac('sha256', secret).update(`${timestampInSeconds}.`).update(body).digest('hex');
}

/** The `Crossdock-Signature` header value for a delivery. */
export function signatureHeader(secret: string, timestampInSeconds: number, body: string | Uint8Array): string {
  return `t=${timestampInSeconds},v1=${signDelivery(secret, timestampInSeconds, body)}`;
}

/**
 * Checks a delivery as a subscriber receives it: the raw body exactly as received, the
 * `Crossdock-Signature` header, and the subscriber's secret(s) (two while one is rotated).
 * Throws {@link WebhookVerificationError} when the header is missing or malformed, when its
 * timestamp is outside the tolerance, or when no `v1` signature matches; answers the timestamp.
 */
export function verifyDelivery(
  body: string | Uint8Array,
  header: string | undefined,
  secrets: readonly string[],
  options: { nowInSeconds?: number; toleranceInSeconds?: number } = {},
): number {
  if (!header) throw new WebhookVerificationError('missing-header', `The delivery has no ${SIGNATURE_HEADER} header.`);
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = Number(parts.find(([name]) => name === 't')?.[1]);
  const signatures = parts.filter(([name, value]) => name === 'v1' && value).map(([, value]) => value!);
  if (!Number.isInteger(timestamp) || signatures.length === 0)
    throw new WebhookVerificationError(
      'malformed-header',
      `The ${SIGNATURE_HEADER} header is not "t=<seconds>,v1=<hex>".`,
    );
  const now = options.nowInSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceInSeconds ?? DEFAULT_TOLERANCE_IN_SECONDS)) {
    throw new WebhookVerificationError(
      'timestamp-out-of-tolerance',
      'The delivery was signed too long ago (or too far ahead).',
    );
  }
  const matches = secrets.some((secret) => {
    const expected = Buffer.from(signDelivery(secret, timestamp, body), 'hex');
    return signatures.some((signature) => {
      const given = Buffer.from(signature, 'hex');
      // Compared whatever the length, so a short signature takes as long to refuse as a wrong one.
      return (
        timingSafeEqual(expected, given.length === expected.length ? given : Buffer.alloc(expected.length)) &&
        given.length === expected.length
      );
    });
  });
  if (!matches)
    throw new WebhookVerificationError('no-matching-signature', 'No signature in the header matches the body.');
  return timestamp;
}
