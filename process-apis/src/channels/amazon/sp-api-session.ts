import { z } from 'zod';
import { UpstreamProblemError, UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { QueryValue, UpstreamResponse } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { PollContext } from '../polling/channel-connector';
import { lwaCredentialsOf, type LwaTokens } from './lwa-tokens';

/** The Tokens API operation that gives a Restricted Data Token for named restricted operations. */
export const RESTRICTED_DATA_TOKEN_PATH = '/tokens/2021-03-01/restrictedDataToken';

const restrictedDataTokenAnswer = z.object({
  restrictedDataToken: z.string().min(1),
  expiresIn: z.number().optional(),
});

/** One poll's calls to the Selling Partner API, each with the access token it needs. */
export interface SpApiSession {
  /** GET with the LWA access token (x-amz-access-token), the body kept as bytes. */
  get(path: string, query?: Record<string, QueryValue>): Promise<UpstreamResponse<Buffer>>;
  /** POSTs a JSON document (written exactly, numbers as they are) with the LWA access token. */
  post(path: string, json: string): Promise<UpstreamResponse<unknown>>;
  /** GETs restricted operations (getOrderAddress, getOrderBuyerInfo) with one Restricted Data Token for all of them. */
  getRestricted(paths: string[]): Promise<UpstreamResponse<Buffer>[]>;
}

/**
 * The partner's session: with LWA credentials, access tokens from Login with Amazon (cached, and
 * refreshed once when Amazon refuses a cached one with 401 or 403: it expired or was revoked
 * early); without, the connection's own access token, as before.
 */
export function spApiSession(context: PollContext, tokens: LwaTokens): SpApiSession {
  const partnerId = context.partner.id;
  const credentials = lwaCredentialsOf(context.connection, partnerId);
  const accessToken = async () =>
    credentials
      ? tokens.accessToken(partnerId, credentials, context.now, context.clientAt)
      : { token: context.connection.accessToken ?? '', fresh: true };

  async function withAccessToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const first = await accessToken();
    try {
      return await call(first.token);
    } catch (error) {
      if (!credentials || first.fresh || !isRefusal(error)) throw error;
      tokens.forget(partnerId);
      return call((await accessToken()).token);
    }
  }

  const getWith = (token: string, path: string, query?: Record<string, QueryValue>) =>
    context.client.get<Buffer>(path, { query, responseType: 'bytes', headers: { 'x-amz-access-token': token } });

  return {
    get: (path, query) => withAccessToken((token) => getWith(token, path, query)),
    post: (path, json) =>
      withAccessToken((token) =>
        context.client.post<unknown>(path, {
          body: json,
          headers: { 'content-type': 'application/json', 'x-amz-access-token': token },
        }),
      ),
    async getRestricted(paths) {
      if (paths.length === 0) return [];
      const restrictedResources = paths.map((path) => ({ method: 'GET', path }));
      const answer = await withAccessToken((token) =>
        context.client.post<unknown>(RESTRICTED_DATA_TOKEN_PATH, {
          body: { restrictedResources },
          headers: { 'x-amz-access-token': token },
        }),
      );
      const rdt = restrictedDataTokenAnswer.safeParse(answer.data);
      if (!rdt.success)
        throw new UpstreamUnavailableError(
          'Amazon Tokens API',
          'The createRestrictedDataToken answer has no restrictedDataToken.',
        );
      const answers: UpstreamResponse<Buffer>[] = [];
      for (const path of paths) answers.push(await getWith(rdt.data.restrictedDataToken, path));
      return answers;
    },
  };
}

const isRefusal = (error: unknown) =>
  error instanceof UpstreamProblemError && (error.status === 401 || error.status === 403);
