/**
 * Stand-ins for the channels Crossdock polls, speaking their documented protocols over real HTTP:
 * Adobe Commerce's REST API (GET /V1/orders with searchCriteria, integration bearer token) and
 * Amazon's Selling Partner API (Login with Amazon, Restricted Data Tokens, Orders v0 and v2026-01-01,
 * x-amz-access-token). They answer with the public sample documents, byte for byte, and can be
 * told to answer 429 for a while. Not a test file.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** The request body as text ('' for a GET). */
  body: string;
}

export interface ChannelTestServer {
  /** The base URL a partner's connection names. */
  baseUrl: string;
  requests: SeenRequest[];
  /** Answers the next `count` requests with 429 Too Many Requests. */
  rateLimit(count: number): void;
  close(): Promise<void>;
}

type Answer = { status: number; body: string; headers?: Record<string, string> };

export async function serve(basePath: string, answer: (request: SeenRequest) => Answer): Promise<ChannelTestServer> {
  const requests: SeenRequest[] = [];
  let limited = 0;
  const server = http.createServer(async (incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://channel');
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const seen: SeenRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(seen);
    const reply: Answer =
      limited > 0
        ? (limited--,
          {
            status: 429,
            body: '{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]}',
            headers: { 'x-amzn-RateLimit-Limit': '0.0167' },
          })
        : url.pathname.startsWith(basePath)
          ? answer({ ...seen, path: url.pathname.slice(basePath.length) })
          : { status: 404, body: '{"message":"Request does not match any route."}' };
    response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    response.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    requests,
    rateLimit: (count) => void (limited = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The page after the one whose next-page token is `token`: a token leads to the next page of its list. */
function following(
  pages: string[],
  token: string,
  tokenOf: (page: string) => string | undefined = v0NextToken,
): string | undefined {
  const index = pages.findIndex((page) => tokenOf(page) === token);
  return index >= 0 ? pages[index + 1] : undefined;
}

const v0NextToken = (page: string) => (JSON.parse(page) as { payload?: { NextToken?: string } }).payload?.NextToken;

/** An order as the Magento stand-in keeps it: its entity id and its JSON text as Magento would write it. */
export interface MagentoOrderText {
  entityId: number;
  text: string;
}

/** A top-level text field of a Magento order's JSON, if the text is JSON at all. */
function fieldOf(order: MagentoOrderText, field: string): string | undefined {
  try {
    const value = (JSON.parse(order.text) as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Adobe Commerce (Magento 2) REST under /rest/default: GET /V1/orders?searchCriteria[...] with an integration token. */
export function startMagentoTestServer(options: {
  token: string;
  orders: MagentoOrderText[];
}): Promise<ChannelTestServer> {
  return serve('/rest/default', (request) => {
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return {
        status: 401,
        body: '{"message":"The consumer isn\'t authorized to access %resources.","parameters":{"resources":"Magento_Sales::actions_view"}}',
      };
    }
    if (request.path !== '/V1/orders') return { status: 404, body: '{"message":"Request does not match any route."}' };
    const criteria = request.query;
    const filters = [0, 1].map((group) => {
      const at = (name: string) => criteria.get(`searchCriteria[filter_groups][${group}][filters][0][${name}]`) ?? '';
      return { field: at('field'), value: at('value') };
    });
    const pageSize = Number(criteria.get('searchCriteria[pageSize]') ?? 20);
    const currentPage = Number(criteria.get('searchCriteria[currentPage]') ?? 1);
    const matches = (order: MagentoOrderText, filter: { field: string; value: string }) => {
      // entity_id gt, state eq and updated_at gteq as Magento applies them; created_at is not compared.
      if (filter.field === 'entity_id') return order.entityId > Number(filter.value);
      if (filter.field === 'state') return fieldOf(order, 'state') === filter.value;
      if (filter.field === 'updated_at') return (fieldOf(order, 'updated_at') ?? '') >= filter.value;
      return true;
    };
    const matching = options.orders
      .filter((order) => filters.every((filter) => matches(order, filter)))
      .sort((a, b) => a.entityId - b.entityId);
    const page = matching.slice((currentPage - 1) * pageSize, currentPage * pageSize);
    const body = `{"items":[${page.map((order) => order.text).join(',')}],"search_criteria":{"filter_groups":[],"page_size":${pageSize},"current_page":1},"total_count":${matching.length}}`;
    return { status: 200, body };
  });
}

/** What the Amazon stand-in lists. */
export interface AmazonListing {
  /** The getOrders answers, in order: the first for CreatedAfter, each next one for the NextToken in the one before. */
  orderPages: string[];
  /** The getOrderItems answers by order id, in order, chained by NextToken the same way. */
  orderItems: Record<string, string[]>;
  /** getOrderAddress answers by order id: restricted, answered only with a Restricted Data Token for the path. */
  addresses?: Record<string, string>;
  /** getOrderBuyerInfo answers by order id: restricted, as the addresses. */
  buyerInfo?: Record<string, string>;
  /** searchOrders answers (Orders API v2026-01-01), chained by pagination.nextToken. */
  searchPages?: string[];
}

/** The app and the seller's authorisation Login with Amazon knows. */
export interface AmazonLogin {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** Seconds an access token lasts (3600, as LWA gives them). */
  expiresIn?: number;
}

export interface AmazonTestServer extends ChannelTestServer {
  /** Every access token handed out so far now counts as expired (as an hour passing would). */
  expireAccessTokens(): void;
}

const amazonError = (status: number, code: string, message: string, details = '') => ({
  status,
  body: JSON.stringify({ errors: [{ code, message, details }] }),
});
const invalid = (message: string) => amazonError(400, 'InvalidInput', message);
const denied = (details = '') => amazonError(403, 'Unauthorized', 'Access to requested resource is denied.', details);

/**
 * Amazon Selling Partner API: Login with Amazon (POST /auth/o2/token, grant_type=refresh_token),
 * the Tokens API (createRestrictedDataToken), Orders v0 (getOrders, getOrderItems, and the
 * restricted getOrderAddress and getOrderBuyerInfo) and Orders v2026-01-01 (searchOrders).
 */
export async function startAmazonTestServer(options: {
  accessToken?: string;
  login?: AmazonLogin;
  listing: AmazonListing;
}): Promise<AmazonTestServer> {
  const valid = new Set(options.accessToken ? [options.accessToken] : []);
  const expired = new Set<string>();
  const restricted = new Map<string, string[]>();
  let issued = 0;
  const { listing } = options;
  const server = await serve('', (request) => {
    if (request.method === 'POST' && request.path === '/auth/o2/token') return login(request);
    const token = String(request.headers['x-amz-access-token'] ?? '');
    const restrictedPath = request.path.match(/^\/orders\/v0\/orders\/([^/]+)\/(address|buyerInfo)$/);
    if (restrictedPath) {
      if (!(restricted.get(token) ?? []).includes(request.path))
        return denied('A Restricted Data Token for this resource is required.');
      const answers = restrictedPath[2] === 'address' ? listing.addresses : listing.buyerInfo;
      const answer = answers?.[decodeURIComponent(restrictedPath[1]!)];
      return answer ? { status: 200, body: answer } : amazonError(404, 'NotFound', 'Order not found.');
    }
    if (expired.has(token)) return denied('The access token you provided has expired.');
    if (!valid.has(token)) return denied();
    if (request.method === 'POST' && request.path === '/tokens/2021-03-01/restrictedDataToken')
      return restrictedDataToken(request);
    if (request.path === '/orders/v0/orders') return getOrders(request);
    if (request.path === '/orders/2026-01-01/orders') return searchOrders(request);
    const items = request.path.match(/^\/orders\/v0\/orders\/([^/]+)\/orderItems$/);
    if (items) {
      const pages = listing.orderItems[decodeURIComponent(items[1]!)];
      if (!pages) return amazonError(404, 'NotFound', 'Order not found.');
      const next = request.query.get('NextToken');
      const page = next ? following(pages, next) : pages[0];
      return page ? { status: 200, body: page } : invalid('Invalid NextToken.');
    }
    return amazonError(404, 'NotFound', 'Resource not found.');
  });

  function login(request: SeenRequest) {
    const form = new URLSearchParams(request.body);
    const app = options.login;
    if (form.get('grant_type') !== 'refresh_token')
      return {
        status: 400,
        body: '{"error":"unsupported_grant_type","error_description":"The authorization grant type is not supported"}',
      };
    if (!app || form.get('client_id') !== app.clientId || form.get('client_secret') !== app.clientSecret)
      return { status: 401, body: '{"error":"invalid_client","error_description":"Client authentication failed"}' };
    if (form.get('refresh_token') !== app.refreshToken)
      return {
        status: 400,
        body: '{"error":"invalid_grant","error_description":"The request has an invalid grant parameter : refresh_token"}',
      };
    const accessToken = `Atza|issued-${++issued}`;
    valid.add(accessToken);
    return {
      status: 200,
      body: JSON.stringify({
        access_token: accessToken,
        refresh_token: app.refreshToken,
        token_type: 'bearer',
        expires_in: app.expiresIn ?? 3600,
      }),
    };
  }

  function restrictedDataToken(request: SeenRequest) {
    const resources =
      (JSON.parse(request.body || '{}') as { restrictedResources?: { method: string; path: string }[] })
        .restrictedResources ?? [];
    if (resources.length === 0 || resources.some((resource) => resource.method !== 'GET'))
      return invalid('restrictedResources must name GET operations.');
    const rdt = `Atz.sprdt|${restricted.size + 1}`;
    restricted.set(
      rdt,
      resources.map((resource) => resource.path),
    );
    return { status: 200, body: JSON.stringify({ restrictedDataToken: rdt, expiresIn: 3600 }) };
  }

  function getOrders(request: SeenRequest) {
    if (!request.query.get('MarketplaceIds')) return invalid('MarketplaceIds is required.');
    const next = request.query.get('NextToken');
    if (!next && !request.query.get('CreatedAfter') && !request.query.get('LastUpdatedAfter'))
      return invalid('Either CreatedAfter or LastUpdatedAfter must be specified.');
    const statuses = request.query.get('OrderStatuses');
    if (!next && statuses) return { status: 200, body: updatedSince(statuses.split(','), request.query) };
    const page = next ? following(listing.orderPages, next) : listing.orderPages[0];
    return page ? { status: 200, body: page } : invalid('Invalid NextToken.');
  }

  /** One page of the listed orders in these statuses last updated at or after LastUpdatedAfter. */
  function updatedSince(statuses: string[], query: URLSearchParams): string {
    const after = query.get('LastUpdatedAfter') ?? '';
    const orders = listing.orderPages
      .flatMap((page) => (JSON.parse(page) as { payload: { Orders: Record<string, string>[] } }).payload.Orders)
      .filter((order) => statuses.includes(order.OrderStatus ?? '') && (order.LastUpdateDate ?? '') >= after);
    return JSON.stringify({ payload: { Orders: orders } });
  }

  function searchOrders(request: SeenRequest) {
    if (!request.query.get('marketplaceIds')) return invalid('marketplaceIds is required.');
    const next = request.query.get('paginationToken');
    if (!next && !request.query.get('createdAfter') && !request.query.get('lastUpdatedAfter'))
      return invalid('Either createdAfter or lastUpdatedAfter must be specified.');
    const pages = listing.searchPages ?? [];
    const page = next
      ? following(
          pages,
          next,
          (text) => (JSON.parse(text) as { pagination?: { nextToken?: string } }).pagination?.nextToken,
        )
      : pages[0];
    return page ? { status: 200, body: page } : invalid('Invalid paginationToken.');
  }

  return {
    ...server,
    expireAccessTokens: () => {
      for (const token of valid) expired.add(token);
      valid.clear();
    },
  };
}
