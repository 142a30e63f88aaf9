import type { RequestHandler } from 'express';
import { currentContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors/errors';

/** The scopes a path prefix needs: one to read (GET, HEAD, OPTIONS), one for anything else. */
export interface ScopeRule {
  prefix: string;
  read: string;
  write: string;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The tier's own scope check, behind the gateway's: a tier reached around the gateway (or by a
 * token meant for another tier) still refuses what the token does not allow.
 */
export function requireScopeMiddleware(rules: ScopeRule[]): RequestHandler {
  return (request, _response, next) => {
    const principal = currentContext()?.principal;
    if (!principal) return next(new UnauthenticatedError());
    const rule = rules.filter((candidate) => request.path === candidate.prefix || request.path.startsWith(`${candidate.prefix}/`)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (!rule) return next();
    const needed = READ_METHODS.has(request.method) ? rule.read : rule.write;
    if (!principal.scopes.includes(needed)) return next(new ForbiddenError(`This token lacks the scope "${needed}" that ${request.method} ${rule.prefix} requires.`));
    next();
  };
}
