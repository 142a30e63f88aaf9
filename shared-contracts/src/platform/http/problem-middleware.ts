import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { currentCorrelationId } from '../context/request-context';
import { CrossdockError } from '../../contracts/errors/crossdock-error';
import { coerceError } from '../../contracts/errors/coerce-error';
import {
  MalformedBodyError,
  NotFoundError,
  PayloadTooLargeError,
  ValidationError,
} from '../../contracts/errors/errors';
import { PROBLEM_CONTENT_TYPE, type FieldError } from '../../contracts/errors/problem';
import type { Logger } from '../logging/logger';
import { databaseDataException } from './database-data-exception';
import { LONE_SURROGATE } from './json-body';

/** Writes `error` as application/problem+json. The one place an error becomes HTTP. */
export function sendProblem(response: Response, error: CrossdockError): void {
  if (error.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(error.retryAfterSeconds));
  response
    .status(error.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(error.toProblem(currentCorrelationId())));
}

/** 404 problem for any route nobody answered. */
export const unknownRouteHandler: RequestHandler = (request, _response, next) => {
  next(new NotFoundError(`No route ${request.method} ${request.path}.`));
};

/** The last middleware of every Crossdock app: any error out, as problem+json, never a stack trace. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) return next(error);
    const crossdockError = toCrossdockError(error, request.body);
    if (crossdockError.status >= 500)
      logger.error('request failed', { error: describe(crossdockError), status: crossdockError.status });
    sendProblem(response, crossdockError);
  };
}

/** What express and tsoa throw, in the hierarchy; anything else as coerceError makes it. */
export function toCrossdockError(error: unknown, body?: unknown): CrossdockError {
  // First: ours carry a `type` and a `status` too, and would pass for body-parser's below.
  if (error instanceof CrossdockError) return error;
  if (isTsoaValidateError(error))
    return new ValidationError('Some fields are not valid.', fieldErrorsFromTsoa(error.fields, body));
  if (isTsoaValidatorCrash(error))
    return new ValidationError('Some fields are not valid: an object was sent where a number or text belongs.');
  if (isBodyParserError(error)) {
    if (error.type === 'entity.parse.failed')
      return new MalformedBodyError(error.message === LONE_SURROGATE ? LONE_SURROGATE : undefined);
    if (error.type === 'entity.too.large') return new PayloadTooLargeError(error.limit ?? 0);
    if (typeof error.status === 'number' && error.status < 500) return new ValidationError(error.message);
  }
  const unreadableValue = databaseDataException(error);
  if (unreadableValue) return new ValidationError(`A value in the request cannot be stored: ${unreadableValue}.`);
  return coerceError(error).error;
}

interface TsoaValidateError {
  name: 'ValidateError';
  fields: Record<string, { message: string; value?: unknown }>;
}

function isTsoaValidateError(error: unknown): error is TsoaValidateError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: string }).name === 'ValidateError' &&
    'fields' in error
  );
}

/**
 * tsoa's validators call String() on some values they check (an integer inside an array of objects), which
 * throws a TypeError for an object whose own `toString` is no function — `{"lineNumber": {"toString": false}}`,
 * found by the API fuzz: the caller's bad body, not a fault of ours.
 */
function isTsoaValidatorCrash(error: unknown): boolean {
  return error instanceof TypeError && /\bValidationService\.validate/.test(error.stack ?? '');
}

function fieldErrorsFromTsoa(fields: TsoaValidateError['fields'], body: unknown): FieldError[] {
  const bodyKeys = body && typeof body === 'object' ? new Set(Object.keys(body)) : new Set<string>();
  return Object.entries(fields).map(([field, { message }]) => ({ field: callersFieldName(field, bodyKeys), message }));
}

/**
 * tsoa names a body field after the controller's parameter (`order.shipTo.line1`) and array
 * elements `lines.$0`; the caller knows them as `shipTo.line1` and `lines.0`. A first segment that
 * is not a field of the body sent is the parameter's name.
 */
function callersFieldName(field: string, bodyKeys: ReadonlySet<string>): string {
  const path = field.replace(/^requestBody\.?/, '').replace(/\.\$(\d+)/g, '.$1');
  const [first, second] = path.split('.');
  if (second !== undefined && first !== undefined && !bodyKeys.has(first)) return path.slice(first.length + 1);
  return path;
}

interface BodyParserError {
  type: string;
  status?: number;
  limit?: number;
  message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { type?: unknown }).type === 'string' &&
    'status' in error
  );
}

function describe(error: CrossdockError): Record<string, unknown> {
  const cause = error.cause ?? error;
  const { message } = coerceError(error);
  return cause instanceof Error ? { name: cause.name, message, stack: cause.stack } : { message };
}
