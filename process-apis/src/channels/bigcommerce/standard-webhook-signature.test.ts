import { describe, expect, it } from 'vitest';
import { signStandardWebhook, verifyStandardWebhook } from './standard-webhook-signature';

// The example of the Standard Webhooks specification: its secret (whsec_ + base64 of the key), its
// message and the signature it gives for them.
const SPEC_KEY = Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64');
const SPEC_BODY = Buffer.from('{"test": 2432232314}');
const SPEC_HEADERS = {
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: '1614265330',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const SIGNED_AT = new Date(1614265330 * 1000);

// BigCommerce signs with the app's client secret: its UTF-8 bytes are the key.
const CLIENT_SECRET = Buffer.from('bc-app-client-secret-0123456789');

describe('verifying a Standard Webhooks signature', () => {
  it('accepts the specification’s own example', () => {
    expect(() => verifyStandardWebhook(SPEC_BODY, SPEC_HEADERS, [SPEC_KEY], SIGNED_AT)).not.toThrow();
    expect(signStandardWebhook(SPEC_BODY, SPEC_KEY, SPEC_HEADERS.id, SPEC_HEADERS.timestamp)).toBe(
      SPEC_HEADERS.signature,
    );
  });

  it('accepts any v1 entry of the header, and either key while one is rotated', () => {
    const signature = `v1,bm90LXRoaXMtb25l ${SPEC_HEADERS.signature}`;
    expect(() =>
      verifyStandardWebhook(SPEC_BODY, { ...SPEC_HEADERS, signature }, [CLIENT_SECRET, SPEC_KEY], SIGNED_AT),
    ).not.toThrow();
  });

  it('accepts a timestamp up to five minutes off either way, and refuses one beyond', () => {
    const at = (seconds: number) => new Date(SIGNED_AT.getTime() + seconds * 1000);
    expect(() => verifyStandardWebhook(SPEC_BODY, SPEC_HEADERS, [SPEC_KEY], at(300))).not.toThrow();
    expect(() => verifyStandardWebhook(SPEC_BODY, SPEC_HEADERS, [SPEC_KEY], at(-300))).not.toThrow();
    for (const off of [301, -301])
      expect(() => verifyStandardWebhook(SPEC_BODY, SPEC_HEADERS, [SPEC_KEY], at(off))).toThrow(
        expect.objectContaining({ status: 401, message: expect.stringContaining('five minutes') }),
      );
  });

  it.each([
    ['without a signature', { signature: undefined }],
    ['without a message id', { id: undefined }],
    ['of another message id', { id: 'msg_another' }],
    ['with the timestamp changed', { timestamp: '1614265331' }],
    ['with a timestamp that is no number', { timestamp: '1614265330.0' }],
    ['truncated', { signature: SPEC_HEADERS.signature.slice(0, 20) }],
    ['of another scheme version', { signature: SPEC_HEADERS.signature.replace('v1,', 'v1a,') }],
  ])('refuses a delivery %s with 401', (_what, change) => {
    expect(() => verifyStandardWebhook(SPEC_BODY, { ...SPEC_HEADERS, ...change }, [SPEC_KEY], SIGNED_AT)).toThrow(
      expect.objectContaining({ status: 401 }),
    );
  });

  it('refuses a changed body, another key, and everything when there is no key', () => {
    const refused = (body: Buffer, keys: Buffer[]) => () => verifyStandardWebhook(body, SPEC_HEADERS, keys, SIGNED_AT);
    expect(refused(Buffer.from('{"test": 2432232315}'), [SPEC_KEY])).toThrow(expect.objectContaining({ status: 401 }));
    expect(refused(SPEC_BODY, [CLIENT_SECRET])).toThrow(expect.objectContaining({ status: 401 }));
    expect(refused(SPEC_BODY, [])).toThrow(expect.objectContaining({ status: 401 }));
  });
});
