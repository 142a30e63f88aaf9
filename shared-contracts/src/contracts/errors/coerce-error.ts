import { CrossdockError } from './crossdock-error';
import { InternalError } from './errors';

/** What was thrown, made into something every catch can use the same way (see coerceError). */
export interface CoercedError {
  /**
   * The failure in the one hierarchy: what was thrown when it is a CrossdockError, else an
   * InternalError caused by it. Its `message`, `kind` and `toProblem()` are safe to show a client.
   */
  error: CrossdockError;
  /**
   * What went wrong in the thrower's own words, for the logs and the operators' records (a job's
   * last error, a delivery's): never sent to a client, since a foreign error may say anything.
   */
  message: string;
}

// A thrown object's own text is kept, but bounded: an error has been seen carrying a whole response body.
const MAX_DESCRIPTION_LENGTH = 1000;

/**
 * The one way to read anything a `catch` caught. JavaScript lets code throw any value (a string, a
 * plain object, `undefined`), and a library may throw an Error of its own; each is turned into a
 * CrossdockError and a message here rather than with a `instanceof Error ? ... : String(...)` at
 * every catch.
 */
export function coerceError(thrown: unknown): CoercedError {
  if (thrown instanceof InternalError && thrown.cause !== undefined)
    return { error: thrown, message: messageOf(thrown.cause) };
  if (thrown instanceof CrossdockError) return { error: thrown, message: thrown.message };
  return { error: new InternalError(thrown), message: messageOf(thrown) };
}

function messageOf(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  if (typeof thrown === 'string') return thrown;
  if (typeof thrown === 'object' && thrown !== null) {
    const { message } = thrown as { message?: unknown };
    if (typeof message === 'string' && message !== '') return message;
    return bounded(jsonOf(thrown) ?? Object.prototype.toString.call(thrown));
  }
  return String(thrown);
}

function jsonOf(value: object): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    // A cycle, or a BigInt inside: there is no JSON for it.
    return undefined;
  }
}

function bounded(text: string): string {
  return text.length > MAX_DESCRIPTION_LENGTH ? `${text.slice(0, MAX_DESCRIPTION_LENGTH)}…` : text;
}
