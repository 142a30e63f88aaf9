/**
 * Bodies for a JSON API, drawn from its OpenAPI schema the way a careless or hostile client writes
 * them: mostly the right shape with edge values (empty, huge, negative, NaN-like, SQL- and
 * path-looking text, impossible dates), sometimes the wrong type anywhere. Not a test file.
 */
import fc from 'fast-check';

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: Schema | boolean;
  format?: string;
};

const EDGE_TEXT = [
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  '0.1e-7',
  '12345678901234567890.123456789',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '\'; drop table "Order"; --',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '\uD800',
  '<script>alert(1)</script>',
  'x'.repeat(10_000),
];
const EDGE_NUMBERS = [0, -1, 0.5, 1e20, -1e20, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 1e-9];

const anyJson = fc.jsonValue({ maxDepth: 2 });

export function bodyArbitrary(schema: Schema, components: Record<string, Schema>, depth = 0): fc.Arbitrary<unknown> {
  const right = shapedArbitrary(resolve(schema, components), components, depth);
  return fc.oneof(
    { weight: 8, arbitrary: right },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  let resolved = schema;
  while (resolved.$ref) resolved = components[resolved.$ref.split('/').pop()!] ?? {};
  return resolved;
}

function shapedArbitrary(schema: Schema, components: Record<string, Schema>, depth: number): fc.Arbitrary<unknown> {
  const inner = (child: Schema) => bodyArbitrary(child, components, depth + 1);
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), fc.string({ maxLength: 8 }));
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(inner));
  if (schema.allOf) {
    const merged: Schema = { type: 'object', properties: {} };
    for (const part of schema.allOf) Object.assign(merged.properties!, resolve(part, components).properties ?? {});
    return shapedArbitrary(merged, components, depth);
  }
  switch (schema.type) {
    case 'string':
      return fc.oneof(
        fc.string({ maxLength: 24 }),
        fc.constantFrom(...EDGE_TEXT),
        fc.date().map((d) => (Number.isNaN(d.getTime()) ? '' : d.toISOString())),
      );
    case 'number':
    case 'integer':
      return fc.oneof(fc.integer(), fc.constantFrom(...EDGE_NUMBERS));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? inner(schema.items) : anyJson, { maxLength: depth > 2 ? 1 : 4 });
    default:
      break;
  }
  if (depth > 4) return anyJson;
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, child]) => [key, inner(child)]),
  );
  const record = fc.record(properties, { requiredKeys: [] });
  if (typeof schema.additionalProperties === 'object')
    return fc
      .tuple(record, fc.dictionary(fc.string({ maxLength: 6 }), inner(schema.additionalProperties), { maxKeys: 3 }))
      .map(([known, extra]) => ({ ...extra, ...known }));
  return record;
}
