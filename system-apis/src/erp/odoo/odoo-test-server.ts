import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { searchRecords } from './odoo-test-domain';
import { findRecord, MODELS, OdooValueError, readField, type OdooTables, type TestRecord } from './odoo-test-models';
import { createOdooSeed } from './odoo-test-seed';

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
  messages: { model: string; resId: number; body: unknown }[];
  /** The next `count` calls answer `status` (503 by default), as Odoo does while it restarts. */
  failNext(count: number, status?: number): void;
  /** The next `count` calls are received but never answered. */
  hangNext(count: number): void;
  close(): Promise<void>;
}

/** An exception as Odoo's JSON-2 dispatcher answers it. */
class OdooFault extends Error {
  constructor(
    readonly status: number,
    readonly exception: string,
    message: string,
    readonly args: unknown[] = [message],
  ) {
    super(message);
  }
}

const werkzeug = (status: number, name: string, message: string) =>
  new OdooFault(status, `werkzeug.exceptions.${name}`, message, [message, status]);
const userError = (message: string) => new OdooFault(422, 'odoo.exceptions.UserError', message);
const validationError = (message: string) => new OdooFault(422, 'odoo.exceptions.ValidationError', message);

interface MethodCall {
  model: string;
  ids: number[];
  params: Record<string, unknown>;
  context: Record<string, unknown>;
}

