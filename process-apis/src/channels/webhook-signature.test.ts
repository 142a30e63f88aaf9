import { describe, expect, it } from 'vitest';
import { signBody, verifyBodySignature } from './webhook-signature';

const BODY = Buffer.from('{"id": 450789469}');
const HEADER = 'X-Shopify-Hmac-Sha256';

describe('verifying a webhook signature', () => {
  it('accepts the base64 HMAC-SHA256 of the raw body with the secret', () => {
    expect(() =>
      verifyBodySignature(BODY, signBody(BODY, 'shpss_current-secret'), ['shpss_current-secret'], HEADER),
    ).not.toThrow();
  });

  it('accepts either secret while one is being rotated', () => {
    expect(() =>
      verifyBodySignature(BODY, signBody(BODY, 'the-old-secret'), ['the-new-secret', 'the-old-secret'], HEADER),
    ).not.toThrow();
  });

  it.each([
    ['missing', undefined],
    ['signed with another secret', signBody(BODY, 'not-the-secret')],
    ['of another body', signBody('{"id": 450789470}', 'shpss_current-secret')],
    ['truncated', signBody(BODY, 'shpss_current-secret').slice(0, 20)],
    ['not base64 at all', '!!!'],
  ])('refuses a signature that is %s with 401', (_what, signature) => {
    expect(() => verifyBodySignature(BODY, signature, ['shpss_current-secret'], HEADER)).toThrow(
      expect.objectContaining({ status: 401 }),
    );
  });

  it('refuses everything when the partner has no secret', () => {
    expect(() => verifyBodySignature(BODY, signBody(BODY, ''), [], HEADER)).toThrow(
      expect.objectContaining({ status: 401 }),
    );
  });
});
