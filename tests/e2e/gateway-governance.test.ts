import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, TEST_TOKENS, type TestPlatform } from '../support/test-platform';

let crossdock: TestPlatform;
let portalToken: string;

beforeAll(async () => {
  crossdock = await startTestPlatform();
  portalToken = crossdock.token({
    subject: 'buyer@acme.example',
    scopes: ['portal:read', 'portal:write'],
    customerId: 'C-1001',
  });
});
afterAll(() => crossdock.close());

const PROBLEM = /^application\/problem\+json/;
const order = { lines: [{ sku: 'HXB-001', quantity: 10 }] };

describe('the gateway governs who may call what', () => {
  it('answers 401 problem+json without a token', async () => {
    const answer = await crossdock.http.post('/experience/portal/v1/orders').send(order).expect(401);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(answer.body).toMatchObject({ type: 'urn:crossdock:problem:unauthenticated', status: 401 });
  });

  it('answers 401 for a token signed with another secret, or with alg none', async () => {
    const forged = jwt.sign(
      { scope: 'portal:read portal:write', customer_id: 'C-1001' },
      'not-the-secret-at-all-0123456789',
      { subject: 'mallory', issuer: 'crossdock', audience: 'crossdock' },
    );
    await crossdock.http.get('/experience/portal/v1/orders').set('Authorization', `Bearer ${forged}`).expect(401);
    const unsigned = jwt.sign(
      { scope: 'portal:read', customer_id: 'C-1001', sub: 'mallory', iss: 'crossdock', aud: 'crossdock' },
      '',
      { algorithm: 'none' },
    );
    await crossdock.http.get('/experience/portal/v1/orders').set('Authorization', `Bearer ${unsigned}`).expect(401);
  });

  it('answers 403 problem+json for a valid token that lacks the route’s scope', async () => {
    const readOnly = crossdock.token({ subject: 'viewer@acme.example', scopes: ['portal:read'], customerId: 'C-1001' });
    const answer = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${readOnly}`)
      .set('Idempotency-Key', randomUUID())
      .send(order)
      .expect(403);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(answer.body.detail).toContain('portal:write');
    const portalOnSystem = await crossdock.http
      .get('/system/v1/customers')
      .set('Authorization', `Bearer ${portalToken}`)
      .expect(403);
    expect(portalOnSystem.body.detail).toContain('system:read');
  });

  it('answers 404 problem+json for an unknown route, with or without a token', async () => {
    const anonymous = await crossdock.http.get('/no/such/route').expect(404);
    expect(anonymous.headers['content-type']).toMatch(PROBLEM);
    expect(anonymous.body).toMatchObject({ type: 'urn:crossdock:problem:not-found', status: 404 });
    const everything = crossdock.token({ subject: 'admin', scopes: ['system:read'] });
    const underTier = await crossdock.http
      .get('/system/v1/no-such-resource')
      .set('Authorization', `Bearer ${everything}`)
      .expect(404);
    expect(underTier.headers['content-type']).toMatch(PROBLEM);
  });

  it('answers 400 problem+json with field errors for a bad body', async () => {
    const answer = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', randomUUID())
      .send({ lines: [{ sku: 'HXB-001', quantity: 0 }, { quantity: 2 }] })
      .expect(400);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(answer.body.type).toBe('urn:crossdock:problem:validation-failed');
    const fields = answer.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([expect.stringContaining('lines.0.quantity'), expect.stringContaining('lines.1.sku')]),
    );
  });

  it('answers 400 problem+json for malformed JSON, without a stack trace', async () => {
    const answer = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Content-Type', 'application/json')
      .set('Idempotency-Key', randomUUID())
      .send('{"lines": [')
      .expect(400);
    expect(answer.body.type).toBe('urn:crossdock:problem:malformed-body');
    expect(answer.text).not.toMatch(/at .*\.ts:\d+|SyntaxError/);
  });

  it('answers 413 problem+json for a body over the size limit', async () => {
    const huge = { lines: Array.from({ length: 40_000 }, (_, index) => ({ sku: `SKU-${index}`, quantity: 1 })) };
    const answer = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', randomUUID())
      .send(huge)
      .expect(413);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(answer.body.type).toBe('urn:crossdock:problem:payload-too-large');
  });

  it('answers /health with every tier up, without a token', async () => {
    const answer = await crossdock.http.get('/health').expect(200);
    expect(answer.body).toMatchObject({
      status: 'up',
      tiers: { system: { status: 'up' }, process: { status: 'up' }, experience: { status: 'up' } },
    });
  });

  it('serves the merged OpenAPI document and Swagger UI', async () => {
    const spec = await crossdock.http.get('/openapi.json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(['/experience/portal/v1/orders', '/process/v1/orders', '/system/v1/customers']),
    );
    const docs = await crossdock.http.get('/docs/').expect(200);
    expect(docs.text).toContain('swagger-ui');
  });
});

describe('correlation ids', () => {
  it('echoes the caller’s X-Correlation-Id, writes it on the log lines of every tier it passed and on the ERP order', async () => {
    const correlationId = `test-${randomUUID()}`;
    const answer = await crossdock.http
      .post('/experience/portal/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .set('Idempotency-Key', randomUUID())
      .set('X-Correlation-Id', correlationId)
      .send(order)
      .expect(201);
    expect(answer.headers['x-correlation-id']).toBe(correlationId);

    // The portal's order goes gateway → experience → process; the pipeline then calls the system tier for a
    // whole batch under a correlation id of its own, and the ERP keeps each order's own on its write.
    const services = new Set(crossdock.logs.withCorrelationId(correlationId).map((line) => line.service));
    expect([...services].sort()).toEqual(['experience-apis', 'gateway', 'process-apis']);
    const erp = new pg.Client({ connectionString: crossdock.databases.system });
    await erp.connect();
    try {
      const written = await erp.query(`select "correlationId" from "SalesOrder" where "orderKey" = $1`, [
        answer.body.orderId,
      ]);
      expect(written.rows).toEqual([{ correlationId }]);
    } finally {
      await erp.end();
    }

    const processToken = crossdock.token({ subject: 'ops', scopes: ['process:read'] });
    const inside = await crossdock.http
      .get(`/process/v1/orders/${answer.body.orderId}`)
      .set('Authorization', `Bearer ${processToken}`)
      .expect(200);
    expect(
      inside.body.timeline.every((entry: { correlationId: string }) => entry.correlationId === correlationId),
    ).toBe(true);
  });

  it('makes a correlation id when the caller sends none, and puts it on problems too', async () => {
    const answer = await crossdock.http
      .get('/experience/portal/v1/orders/not-an-order')
      .set('Authorization', `Bearer ${portalToken}`)
      .expect(404);
    const generated = answer.headers['x-correlation-id'];
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body.correlationId).toBe(generated);
  });

  it('never writes a bearer token into the logs', () => {
    expect(crossdock.logs.raw.some((line) => line.includes(portalToken))).toBe(false);
    expect(crossdock.logs.raw.some((line) => line.includes(TEST_TOKENS.secret))).toBe(false);
  });
});

describe('paths that try to climb out of their route', () => {
  it('refuses dot segments, plain or percent-encoded, before any scope is granted', async () => {
    const marketplaceOnly = crossdock.token({ subject: 'partner-17', scopes: ['marketplace:read'] });
    for (const path of [
      '/experience/marketplace/v1/%2e%2e/%2e%2e/portal/v1/orders',
      '/experience/marketplace/v1/%2E%2E/%2E%2E/portal/v1/orders',
      '/experience/marketplace/v1/./orders',
    ]) {
      const answer = await crossdock.http.get(path).set('Authorization', `Bearer ${marketplaceOnly}`);
      expect(answer.status, path).toBe(400);
      expect(answer.headers['content-type']).toMatch(PROBLEM);
    }
  });
});

describe('tiers check scopes themselves', () => {
  it('refuses a portal token sent straight to the system tier, around the gateway', async () => {
    const answer = await supertest(crossdock.platform.tiers.system)
      .get('/system/v1/customers')
      .set('Authorization', `Bearer ${portalToken}`)
      .expect(403);
    expect(answer.body.detail).toContain('system:read');
    await supertest(crossdock.platform.tiers.process)
      .get('/process/v1/orders')
      .set('Authorization', `Bearer ${portalToken}`)
      .expect(403);
  });

  it('refuses a token without an expiry', async () => {
    const forever = jwt.sign({ scope: 'portal:read', customer_id: 'C-1001' }, TEST_TOKENS.secret, {
      subject: 'buyer',
      issuer: 'crossdock',
      audience: 'crossdock',
    });
    await crossdock.http.get('/experience/portal/v1/orders').set('Authorization', `Bearer ${forever}`).expect(401);
  });
});

describe('the process API holds every order to the canonical order’s rules', () => {
  const shipTo = {
    name: 'Acme Hardware — Store 112',
    line1: '2400 Elm St',
    city: 'Dallas',
    region: 'TX',
    postalCode: '75226',
    country: 'US',
  };
  const base = { channel: 'api', customerId: 'C-1001', shipTo };

  it.each([
    ['no lines', { lines: [] }, 'lines'],
    [
      'two lines with one line number',
      {
        lines: [
          { lineNumber: 1, sku: 'HXB-001', quantity: 1 },
          { lineNumber: 1, sku: 'HXB-002', quantity: 1 },
        ],
      },
      'lines',
    ],
    ['a zero quantity', { lines: [{ sku: 'HXB-001', quantity: 0 }] }, 'lines.0.quantity'],
    [
      'a date that is no date',
      { requestedDeliveryDate: 'next tuesday', lines: [{ sku: 'HXB-001', quantity: 1 }] },
      'requestedDeliveryDate',
    ],
  ])('refuses %s with 400 and the field at fault', async (_what, body, field) => {
    const token = crossdock.token({ subject: 'integration', scopes: ['process:write'] });
    const answer = await crossdock.http
      .post('/process/v1/orders')
      .set('Authorization', `Bearer ${token}`)
      .send({ ...base, sourceOrderId: randomUUID(), ...body })
      .expect(400);
    expect(answer.headers['content-type']).toMatch(PROBLEM);
    expect(answer.body.errors.map((error: { field: string }) => error.field).join(' ')).toContain(field);
  });
});

describe('a tier reached directly, with the path in other letter case', () => {
  it('still checks the scope: /SYSTEM/v1 is /system/v1', async () => {
    const answer = await supertest(crossdock.platform.tiers.system)
      .get('/SYSTEM/v1/customers')
      .set('Authorization', `Bearer ${portalToken}`);
    expect(answer.status).toBe(403);
  });
});