interface MethodSpec {
  /** `@api.model`: runs on no records, so `ids` is refused. */
  apiModel: boolean;
  readOnly: boolean;
  params: string[];
  /** Models that have the method; every model when absent. */
  models?: string[];
  run(call: MethodCall): unknown;
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
    sendFault(
      response,
      werkzeug(
        400,
        'BadRequest',
        `could not parse the body as json: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
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

function dispatch(
  tables: OdooTables,
  methods: Record<string, MethodSpec>,
  model: string,
  method: string,
  body: Record<string, unknown>,
): unknown {
  if (!MODELS[model]) throw werkzeug(404, 'NotFound', `the model '${model}' does not exist`);
  if (method.startsWith('_'))
    throw new OdooFault(
      403,
      'odoo.exceptions.AccessError',
      `Private methods (such as '${model}.${method}') cannot be called remotely.`,
    );
  const spec = methods[method];
  if (!spec || (spec.models && !spec.models.includes(model)))
    throw werkzeug(404, 'NotFound', `The method '${model}.${method}' does not exist`);
  const { ids = [], context = {}, ...params } = body;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'number'))
    throw werkzeug(422, 'UnprocessableEntity', 'ids must be a list of integers');
  if (spec.apiModel && ids.length)
    throw werkzeug(422, 'UnprocessableEntity', `cannot call ${model}.${method} with ids`);
  const unexpected = Object.keys(params).find((name) => !spec.params.includes(name));
  if (unexpected)
    throw werkzeug(422, 'UnprocessableEntity', `${method}() got an unexpected keyword argument '${unexpected}'`);
  if (spec.readOnly) return spec.run({ model, ids, params, context: context as Record<string, unknown> });
  // One transaction per call: a write that fails halfway leaves nothing behind.
  const snapshot = structuredClone(tables);
  try {
    return spec.run({ model, ids, params, context: context as Record<string, unknown> });
  } catch (error: unknown) {
    for (const name of Object.keys(snapshot)) tables[name] = snapshot[name] as TestRecord[];
    throw error;
  }
}

function sendFault(response: Response, error: unknown): void {
  const fault =
    error instanceof OdooFault
      ? error
      : error instanceof OdooValueError
        ? new OdooFault(500, 'builtins.ValueError', error.message)
        : new OdooFault(500, 'builtins.Exception', String(error));
  response.status(fault.status).json({
    name: fault.exception,
    message: fault.message,
    arguments: fault.args,
    context: {},
    debug: `Traceback (most recent call last):\n  File "odoo-test-server", in dispatch\n${fault.exception}: ${fault.message}\n`,
  });
}

function defineMethods(
  tables: OdooTables,
  stamp: () => string,
  messages: OdooTestServer['messages'],
): Record<string, MethodSpec> {
  const browse = (model: string, ids: number[]): TestRecord[] =>
    ids.map((id) => {
      const record = findRecord(tables, model, id);
      if (!record)
        throw new OdooFault(
          404,
          'odoo.exceptions.MissingError',
          `Record does not exist or has been deleted.\n(Record: ${model}(${ids.join(', ')},), User: 2)`,
        );
      return record;
    });
  const read = (model: string, records: TestRecord[], fields: unknown) => {
    const names =
      Array.isArray(fields) && fields.length ? (fields as string[]) : Object.keys(MODELS[model]?.fields ?? {});
    return records.map((record) =>
      Object.fromEntries([['id', record.id], ...names.map((name) => [name, readField(tables, model, record, name)])]),
    );
  };
  const search = ({ model, params, context }: MethodCall) => {
    const found = searchRecords(tables, model, params.domain ?? [], context, params.order);
    const offset = typeof params.offset === 'number' ? params.offset : 0;
    return found.slice(offset, typeof params.limit === 'number' ? offset + params.limit : undefined);
  };
  const create = (model: string, values: Record<string, unknown>): TestRecord =>
    createRecord(tables, model, values, stamp());

  return {
    search_read: {
      apiModel: true,
      readOnly: true,
      params: ['domain', 'fields', 'offset', 'limit', 'order', 'load'],
      run: (call) => read(call.model, search(call), call.params.fields),
    },
    search: {
      apiModel: true,
      readOnly: true,
      params: ['domain', 'offset', 'limit', 'order'],
      run: (call) => search(call).map((record) => record.id),
    },
    search_count: { apiModel: true, readOnly: true, params: ['domain', 'limit'], run: (call) => search(call).length },
    read: {
      apiModel: false,
      readOnly: true,
      params: ['fields', 'load'],
      run: ({ model, ids, params }) => read(model, browse(model, ids), params.fields),
    },
    create: {
      apiModel: true,
      readOnly: false,
      params: ['vals_list'],
      run: ({ model, params }) => {
        const valsList = Array.isArray(params.vals_list) ? params.vals_list : [params.vals_list];
        return valsList.map(
          (values) =>
            (model === 'sale.order'
              ? createSaleOrder(tables, values as Record<string, unknown>, create)
              : create(model, values as Record<string, unknown>)
            ).id,
        );
      },
    },
    context_get: {
      apiModel: true,
      readOnly: true,
      params: [],
      models: ['res.users'],
      run: () => ({ lang: 'en_US', tz: 'America/Chicago', uid: 2 }),
    },
    action_confirm: {
      apiModel: false,
      readOnly: false,
      params: [],
      models: ['sale.order'],
      run: ({ ids }) => {
        const orders = browse('sale.order', ids);
        const refused = orders.filter((order) => order.state !== 'draft' && order.state !== 'sent');
        if (refused.length)
          throw userError(
            `The following orders are not in a state requiring confirmation: ${refused.map((order) => String(order.name)).join(', ')}`,
          );
        for (const order of orders)
          Object.assign(order, { state: 'sale', delivery_status: 'pending', write_date: stamp() });
        return true;
      },
    },
    action_cancel: {
      apiModel: false,
      readOnly: false,
      params: [],
      models: ['sale.order'],
      run: ({ ids, context }) => {
        const orders = browse('sale.order', ids);
        if (orders.some((order) => order.locked === true))
          throw userError('You cannot cancel a locked order. Please unlock it first if you want to cancel it.');
        // Confirmed orders get the cancel wizard (an action for the web client) unless told not to.
        if (!context.disable_cancel_warning && orders.some((order) => order.state !== 'draft')) {
          return {
            type: 'ir.actions.act_window',
            res_model: 'sale.order.cancel',
            view_mode: 'form',
            target: 'new',
            context: { default_order_id: ids[0] },
          };
        }
        for (const order of orders) Object.assign(order, { state: 'cancel', write_date: stamp() });
        return true;
      },
    },
    message_post: {
      apiModel: false,
      readOnly: false,
      params: ['body', 'subject', 'message_type', 'subtype_xmlid'],
      models: ['sale.order', 'res.partner'],
      run: ({ model, ids, params }) => {
        const [record, ...more] = browse(model, ids);
        if (!record || more.length) throw new OdooValueError(`Expected singleton: ${model}(${ids.join(', ')},)`);
        messages.push({ model, resId: record.id, body: params.body });
        return messages.length;
      },
    },
  };
}

function createRecord(tables: OdooTables, model: string, values: Record<string, unknown>, stamp: string): TestRecord {
  const spec = MODELS[model];
  const table = (tables[model] ??= []);
  for (const [name, value] of Object.entries(values)) {
    const field = spec?.fields[name];
    if (!field || field.compute) throw new OdooValueError(`Invalid field '${name}' in '${model}'`);
    if (field.type === 'many2one' && value !== false && !findRecord(tables, field.relation ?? '', value)) {
      throw validationError(
        `The operation cannot be completed: the ${field.relation} record ${JSON.stringify(value)} set on ${model}.${name} does not exist.`,
      );
    }
  }
  for (const [name, field] of Object.entries(spec?.fields ?? {})) {
    if (field.required && (values[name] === undefined || values[name] === false)) {
      throw validationError(
        `The operation cannot be completed: - Create/update: a mandatory field is not set.\nModel: ${model}, Field: ${name}`,
      );
    }
  }
  const defaults = {
    ...(spec?.fields.active ? { active: true } : {}),
    ...(spec?.fields.write_date ? { create_date: stamp, write_date: stamp } : {}),
  };
  const record: TestRecord = {
    ...defaults,
    ...values,
    id: table.reduce((max, existing) => Math.max(max, existing.id), 0) + 1,
  };
  table.push(record);
  return record;
}

/** Odoo's sale.order create: numbered from its sequence, lines from `(0, 0, values)` commands. */
function createSaleOrder(
  tables: OdooTables,
  values: Record<string, unknown>,
  create: (model: string, values: Record<string, unknown>) => TestRecord,
): TestRecord {
  const { order_line: commands = [], ...orderValues } = values;
  const partner = findRecord(tables, 'res.partner', orderValues.partner_id);
  const commercial = findRecord(tables, 'res.partner', partner?.parent_id) ?? partner;
  const pricelist = findRecord(tables, 'product.pricelist', commercial?.property_product_pricelist);
  const number = (tables['sale.order'] ?? []).length + 1;
  const order = create('sale.order', {
    name: `S${String(number).padStart(5, '0')}`,
    state: 'draft',
    delivery_status: false,
    locked: false,
    partner_shipping_id: orderValues.partner_id ?? false,
    currency_id: pricelist?.currency_id ?? tables['res.company']?.[0]?.currency_id ?? false,
    ...orderValues,
  });
  if (!Array.isArray(commands)) throw new OdooValueError('order_line must be a list of commands');
  for (const command of commands) {
    if (!Array.isArray(command) || command[0] !== 0)
      throw new OdooValueError(
        `The test server only creates lines, with (0, 0, values); got ${JSON.stringify(command)}`,
      );
    const line = command[2] as Record<string, unknown>;
    const product = findRecord(tables, 'product.product', line.product_id);
    create('sale.order.line', {
      sequence: 10,
      display_type: false,
      name: String(product?.name ?? ''),
      qty_delivered: 0,
      ...line,
      order_id: order.id,
    });
  }
  return order;
}
