import { CrossdockError } from './crossdock-error';
import type { FieldError, ProblemDetails } from './problem';

export class ValidationError extends CrossdockError {
  constructor(detail: string, fieldErrors: FieldError[] = []) {
    super({
      slug: 'validation-failed',
      title: 'The request is not valid',
      status: 400,
      kind: 'client',
      detail,
      fieldErrors,
    });
  }
}

export class MalformedBodyError extends CrossdockError {
  constructor(detail = 'The request body is not well-formed JSON.') {
    super({ slug: 'malformed-body', title: 'The request body cannot be read', status: 400, kind: 'client', detail });
  }
}

export class UnauthenticatedError extends CrossdockError {
  constructor(detail = 'A valid bearer token is required.') {
    super({ slug: 'unauthenticated', title: 'Authentication required', status: 401, kind: 'client', detail });
  }
}

export class ForbiddenError extends CrossdockError {
  constructor(detail: string) {
    super({ slug: 'forbidden', title: 'Not allowed', status: 403, kind: 'client', detail });
  }
}

export class NotFoundError extends CrossdockError {
  constructor(detail: string) {
    super({ slug: 'not-found', title: 'Not found', status: 404, kind: 'client', detail });
  }
}

export class ConflictError extends CrossdockError {
  constructor(slug: string, title: string, detail: string) {
    super({ slug, title, status: 409, kind: 'client', detail });
  }
}

export class IdempotencyKeyReusedError extends CrossdockError {
  constructor(key: string) {
    super({
      slug: 'idempotency-key-reused',
      title: 'Idempotency-Key reused with a different request',
      status: 422,
      kind: 'client',
      detail: `The Idempotency-Key "${key}" was already used with a different request body. Use a new key for a new request.`,
    });
  }
}

export class PayloadTooLargeError extends CrossdockError {
  constructor(limitBytes: number) {
    super({
      slug: 'payload-too-large',
      title: 'Request body too large',
      status: 413,
      kind: 'client',
      detail: `The request body is larger than ${limitBytes} bytes.`,
    });
  }
}

/** The caller used up its requests for the current window: try again after `retryAfterSeconds`. */
export class TooManyRequestsError extends CrossdockError {
  declare readonly retryAfterSeconds: number;
  constructor(detail: string, retryAfterSeconds: number) {
    super({
      slug: 'rate-limited',
      title: 'Too many requests',
      status: 429,
      kind: 'transient',
      detail,
      retryAfterSeconds,
    });
  }
}

/** The body is in a format this endpoint does not take (an X12 endpoint sent JSON). */
export class UnsupportedMediaTypeError extends CrossdockError {
  constructor(contentType: string, accepted: readonly string[]) {
    super({
      slug: 'unsupported-media-type',
      title: 'The body is not in a format this endpoint takes',
      status: 415,
      kind: 'client',
      detail: `Content-Type ${contentType || '(none)'} is not taken here; send ${accepted.join(' or ')}.`,
    });
  }
}

/** A business rule says no: never retried; an order that meets it is held with `reasonCode`. */
export class BusinessRuleError extends CrossdockError {
  constructor(reasonCode: string, detail: string) {
    super({
      slug: 'business-rule',
      title: 'A business rule was not met',
      status: 422,
      kind: 'business',
      detail,
      reasonCode,
    });
  }
}

/**
 * How long a caller is asked to wait before asking again when an upstream is away: a few of the
 * breakers' 2 s trial intervals, so a retrying client finds it back soon without hammering it.
 */
export const UPSTREAM_RETRY_AFTER_SECONDS = 5;

/** An upstream could not be reached or failed on its side: retry later (`Retry-After`). */
export class UpstreamUnavailableError extends CrossdockError {
  readonly upstream: string;
  constructor(upstream: string, detail: string, cause?: unknown) {
    super({
      slug: 'upstream-unavailable',
      title: 'A service Crossdock depends on is unavailable',
      status: 503,
      kind: 'transient',
      detail,
      retryAfterSeconds: UPSTREAM_RETRY_AFTER_SECONDS,
      cause,
    });
    this.upstream = upstream;
  }
}

/**
 * An upstream answered with a problem of its own (a 4xx): it is relayed to our caller as it was,
 * under our correlation id, because the caller's request was what it judged.
 */
export class UpstreamProblemError extends CrossdockError {
  readonly upstream: string;
  readonly problem: ProblemDetails;
  constructor(upstream: string, problem: ProblemDetails) {
    const slug = problem.type.startsWith('urn:crossdock:problem:')
      ? problem.type.slice('urn:crossdock:problem:'.length)
      : 'upstream-problem';
    super({
      slug,
      title: problem.title,
      status: problem.status,
      kind: problem.reasonCode ? 'business' : 'client',
      detail: problem.detail ?? problem.title,
      reasonCode: problem.reasonCode,
      fieldErrors: problem.errors,
    });
    this.upstream = upstream;
    this.problem = problem;
  }
}

/** Anything unexpected. Its message is never shown to a client. */
export class InternalError extends CrossdockError {
  constructor(cause?: unknown) {
    super({
      slug: 'internal',
      title: 'Internal error',
      status: 500,
      kind: 'transient',
      detail: 'An unexpected error occurred. Quote the correlation id when reporting it.',
      cause,
    });
  }
}

/** A write named a version (If-Match) that is no longer the current one: someone else wrote first. */
export class PreconditionFailedError extends CrossdockError {
  constructor(detail: string) {
    super({
      slug: 'precondition-failed',
      title: 'The resource changed since it was read',
      status: 412,
      kind: 'client',
      detail,
    });
  }
}

/** A write that two callers can race on came without If-Match. */
export class PreconditionRequiredError extends CrossdockError {
  constructor(detail = 'Send If-Match with the ETag of the version you read; this resource can be changed by others.') {
    super({ slug: 'precondition-required', title: 'If-Match is required', status: 428, kind: 'client', detail });
  }
}

/** The configured ERP does not offer this (for example returns through an adapter that has no mapping for them). */
export class ErpCapabilityMissingError extends CrossdockError {
  constructor(adapter: string, capability: string) {
    super({
      slug: 'erp-capability-missing',
      title: 'Not available with this ERP',
      status: 501,
      kind: 'business',
      detail: `The ${adapter} ERP adapter does not offer ${capability}.`,
    });
  }
}

/**
 * A document a channel sent cannot be read at all (an X12 interchange without a valid ISA, one cut off
 * before its IEA): there is nothing to acknowledge or process, so the sender is told at once.
 */
export class UnreadableDocumentError extends CrossdockError {
  constructor(detail: string, fieldErrors: FieldError[] = []) {
    super({
      slug: 'unreadable-document',
      title: 'The document cannot be read',
      status: 400,
      kind: 'client',
      detail,
      fieldErrors,
    });
  }
}

/**
 * A channel document was received and kept, but no order could be made of it (it cannot be mapped
 * to a canonical order): it waits for its partner's mapping or data to be fixed and a replay.
 */
export class DocumentRejectedError extends CrossdockError {
  constructor(detail: string, fieldErrors: FieldError[] = []) {
    super({
      slug: 'document-rejected',
      title: 'No order could be made of the document',
      status: 422,
      kind: 'client',
      detail,
      fieldErrors,
    });
  }
}
