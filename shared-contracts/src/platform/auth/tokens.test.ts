import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../contracts/errors/errors';
import { peekTokenAddressing, signToken, verifyToken, type TokenSettings } from './tokens';

const TOLERANCE_IN_SECONDS = 30;
// Far enough past the tolerance that a slow test run cannot make a refusal pass, or an acceptance fail.
const MARGIN_IN_SECONDS = 60;
const SETTINGS: TokenSettings = {
  secret: 'tokens-test-secret-0123456789abcdef',
  issuer: 'crossdock',
  audience: 'crossdock',
  clockToleranceSeconds: TOLERANCE_IN_SECONDS,
};

const nowInSeconds = () => Math.floor(Date.now() / 1000);

/** A well-formed payload for `alice`; override a claim to make it bad in one way only. */
function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = nowInSeconds();
  return {
    sub: 'alice',
    scope: 'portal:read',
    iss: SETTINGS.issuer,
    aud: SETTINGS.audience,
    iat: now,
    exp: now + 600,
    ...overrides,
  };
}

function signed(
  payload: Record<string, unknown>,
  options: { secret?: string; algorithm?: jwt.Algorithm } = {},
): string {
  return jwt.sign(payload, options.secret ?? SETTINGS.secret, { algorithm: options.algorithm ?? 'HS256' });
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The UnauthenticatedError verifyToken throws for `token`; fails the test if it accepts it. */
function refusal(token: string): UnauthenticatedError {
  try {
    verifyToken(SETTINGS, token);
  } catch (error) {
    expect(error).toBeInstanceOf(UnauthenticatedError);
    return error as UnauthenticatedError;
  }
  return expect.fail('the token was accepted');
}

describe('verifyToken refuses', () => {
  it('an unsigned token (alg none) carrying otherwise valid claims', () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`;

    expect(refusal(unsigned).status).toBe(401);
  });

  it('a token signed with another secret', () => {
    refusal(signed(claims(), { secret: 'someone-elses-secret-0123456789abc' }));
  });

  it('a token signed with the right secret under another algorithm (HS512)', () => {
    refusal(signed(claims(), { algorithm: 'HS512' }));
  });

  it('a token that expired longer ago than the clock tolerance', () => {
    const error = refusal(
      signed(claims({ iat: nowInSeconds() - 3600, exp: nowInSeconds() - TOLERANCE_IN_SECONDS - MARGIN_IN_SECONDS })),
    );

    expect(error.message).toContain('expired');
  });

  it('a token from another issuer', () => {
    refusal(signed(claims({ iss: 'someone-else' })));
  });

  it('a token for another audience', () => {
    refusal(signed(claims({ aud: 'another-platform' })));
  });

  it('a token not valid until later than the clock tolerance allows', () => {
    const error = refusal(signed(claims({ nbf: nowInSeconds() + TOLERANCE_IN_SECONDS + MARGIN_IN_SECONDS })));

    expect(error.message).toContain('not valid yet');
  });

  it('a token without a subject', () => {
    const { sub: _omitted, ...withoutSubject } = claims();

    refusal(signed(withoutSubject));
  });

  it('something that is not a token at all', () => {
    refusal('not-a-jwt');
  });
});

describe('verifyToken accepts', () => {
  it('a token signed by signToken, answering its subject, scopes and customer', () => {
    const token = signToken(SETTINGS, {
      subject: 'alice',
      scopes: ['portal:read', 'portal:write'],
      customerId: 'C-1001',
    });

    expect(verifyToken(SETTINGS, token)).toEqual({
      subject: 'alice',
      scopes: ['portal:read', 'portal:write'],
      customerId: 'C-1001',
      token,
    });
  });

  it('a token that expired within the clock tolerance', () => {
    const token = signed(claims({ iat: nowInSeconds() - 3600, exp: nowInSeconds() - (TOLERANCE_IN_SECONDS - 20) }));

    expect(verifyToken(SETTINGS, token).subject).toBe('alice');
  });

  it('a token whose not-before lies within the clock tolerance', () => {
    const token = signed(claims({ nbf: nowInSeconds() + (TOLERANCE_IN_SECONDS - 20) }));

    expect(verifyToken(SETTINGS, token).subject).toBe('alice');
  });
});

describe('claims that confine a caller', () => {
  it("carry a sales rep's customers and a partner's id through signing and verifying", () => {
    const rep = signToken(SETTINGS, { subject: 'rep-17', scopes: ['mobile:read'], customerIds: ['C-1001', 'C-1002'] });
    const partner = signToken(SETTINGS, {
      subject: 'northwind-market',
      scopes: ['marketplace:read'],
      partnerId: 'northwind-market',
    });

    expect(verifyToken(SETTINGS, rep)).toMatchObject({ subject: 'rep-17', customerIds: ['C-1001', 'C-1002'] });
    expect(verifyToken(SETTINGS, rep).customerId).toBeUndefined();
    expect(verifyToken(SETTINGS, partner)).toMatchObject({
      subject: 'northwind-market',
      partnerId: 'northwind-market',
    });
  });

  it('keeps only the strings of a customer list', () => {
    const token = signed(claims({ customer_ids: ['C-1001', 42, null, 'C-1003'] }));

    expect(verifyToken(SETTINGS, token).customerIds).toEqual(['C-1001', 'C-1003']);
  });
});

describe('peekTokenAddressing', () => {
  it('reads the issuer and the audiences without checking the signature, to pick the settings to verify with', () => {
    const foreign = signed(claims({ iss: 'https://idp.example', aud: ['portal', 'crossdock'] }), {
      secret: 'someone-elses-secret-0123456789abc',
    });

    expect(peekTokenAddressing(foreign)).toEqual({ issuer: 'https://idp.example', audiences: ['portal', 'crossdock'] });
    expect(peekTokenAddressing('not-a-jwt')).toEqual({ audiences: [] });
  });
});
