import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../contracts/errors/errors';
import { identityProviderVerifier, type IdentityProviderSettings } from './identity-provider-tokens';
import { PLATFORM_CLAIMS } from './token-claims';

const SETTINGS: IdentityProviderSettings = {
  issuer: 'https://login.acme.example/',
  audience: 'crossdock-api',
  algorithms: ['ES256'],
  claims: { ...PLATFORM_CLAIMS, actingFor: undefined },
  clockToleranceSeconds: 0,
};

const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] });
const verify = identityProviderVerifier(SETTINGS, keys);

/** A token for `buyer`, right in every way but those `claims` and `expires` change. */
function token(claims: Record<string, unknown> = {}, expires: string | null = '10m') {
  const jwt = new SignJWT({
    iss: SETTINGS.issuer,
    aud: SETTINGS.audience,
    sub: 'buyer',
    scope: 'portal:read',
    ...claims,
  })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
    .setIssuedAt();
  return (expires ? jwt.setExpirationTime(expires) : jwt).sign(privateKey);
}

async function refusal(token: Promise<string>): Promise<string> {
  const error = await verify(await token).then(
    () => expect.fail('the token was accepted'),
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(UnauthenticatedError);
  return (error as UnauthenticatedError).message;
}

// The gateway picks a consumer by the token's unchecked iss and aud; these are checked again here, signed.
describe('the identity provider verifier', () => {
  it('reads the caller from a good token, never an acting_for an identity provider cannot grant', async () => {
    const principal = await verify(await token({ customer_id: 'C-1001', acting_for: 'someone-else' }));

    expect(principal).toMatchObject({ subject: 'buyer', scopes: ['portal:read'], customerId: 'C-1001' });
    expect(principal.actingFor).toBeUndefined();
  });

  it('refuses another audience or issuer, an expired token and one without expiry', async () => {
    expect(await refusal(token({ aud: 'another-platform' }))).toContain('"aud"');
    expect(await refusal(token({ iss: 'https://evil.example/' }))).toContain('"iss"');
    expect(await refusal(token({}, '-1m'))).toContain('it has expired');
    expect(await refusal(token({}, null))).toContain('no expiry');
  });
});
