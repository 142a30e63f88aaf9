import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { OdooTables } from './odoo-test-models';
import { createOdooSeed } from './odoo-test-seed';
import { sendFault, werkzeug } from './odoo-test-faults';
import { defineMethods, dispatch, type PostedMessage } from './odoo-test-methods';

/**
 * Test support (not for production): a local stand-in for an Odoo 19 server's external JSON-2 API,
 * as Odoo documents it (developer/reference/external_api): `POST /json/2/<model>/<method>` with the
 * method's named arguments plus `ids` and `context` as a JSON object; `Authorization: bearer <key>`;
 * `X-Odoo-Database`; the method's return value as the 200 body (a recordset as its ids); errors as
 * 4xx/5xx with `{name, message, arguments, context, debug}`, the status taken from the exception
 * (UserError and ValidationError 422, AccessError 403, MissingError 404, bad key 401, unknown model
 * or method 404, bad arguments 422, anything else 500). Each call is one transaction: a call that
 * fails changes nothing. Backed by in-memory tables seeded from odoo-test-seed.ts.
 */

export interface OdooTestServerOptions {
  database?: string;
  apiKey?: string;
  tables?: OdooTables;
  /** The clock for create_date and write_date. */
  now?: () => Date;
}

export interface ReceivedOdooCall {
  model: string;
  method: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export interface OdooTestServer {
  /** The server root, as OdooErpOptions.baseUrl takes it. */
  baseUrl: string;
  database: string;
  apiKey: string;
  /** The live tables: tests may change them between calls. */
  tables: OdooTables;
  calls: ReceivedOdooCall[];
  /** Chatter messages posted with message_post. */
  messages: PostedMessage[];
  /** The next `count` calls answer `status` (503 by default), as Odoo does while it restarts. */
  failNext(count: number, status?: number): void;
  /** The next `count` calls are received but never answered. */
  hangNext(count: number): void;
  close(): Promise<void>;
}

export async function startOdooTestServer(options: OdooTestServerOptions = {}): Promise<OdooTestServer> {
  const database = options.database ?? 'crossdock-test';
  const apiKey = options.apiKey ?? '6578616d706c65206a736f6e20617069206b6579';
  const tables = options.tables ?? createOdooSeed();
  const now = options.now ?? (() => new Date());
  const calls: ReceivedOdooCall[] = [];
  const messages: OdooTestServer['messages'] = [];
  const faults: (number | 'hang')[] = [];
  const methods = defineMethods(tables, () => now().toISOString().slice(0, 19).replace('T', ' '), messages);

  const app = express();
  app.use(express.json({ limit: '1mb' }));
  app.post('/json/2/:model/:method', (request: Request, response: Response) => {
    const { model = '', method = '' } = request.params;
    const body = (request.body ?? {}) as Record<string, unknown>;
    calls.push({ model, method, headers: request.headers, body });
    const fault = faults.shift();
    if (fault === 'hang') return;
    try {
      if (fault)
        throw werkzeug(fault, 'ServiceUnavailable', 'The server is temporarily unable to service your request.');
      // Odoo picks the database before it authenticates: without it there is no route to match.
      if (request.get('x-odoo-database') !== database)
        throw werkzeug(404, 'NotFound', 'The requested URL was not found on the server.');
      const key = /^bearer\s+(\S+)$/i.exec(request.get('authorization') ?? '')?.[1];
      if (key !== apiKey) throw werkzeug(401, 'Unauthorized', 'Invalid apikey');
      response.json(dispatch(tables, methods, model, method, body));
    } catch (error: unknown) {
      sendFault(response, error);
    }
  });
  app.all(['/json/2', '/json/2/*'], (_request, response) =>
    sendFault(response, werkzeug(404, 'NotFound', 'Did you mean POST /json/2/<model>/<method>?')),
  );
  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    sendFault(response, werkzeug(400, 'BadRequest', `could not parse the body as json: ${coerceError(error).message}`));
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    listening.once('error', reject);
  });
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    database,
    apiKey,
    tables,
    calls,
    messages,
    failNext: (count, status = 503) => faults.push(...Array<number>(count).fill(status)),
    hangNext: (count) => faults.push(...Array<'hang'>(count).fill('hang')),
    close: () => {
      // A hanging call keeps its socket open; close it, or close() waits for ever.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
