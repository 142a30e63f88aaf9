import { MODELS, OdooValueError, rawField, type OdooTables, type TestRecord } from './odoo-test-models';

/**
 * Test support for odoo-test-server.ts: Odoo domains (prefix-notation `'&'`, `'|'`, `'!'` over
 * `[field, operator, value]` leaves, implicitly and-ed) and `order` strings, evaluated on the
 * in-memory tables. Only plain fields (no dotted paths) and the operators below; anything else is
 * refused as Odoo refuses a bad domain (ValueError).
 */

type Predicate = (record: TestRecord) => boolean;

export function searchRecords(
  tables: OdooTables,
  model: string,
  domain: unknown,
  context: Record<string, unknown>,
  order?: unknown,
): TestRecord[] {
  if (!Array.isArray(domain)) throw new OdooValueError(`Invalid domain ${JSON.stringify(domain)}`);
  const terms = [...domain];
  // Odoo's active_test: archived records are left out unless the domain or the context asks for them.
  const mentionsActive = terms.some((term) => Array.isArray(term) && term[0] === 'active');
  if (MODELS[model]?.fields.active && context.active_test !== false && !mentionsActive)
    terms.push(['active', '=', true]);
  const matches = compile(tables, model, terms);
  return (tables[model] ?? []).filter(matches).sort(comparator(tables, model, order));
}

function compile(tables: OdooTables, model: string, terms: unknown[]): Predicate {
  const stack: Predicate[] = [];
  const pop = (): Predicate => {
    const predicate = stack.pop();
    if (!predicate) throw new OdooValueError('Domain operator without enough operands');
    return predicate;
  };
  // Prefix notation reads right to left onto a stack; what remains is and-ed together.
  for (const term of [...terms].reverse()) {
    if (term === '!') {
      const operand = pop();
      stack.push((record) => !operand(record));
    } else if (term === '&' || term === '|') {
      const [left, right] = [pop(), pop()];
      stack.push(term === '&' ? (record) => left(record) && right(record) : (record) => left(record) || right(record));
    } else if (Array.isArray(term) && term.length === 3 && typeof term[0] === 'string' && typeof term[1] === 'string') {
      stack.push(leaf(tables, model, term[0], term[1], term[2]));
    } else {
      throw new OdooValueError(`Invalid leaf ${JSON.stringify(term)}`);
    }
  }
  return (record) => stack.every((predicate) => predicate(record));
}

function leaf(tables: OdooTables, model: string, field: string, operator: string, right: unknown): Predicate {
  if (field.includes('.')) throw new OdooValueError(`The test server does not follow paths such as '${field}'`);
  const value = (record: TestRecord) => rawField(tables, model, record, field);
  const isEmpty = (raw: unknown) => raw === false || raw === '' || raw === undefined;
  const equals = (raw: unknown, other: unknown) => (other === false ? isEmpty(raw) : raw === other);
  switch (operator) {
    case '=':
      return (record) => equals(value(record), right);
    case '!=':
      return (record) => !equals(value(record), right);
    case 'in':
    case 'not in': {
      if (!Array.isArray(right)) throw new OdooValueError(`'${operator}' needs a list`);
      const inList = (record: TestRecord) => right.some((other) => equals(value(record), other));
      return operator === 'in' ? inList : (record) => !inList(record);
    }
    case 'ilike':
      // Odoo's ilike: the text contains the value, in any letter case.
      return (record) =>
        String(value(record) ?? '')
          .toLowerCase()
          .includes(String(right).toLowerCase());
    case '<':
    case '<=':
    case '>':
    case '>=':
      return (record) => {
        const raw = value(record);
        if (isEmpty(raw) || right === false) return false;
        const order = compareValues(raw, right);
        return operator === '<'
          ? order < 0
          : operator === '<='
            ? order <= 0
            : operator === '>'
              ? order > 0
              : order >= 0;
      };
    case 'child_of': {
      const spec = MODELS[model]?.fields[field];
      const related = field === 'id' ? model : spec?.relation;
      if (!related || !MODELS[related]?.parent)
        throw new OdooValueError(`'child_of' on ${model}.${field} has no hierarchy`);
      const roots = Array.isArray(right) ? right : [right];
      const family = descendants(tables, related, new Set(roots.filter((id): id is number => typeof id === 'number')));
      return (record) => family.has(value(record) as number);
    }
    default:
      throw new OdooValueError(`Invalid operator '${operator}'`);
  }
}

/** The ids and every record below them, following the model's parent many2one. */
function descendants(tables: OdooTables, model: string, roots: Set<number>): Set<number> {
  const parent = MODELS[model]?.parent ?? '';
  const family = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const record of tables[model] ?? []) {
      if (!family.has(record.id) && family.has(record[parent] as number)) {
        family.add(record.id);
        grew = true;
      }
    }
  }
  return family;
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** `'write_date asc, id asc'`; without one, by id (Odoo's default orders differ per model). */
function comparator(tables: OdooTables, model: string, order: unknown): (a: TestRecord, b: TestRecord) => number {
  const text = typeof order === 'string' && order.trim() ? order : 'id asc';
  const keys = text.split(',').map((part) => {
    const [field = 'id', direction = 'asc'] = part.trim().split(/\s+/);
    if (!/^(asc|desc)$/i.test(direction)) throw new OdooValueError(`Invalid order "${text}"`);
    return { field, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { field, sign } of keys) {
      const order = compareValues(rawField(tables, model, a, field), rawField(tables, model, b, field));
      if (order !== 0) return sign * order;
    }
    return a.id - b.id;
  };
}
