import { problemType, type FieldError, type ProblemDetails } from './problem';

/**
 * How a failure should be handled by whoever meets it:
 * - `transient`: a technical failure that may pass (timeout, 5xx, open circuit): retry with backoff,
 *   then dead-letter.
 * - `business`: the data is wrong for the business (unknown item, over credit): never retried, it
 *   becomes a hold with a reason code.
 * - `client`: the request itself is wrong (bad body, no token): answered, nothing to retry or hold.
 */
export type FailureKind = 'transient' | 'business' | 'client';

export interface CrossdockErrorOptions {
  slug: string;
  title: string;
  status: number;
  kind: FailureKind;
  detail?: string;
  reasonCode?: string;
  fieldErrors?: FieldError[];
  /** When asking again may succeed, in seconds: sent as `Retry-After`. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/**
 * The root of Crossdock's one error hierarchy. Every error a service throws on purpose is one of
 * these; the problem middleware is the only place that turns it into HTTP.
 */
export class CrossdockError extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly kind: FailureKind;
  readonly reasonCode: string | undefined;
  readonly fieldErrors: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(options: CrossdockErrorOptions) {
    super(options.detail ?? options.title, { cause: options.cause });
    this.name = new.target.name;
    this.type = problemType(options.slug);
    this.title = options.title;
    this.status = options.status;
    this.kind = options.kind;
    this.reasonCode = options.reasonCode;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** True when trying again later may succeed. */
  get transient(): boolean {
    return this.kind === 'transient';
  }

  toProblem(correlationId?: string): ProblemDetails {
    const problem: ProblemDetails = { type: this.type, title: this.title, status: this.status };
    if (this.message && this.message !== this.title) problem.detail = this.message;
    if (correlationId) problem.correlationId = correlationId;
    if (this.reasonCode) problem.reasonCode = this.reasonCode;
    if (this.fieldErrors?.length) problem.errors = this.fieldErrors;
    return problem;
  }
}
