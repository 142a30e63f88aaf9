/**
 * The wording of the problems every system-tier route can answer with, in one place, so each controller
 * declares them in one line apiece. tsoa reads these constants from the source when it writes the OpenAPI
 * document: keep them plain string literals.
 */
export const PROBLEM_JSON = 'application/problem+json';
export const INVALID_REQUEST = 'The request is not valid (the problem lists the fields at fault)';
export const NO_VALID_TOKEN = 'No valid bearer token';
export const SCOPE_MISSING = 'The token lacks the scope this route needs';
export const ERP_UNREACHABLE = 'The ERP cannot be reached; try again later';
