/** Test support for odoo-test-server.ts: creating records as Odoo's ORM does, checks and defaults included. */
import { findRecord, MODELS, OdooValueError, type OdooTables, type TestRecord } from './odoo-test-models';
import { validationError } from './odoo-test-faults';

export function createRecord(
  tables: OdooTables,
  model: string,
  values: Record<string, unknown>,
  stamp: string,
): TestRecord {
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
export function createSaleOrder(
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
