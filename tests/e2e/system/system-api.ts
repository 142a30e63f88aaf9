/**
 * What the system-API end-to-end tests share: a client for /system/v1 through the gateway, as an
 * integration team holding a system:read + system:write token, and small readers for answers.
 * Not a test file (no `.test.ts`): each test file starts its own platform and builds its client.
 */
import type { Response } from 'supertest';
import { expect } from 'vitest';
import type { TestPlatform } from '../../support/test-platform';

export const PROBLEM_JSON = /^application\/problem\+json/;

/** A strong validator, quoted (RFC 9110): what the master-data APIs send as the version. */
export const STRONG_ETAG = /^"[^"]+"$/;

/** The subject the integration team's token carries; the ERP records it as the actor of each write. */
export const INTEGRATION_TEAM = 'integration-team';

export type SystemClient = ReturnType<typeof systemClient>;

/** Calls /system/v1 through the gateway with a token that may read and write the system tier. */
export function systemClient(crossdock: TestPlatform, subject = INTEGRATION_TEAM) {
  const authorization = `Bearer ${crossdock.token({ subject, scopes: ['system:read', 'system:write'] })}`;
  return {
    get: (path: string) => crossdock.http.get(`/system/v1${path}`).set('Authorization', authorization),
    post: (path: string, body: object = {}) =>
      crossdock.http.post(`/system/v1${path}`).set('Authorization', authorization).send(body),
    put: (path: string, body: object) =>
      crossdock.http.put(`/system/v1${path}`).set('Authorization', authorization).send(body),
  };
}

/** Expects an RFC 9457 problem with this status (and, for a business refusal, this reason code). */
export function expectProblem(answer: Response, status: number, reasonCode?: string): void {
  expect({ status: answer.status, body: answer.body }).toMatchObject({ status, body: { status } });
  expect(answer.headers['content-type']).toMatch(PROBLEM_JSON);
  expect(answer.body.type).toMatch(/^urn:crossdock:problem:/);
  expect(answer.text).not.toMatch(/at .*\.ts:\d+/);
  if (reasonCode) expect(answer.body.reasonCode).toBe(reasonCode);
}

/** The strong ETag an answer carries; the test fails when there is none. */
export function etagOf(answer: Response): string {
  const etag = answer.headers.etag;
  expect(etag).toMatch(STRONG_ETAG);
  return etag as string;
}

/** The field names a 400 problem lists. */
export function fieldsAtFault(answer: Response): string[] {
  return (answer.body.errors ?? []).map((error: { field: string }) => error.field);
}

export interface Position {
  sku: string;
  warehouseId: string;
  uom: string;
  onHand: number;
  allocated: number;
  available: number;
}

/** The stock of one item in one warehouse, as the inventory API reports it. */
export async function positionOf(api: SystemClient, sku: string, warehouseId: string): Promise<Position> {
  const answer = await api.get('/inventory').query({ sku, warehouseId }).expect(200);
  expect(answer.body.items).toHaveLength(1);
  return answer.body.items[0];
}

/** Every record of a paginated list, following `nextCursor` to the end. */
export async function walkAll<T>(
  api: SystemClient,
  path: string,
  query: Record<string, string | number> = {},
): Promise<{ records: T[]; pages: number }> {
  const records: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const answer = await api
      .get(path)
      .query({ ...query, ...(cursor ? { cursor } : {}) })
      .expect(200);
    records.push(...answer.body.items);
    cursor = answer.body.nextCursor;
    pages += 1;
    if (pages > 100) throw new Error(`${path} did not end after 100 pages`);
  } while (cursor);
  return { records, pages };
}

/** A change feed's answer: its raw text, kept as it arrived (supertest does not parse NDJSON). */
export function asText(request: ReturnType<SystemClient['get']>) {
  return request.buffer(true).parse((response, done) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('end', () => done(null, text));
  });
}

/** An address complete enough to ship to. */
export const DALLAS_STORE = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};

/** A new item sold by the each, with no packs, ready to POST to /items. */
export function newItem(sku: string, overrides: object = {}) {
  return {
    sku,
    description: `Test item ${sku}`,
    status: 'active',
    baseUom: 'EA',
    alternateUoms: [],
    returnable: true,
    ...overrides,
  };
}
