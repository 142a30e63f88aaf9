import { problemType, type FieldError, type ProblemDetails } from '../../contracts/errors/problem';
import type { AttemptResponse } from './attempt';

// Titles for the 4xx answers an upstream may give without a problem body (a proxy's bare 404, a
// 405 from express); anything else gets the generic one.
const TITLES: Readonly<Record<number, { slug: string; title: string }>> = {
  400: { slug: 'upstream-bad-request', title: 'The upstream refused the request' },
  401: { slug: 'unauthenticated', title: 'Authentication required' },
  403: { slug: 'forbidden', title: 'Not allowed' },
  404: { slug: 'not-found', title: 'Not found' },
  409: { slug: 'conflict', title: 'Conflict' },
  412: { slug: 'precondition-failed', title: 'The resource has changed' },
  422: { slug: 'upstream-unprocessable', title: 'The upstream could not process the request' },
};

// An upstream's own words are worth keeping (an ERP saying why it refused an order), but bounded.
const MAX_MESSAGE_LENGTH = 500;

/**
 * The problem a 4xx answer carries, to relay to our caller. A body that is a problem (it has a
 * string `type` and `title`) is kept, field by known field; anything else gets a problem made up
 * from the status, keeping only a plain `message` string if the body has one (as many APIs, Odoo
 * among them, put their reason there), because the rest of a foreign body may hold anything.
 */
export function problemFromAnswer(upstream: string, response: AttemptResponse): ProblemDetails {
  const body = response.data;
  if (isProblemLike(body)) return knownFields(body, response.status);
  const known = TITLES[response.status] ?? { slug: 'upstream-problem', title: 'The upstream refused the request' };
  const message = messageOf(body);
  return {
    type: problemType(known.slug),
    title: known.title,
    status: response.status,
    detail: message
      ? `${upstream} answered ${response.status}: ${message}`
      : `${upstream} answered ${response.status}.`,
  };
}

function messageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const message = (body as Record<string, unknown>).message;
  if (typeof message !== 'string' || message.trim() === '') return undefined;
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;
}

function isProblemLike(body: unknown): body is Record<string, unknown> & { type: string; title: string } {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.type === 'string' && typeof candidate.title === 'string';
}

function knownFields(
  body: Record<string, unknown> & { type: string; title: string },
  httpStatus: number,
): ProblemDetails {
  // The HTTP status wins over the body's: it is what every proxy and client between us acted on.
  const problem: ProblemDetails = { type: body.type, title: body.title, status: httpStatus };
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (typeof body.instance === 'string') problem.instance = body.instance;
  if (typeof body.correlationId === 'string') problem.correlationId = body.correlationId;
  if (typeof body.reasonCode === 'string') problem.reasonCode = body.reasonCode;
  if (Array.isArray(body.errors)) {
    const errors = body.errors.filter(isFieldError);
    if (errors.length) problem.errors = errors;
  }
  return problem;
}

function isFieldError(entry: unknown): entry is FieldError {
  if (typeof entry !== 'object' || entry === null) return false;
  const candidate = entry as Record<string, unknown>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}
