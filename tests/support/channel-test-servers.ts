/**
 * Stand-ins for the channels Crossdock polls, speaking their documented protocols over real HTTP:
 * Adobe Commerce's REST API (GET /V1/orders with searchCriteria, integration bearer token) and
 * Amazon's Selling Partner API Orders v0 (getOrders with CreatedAfter / NextToken, getOrderItems,
 * x-amz-access-token). They answer with the public sample documents, byte for byte, and can be
 * told to answer 429 for a while. Not a test file.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
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

async function serve(basePath: string, answer: (request: SeenRequest) => Answer): Promise<ChannelTestServer> {
  const requests: SeenRequest[] = [];
  let limited = 0;
  const server = http.createServer((incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://channel');
    const seen: SeenRequest = { path: url.pathname, query: url.searchParams, headers: incoming.headers };
    requests.push(seen);
    const reply: Answer =
      limited > 0
        ? (limited--, { status: 429, body: '{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]}', headers: { 'x-amzn-RateLimit-Limit': '0.0167' } })
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

/** The page after the one whose NextToken is `token`: a NextToken leads to the next page of its list. */
function following(pages: string[], token: string): string | undefined {
  const index = pages.findIndex((page) => (JSON.parse(page) as { payload?: { NextToken?: string } }).payload?.NextToken === token);
  return index >= 0 ? pages[index + 1] : undefined;
}

/** An order as the Magento stand-in keeps it: its entity id and its JSON text as Magento would write it. */
export interface MagentoOrderText {
  entityId: number;
  text: string;
}

/** Adobe Commerce (Magento 2) REST under /rest/default: GET /V1/orders?searchCriteria[...] with an integration token. */
export function startMagentoTestServer(options: { token: string; orders: MagentoOrderText[] }): Promise<ChannelTestServer> {
  return serve('/rest/default', (request) => {
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return { status: 401, body: '{"message":"The consumer isn\'t authorized to access %resources.","parameters":{"resources":"Magento_Sales::actions_view"}}' };
    }
    if (request.path !== '/V1/orders') return { status: 404, body: '{"message":"Request does not match any route."}' };
    const criteria = request.query;
    const filterField = criteria.get('searchCriteria[filter_groups][0][filters][0][field]');
    const above = Number(criteria.get('searchCriteria[filter_groups][0][filters][0][value]') ?? 0);
    const pageSize = Number(criteria.get('searchCriteria[pageSize]') ?? 20);
    const matching = options.orders.filter((order) => filterField !== 'entity_id' || order.entityId > above).sort((a, b) => a.entityId - b.entityId);
    const page = matching.slice(0, pageSize);
    const body = `{"items":[${page.map((order) => order.text).join(',')}],"search_criteria":{"filter_groups":[],"page_size":${pageSize},"current_page":1},"total_count":${matching.length}}`;
    return { status: 200, body };
  });
}

/** An Amazon order the stand-in lists: its id, its getOrders page text and its getOrderItems text. */
export interface AmazonListing {
  /** The getOrders answers, in order: the first for CreatedAfter, each next one for the NextToken in the one before. */
  orderPages: string[];
  /** The getOrderItems answers by order id, in order, chained by NextToken the same way. */
  orderItems: Record<string, string[]>;
}

/** Amazon Selling Partner API, Orders v0: GET /orders/v0/orders and /orders/v0/orders/{id}/orderItems. */
export function startAmazonTestServer(options: { accessToken: string; listing: AmazonListing }): Promise<ChannelTestServer> {
  const unauthorized = '{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}';
  const invalid = (message: string) => ({ status: 400, body: JSON.stringify({ errors: [{ code: 'InvalidInput', message, details: '' }] }) });
  return serve('', (request) => {
    if (request.headers['x-amz-access-token'] !== options.accessToken) return { status: 403, body: unauthorized };
    if (request.path === '/orders/v0/orders') {
      if (!request.query.get('MarketplaceIds')) return invalid('MarketplaceIds is required.');
      const token = request.query.get('NextToken');
      if (!token && !request.query.get('CreatedAfter') && !request.query.get('LastUpdatedAfter')) return invalid('Either CreatedAfter or LastUpdatedAfter must be specified.');
      const page = token ? following(options.listing.orderPages, token) : options.listing.orderPages[0];
      return page ? { status: 200, body: page } : invalid('Invalid NextToken.');
    }
    const items = request.path.match(/^\/orders\/v0\/orders\/([^/]+)\/orderItems$/);
    if (items) {
      const pages = options.listing.orderItems[decodeURIComponent(items[1]!)];
      if (!pages) return { status: 404, body: JSON.stringify({ errors: [{ code: 'NotFound', message: 'Order not found.' }] }) };
      const token = request.query.get('NextToken');
      const page = token ? following(pages, token) : pages[0];
      return page ? { status: 200, body: page } : invalid('Invalid NextToken.');
    }
    return { status: 404, body: '{"errors":[{"code":"NotFound","message":"Resource not found."}]}' };
  });
}
