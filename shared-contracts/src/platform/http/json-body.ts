/**
 * JSON may escape half of a UTF-16 pair on its own ("\\ud800"), which no text encoding can store:
 * PostgreSQL refuses it deep inside a write, as a 500. The JSON body parser's reviver refuses it at
 * the door instead, and the problem middleware answers it as an unreadable body, saying why. The
 * channels' JSON reader (lossless-json) uses the same reviver.
 */
export const LONE_SURROGATE = 'The body holds text that is not valid Unicode (a lone surrogate such as \\ud800).';

// With the u flag a well-formed pair is one code point, so only a surrogate on its own matches.
const SURROGATE_ALONE = /[\uD800-\uDFFF]/u;

export function refuseLoneSurrogates(key: string, value: unknown): unknown {
  if (SURROGATE_ALONE.test(key) || (typeof value === 'string' && SURROGATE_ALONE.test(value)))
    throw new SyntaxError(LONE_SURROGATE);
  return value;
}
