import { z } from 'zod';
import { IDENTITY_PROVIDER_ALGORITHMS } from '@crossdock/shared-contracts/platform/auth/identity-provider-tokens';

// Keys fetched in clear could be swapped on the way: only a loopback key server may use plain http.
const keySetUrl = z
  .url()
  .refine((url) => url.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(url), {
    message: 'must be an https URL (plain http only on loopback)',
  });

const claimName = (fallback: string) => z.string().min(1).default(fallback);

/** Where an identity provider's tokens carry the caller; the defaults are the platform's own claims. */
const claimNamesSchema = z.object({
  subject: claimName('sub'),
  /** A space-separated string (`scope`) or an array of strings (`scp`). */
  scopes: claimName('scope'),
  customerId: claimName('customer_id'),
  customerIds: claimName('customer_ids'),
  partnerId: claimName('partner_id'),
});

/** An identity provider's published signing keys (JWKS), and the algorithms its tokens may use. */
const jwksSchema = z.object({
  url: keySetUrl,
  algorithms: z.array(z.enum(IDENTITY_PROVIDER_ALGORITHMS)).min(1).default(['RS256']),
  maxAgeSeconds: z.coerce.number().int().min(0).max(86_400).default(600),
  cooldownSeconds: z.coerce.number().int().min(0).max(3600).default(30),
  timeoutMs: z.coerce.number().int().min(100).max(60_000).default(5000),
});

/** Tokens a consumer's users bring: who issued them and for whom, and how their signature is checked. */
export const consumerJwtSchema = z
  .object({
    issuer: z.string().min(1),
    audience: z.string().min(1),
    /** HS256 with the consumer's own secret; the platform's CROSSDOCK_JWT_SECRET when neither this nor jwks. */
    secret: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Tokens from an identity provider, checked with the keys it publishes. */
    jwks: jwksSchema.optional(),
    claims: claimNamesSchema.optional(),
    /** A marketplace partner: its callers act for it (the consumer's id), whatever their token claims. */
    partner: z.boolean().optional(),
  })
  .superRefine((jwt, context) => {
    if (jwt.secret && jwt.jwks)
      context.addIssue({ code: 'custom', path: ['jwks'], message: 'takes either secret (HS256) or jwks, not both' });
    if (jwt.claims && !jwt.jwks)
      context.addIssue({
        code: 'custom',
        path: ['claims'],
        message: 'names the claims of an identity provider: set jwks too (HS256 tokens carry the platform claims)',
      });
  });

export type ConsumerJwt = z.infer<typeof consumerJwtSchema>;
export type ClaimNamesConfig = z.infer<typeof claimNamesSchema>;
export const PLATFORM_CLAIM_DEFAULTS: ClaimNamesConfig = claimNamesSchema.parse({});
