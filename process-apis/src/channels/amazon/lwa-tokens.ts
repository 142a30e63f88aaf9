import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConflictError, UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { UpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { StoredConnection } from '../../partners/partner-view';

/** Login with Amazon's token endpoint, where an SP-API app swaps a refresh token for an access token. */
export const LWA_TOKEN_URL = 'https://api.amazon.com/auth/o2/token';
// A token is refreshed this long before Amazon says it expires, so no call goes out with one about to lapse.
const REFRESH_MARGIN_MS = 60_000;

const tokenAnswer = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string().optional(),
});

export interface LwaCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  tokenUrl: string;
}

/** The partner's LWA credentials, when it has them; an incomplete set is a setup problem, said plainly. */
export function lwaCredentialsOf(connection: StoredConnection, partnerId: string): LwaCredentials | undefined {
  if (!connection.lwaClientId) return undefined;
  const { lwaClientSecret: clientSecret, lwaRefreshToken: refreshToken } = connection;
  if (!clientSecret || !refreshToken) {
    throw new ConflictError(
      'partner-not-polled',
      'The partner cannot sign in to Amazon',
      `Partner ${partnerId} has an LWA client id but no ${clientSecret ? 'refresh token' : 'client secret'}.`,
    );
  }
  return {
    clientId: connection.lwaClientId,
    clientSecret,
    refreshToken,
    tokenUrl: connection.lwaTokenUrl ?? LWA_TOKEN_URL,
  };
}

interface CachedToken {
  /** Which credentials the token was given for: new credentials never get an old token. */
  fingerprint: string;
  accessToken: string;
  expiresAt: number;
}

/**
 * LWA access tokens, one per partner, kept until shortly before they expire (an hour, as Amazon
 * gives them) so a poll does not ask for a new one on every call. Secrets go only into the body of
 * the token request; neither they nor the tokens are ever logged.
 */
export class LwaTokens {
  private readonly cache = new Map<string, CachedToken>();

  /** The partner's access token: the cached one while it lasts, else a fresh one from LWA. */
  async accessToken(
    partnerId: string,
    credentials: LwaCredentials,
    now: Date,
    clientAt: (baseUrl: string) => UpstreamClient,
  ): Promise<{ token: string; fresh: boolean }> {
    const fingerprint = createHash('sha256')
      .update(`${credentials.clientId}\n${credentials.refreshToken}`)
      .digest('hex');
    const cached = this.cache.get(partnerId);
    if (cached && cached.fingerprint === fingerprint && cached.expiresAt - REFRESH_MARGIN_MS > now.getTime())
      return { token: cached.accessToken, fresh: false };
    const url = new URL(credentials.tokenUrl);
    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.refreshToken,
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    });
    const answer = await clientAt(url.origin).post<unknown>(url.pathname, {
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
    });
    const parsed = tokenAnswer.safeParse(answer.data);
    if (!parsed.success)
      throw new UpstreamUnavailableError(
        'Login with Amazon',
        `The LWA token answer for partner ${partnerId} has no access_token and expires_in.`,
      );
    this.cache.set(partnerId, {
      fingerprint,
      accessToken: parsed.data.access_token,
      expiresAt: now.getTime() + parsed.data.expires_in * 1000,
    });
    return { token: parsed.data.access_token, fresh: true };
  }

  /** Drops the partner's token: Amazon refused it (expired or revoked early), the next call gets a new one. */
  forget(partnerId: string): void {
    this.cache.delete(partnerId);
  }
}
