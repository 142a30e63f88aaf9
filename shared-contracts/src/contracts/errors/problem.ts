/**
 * RFC 9457 problem details, the one error shape every Crossdock API answers with.
 */
export interface FieldError {
  /** Where the problem is, as a dotted path into the request (`body.lines.0.quantity`). */
  field: string;
  message: string;
}

export interface ProblemDetails {
  /** A URN naming the kind of problem, stable across versions: `urn:crossdock:problem:<slug>`. */
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  correlationId?: string;
  /** For business problems: the hold reason code (`UNKNOWN_ITEM`, `CREDIT_LIMIT`, ...). */
  reasonCode?: string;
  /** For validation problems: every field at fault, not just the first. */
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Builds the `type` URN for a problem slug. */
export function problemType(slug: string): string {
  return `urn:crossdock:problem:${slug}`;
}
