import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { currentCorrelationId } from '../context/request-context';
import { CrossdockError } from '../errors/crossdock-error';
import { InternalError, MalformedBodyError, NotFoundError, PayloadTooLargeError, ValidationError } from '../errors/errors';
import { PROBLEM_CONTENT_TYPE, type FieldError } from '../errors/problem';
import type { Logger } from '../logging/logger';

/** Writes `error` as application/problem+json. The one place an error becomes HTTP. */
export function sendProblem(response: Response, error: CrossdockError): void {
  response.status(error.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(error.toProblem(currentCorrelationId())));
}

/** 404 problem for any route nobody answered. */
export const unknownRouteHandler: RequestHandler = (request, _response, next) => {
  next(new NotFoundError(`No route ${request.method} ${request.path}.`));
};

/** The last middleware of every Crossdock app: any error out, as problem+json, never a stack trace. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) return next(error);
    const crossdockError = toCrossdockError(error);
    if (crossdockError.status >= 500) logger.error('request failed', { error: describe(error), status: crossdockError.status });
    sendProblem(response, crossdockError);
  };
}

export function toCrossdockError(error: unknown): CrossdockError {
  if (error instanceof CrossdockError) return error;
  if (isTsoaValidateError(error)) return new ValidationError('Some fields are not valid.', fieldErrorsFromTsoa(error.fields));
  if (isBodyParserError(error)) {
    if (error.type === 'entity.parse.failed') return new MalformedBodyError();
    if (error.type === 'entity.too.large') return new PayloadTooLargeError(error.limit ?? 0);
    if (typeof error.status === 'number' && error.status < 500) return new ValidationError(error.message);
  }
  return new InternalError(error);
}

interface TsoaValidateError {
  name: 'ValidateError';
  fields: Record<string, { message: string; value?: unknown }>;
}

function isTsoaValidateError(error: unknown): error is TsoaValidateError {
  return typeof error === 'object' && error !== null && (error as { name?: string }).name === 'ValidateError' && 'fields' in error;
}

function fieldErrorsFromTsoa(fields: TsoaValidateError['fields']): FieldError[] {
  // tsoa names array elements `lines.$0.quantity`; callers know that field as `lines.0.quantity`.
  return Object.entries(fields).map(([field, { message }]) => ({ field: field.replace(/^requestBody\.?/, '').replace(/\.\$(\d+)/g, '.$1'), message }));
}

interface BodyParserError {
  type: string;
  status?: number;
  limit?: number;
  message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && typeof (error as { type?: unknown }).type === 'string' && 'status' in error;
}

function describe(error: unknown): Record<string, unknown> {
  const cause = error instanceof CrossdockError && error.cause ? error.cause : error;
  if (cause instanceof Error) return { name: cause.name, message: cause.message, stack: cause.stack };
  return { value: String(cause) };
}
