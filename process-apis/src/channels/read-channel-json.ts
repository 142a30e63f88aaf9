import { parse } from 'lossless-json';
import { MalformedBodyError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { z } from 'zod';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { LONE_SURROGATE, refuseLoneSurrogates } from '@crossdock/shared-contracts/platform/http/json-body';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a channel's JSON body without losing anything: every number comes back as the exact text
 * it was written with ("450789469", "19.99", "5123456789012345678"), never as a JavaScript number.
 * A Shopify order id does not fit in a double, and a price written 19.99 must stay "19.99"; the
 * readers decide per field whether the text is an id, a quantity or money.
 *
 * Not UTF-8, not JSON, a key given twice, or half a UTF-16 pair escaped on its own: a
 * {@link MalformedBodyError} saying where.
 */
export function readChannelJson(body: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new MalformedBodyError('The document is not UTF-8 text.');
  }
  try {
    return parse(text, refuseLoneSurrogates, (numberText) => numberText);
  } catch (error) {
    const message = coerceError(error).message;
    if (message === LONE_SURROGATE) throw new MalformedBodyError(LONE_SURROGATE);
    throw new MalformedBodyError(`The document is not well-formed JSON: ${message}.`);
  }
}

/** Checks a parsed document against a reader's schema; what does not fit is a 400 naming the fields. */
export function parseDocument<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    `The document is not a ${what}.`,
    result.error.issues
      .slice(0, 20)
      .map((issue) => ({ field: issue.path.join('.') || '(document)', message: issue.message })),
  );
}
