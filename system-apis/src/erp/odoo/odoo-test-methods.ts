/**
 * Test support for odoo-test-server.ts: the ORM methods it serves (search_read, read, create,
 * action_confirm, ...), each with its arguments checked as Odoo checks them, and one transaction per call.
 */
import { searchRecords } from './odoo-test-domain';
import { findRecord, MODELS, OdooValueError, readField, type OdooTables, type TestRecord } from './odoo-test-models';
import { OdooFault, userError, werkzeug } from './odoo-test-faults';
import { createRecord, createSaleOrder } from './odoo-test-records';

/** A chatter message posted with message_post. */
export interface PostedMessage {
  model: string;
  resId: number;
  body: unknown;
}

interface MethodCall {
  model: string;
  ids: number[];
  params: Record<string, unknown>;
  context: Record<string, unknown>;
}

export interface MethodSpec {
  /** `@api.model`: runs on no records, so `ids` is refused. */
  apiModel: boolean;
  readOnly: boolean;
  params: string[];
  /** Models that have the method; every model when absent. */
  models?: string[];
  run(call: MethodCall): unknown;
}

export function dispatch(
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

export function defineMethods(
  tables: OdooTables,
  stamp: () => string,
  messages: PostedMessage[],
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
