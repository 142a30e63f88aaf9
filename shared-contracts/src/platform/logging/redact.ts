/**
 * Keeps secrets and payment data out of logs. Keys that name a secret are replaced whole; digit runs
 * that look like a card number (13–19 digits, spaces or dashes allowed) keep only their last four.
 */
const SECRET_KEY =
  /(authorization|password|passwd|secret|token|api[-_]?key|cookie|signature|hmac|iban|account[-_]?number|card[-_]?number|cvv|cvc|pan)$/i;
const CARD_LIKE = /\b(?:\d[ -]?){9,15}(\d{4})\b/g;
const MAX_DEPTH = 8;

export const REDACTED = '[REDACTED]';

/** True for a field name that holds a secret (`authorization`, `apiKey`, `password`, ...). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function redactString(value: string): string {
  return value.replace(CARD_LIKE, (match, lastFour: string) =>
    match.replace(/[ -]/g, '').length >= 13 ? `****${lastFour}` : match,
  );
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) return value.map((entry) => redact(entry, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactString(value.message) };
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? REDACTED : redact(entry, depth + 1);
  }
  return out;
}
