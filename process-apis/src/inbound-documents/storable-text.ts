/**
 * PostgreSQL keeps no NUL in a text column, nor a \u0000 escape in a jsonb one: a NUL that a partner
 * sent (and that a message or an outcome quotes) would fail the write and lose the answer. Text and
 * JSON are stored with each NUL escaped as the six characters "\u0000"; the raw bytes of a document
 * are kept as bytes, where a NUL is fine.
 */
export function storableText(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\\u0000') : text;
}

/** A JSON value with every string in it (keys included) made storable. */
export function storableJson<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storableJson) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [storableText(key), storableJson(entry)]),
    ) as T;
  }
  return value;
}

// C0 control characters other than tab, line feed and carriage return: no order's text means them.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The paths (`lines.0.sku`, `shipTo.line1`) of every string in `value` that holds a control character. */
export function fieldsWithControlCharacters(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? [path.join('.') || '(value)'] : [];
  if (Array.isArray(value))
    return value.flatMap((entry, index) => fieldsWithControlCharacters(entry, [...path, String(index)]));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([key, entry]) => fieldsWithControlCharacters(entry, [...path, key]));
  return [];
}
