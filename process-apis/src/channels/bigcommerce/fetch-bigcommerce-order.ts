import { UpstreamProblemError, UpstreamUnavailableError } from '@crossdock/shared-contracts/contracts/errors/errors';
import { createUpstreamClient } from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import type { ChannelSettings } from '../../config';
import type { DocumentPart } from '../../inbound-documents/document-part';
import type { StoredConnection } from '../../partners/partner-view';

// The most products or addresses Orders V2 answers per page.
const PAGE_LIMIT = 250;
// Answers that say the order is not there: kept, so the callback ends as a rejection a person sees.
const NO_SUCH_ORDER = new Set([404, 410]);

/** Fetches an order's Orders V2 answers, as the parts of the document kept for it. */
export type BigCommerceOrderFetcher = (connection: StoredConnection, orderId: string) => Promise<DocumentPart[]>;

/**
 * Fetches an order through the client kit (timeouts, retries with backoff on 429 and 5xx) with the
 * store's API account token in `X-Auth-Token` (never a Crossdock token): GET /v2/orders/{id}, its
 * products and its shipping addresses, page by page, each answer byte for byte. An order BigCommerce
 * says is not there (404, 410) ends the parts with a note of that answer; any other failure (down,
 * our token refused) throws 503 and nothing is kept, so BigCommerce delivers the callback again.
 */
export function bigCommerceOrderFetcher(settings: ChannelSettings, logger: Logger): BigCommerceOrderFetcher {
  return async (connection, orderId) => {
    const client = createUpstreamClient({
      name: 'bigcommerce',
      baseUrl: connection.baseUrl,
      timeoutMs: settings.httpTimeoutMs,
      retry: {
        maxRetries: settings.httpRetries,
        baseDelayMs: settings.httpRetryBaseMs,
        maxDelayMs: Math.max(settings.httpRetryBaseMs, 60_000),
      },
      logger,
      credentials: () => undefined,
    });
    const parts: DocumentPart[] = [];
    const get = async (path: string, query?: Record<string, string>): Promise<unknown[]> => {
      const name = query ? `${path}?${new URLSearchParams(query)}` : path;
      try {
        const answer = await client.get<Buffer>(path, {
          query,
          responseType: 'bytes',
          headers: { Accept: 'application/json', 'X-Auth-Token': connection.accessToken ?? '' },
        });
        parts.push({ name, contentType: answer.headers['content-type'] ?? 'application/json', body: answer.data });
        return countable(answer.data);
      } catch (error) {
        if (!(error instanceof UpstreamProblemError) || !NO_SUCH_ORDER.has(error.status))
          throw error instanceof UpstreamProblemError
            ? new UpstreamUnavailableError('bigcommerce', `BigCommerce answered ${error.status} to GET ${path}.`)
            : error;
        parts.push({
          name: `${name} (answered ${error.status})`,
          contentType: 'application/problem+json',
          body: Buffer.from(JSON.stringify(error.problem)),
        });
        throw new OrderGone();
      }
    };
    const pages = async (path: string) => {
      for (let page = 1; ; page++) {
        const items = await get(path, { page: String(page), limit: String(PAGE_LIMIT) });
        if (items.length < PAGE_LIMIT) return;
      }
    };
    try {
      await get(`/v2/orders/${orderId}`);
      await pages(`/v2/orders/${orderId}/products`);
      await pages(`/v2/orders/${orderId}/shipping_addresses`);
    } catch (error) {
      if (!(error instanceof OrderGone)) throw error;
    } finally {
      client.shutdown();
    }
    return parts;
  };
}

class OrderGone extends Error {}

// Only to know whether another page follows: the reader reads the kept bytes losslessly later.
function countable(body: Buffer): unknown[] {
  try {
    const value: unknown = body.byteLength === 0 ? [] : JSON.parse(body.toString('utf8'));
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}
