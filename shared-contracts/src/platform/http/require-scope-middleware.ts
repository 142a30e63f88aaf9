import type { RequestHandler } from 'express';
import { currentContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../../contracts/errors/errors';

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
export function requireScopeMiddleware(basePath: string, rules: ScopeRule[]): RequestHandler {
  const base = basePath.toLowerCase();
  return (request, _response, next) => {
    const lowerPath = request.path.toLowerCase();
    if (lowerPath !== base && !lowerPath.startsWith(`${base}/`)) return next();
    const principal = currentContext()?.principal;
    if (!principal) return next(new UnauthenticatedError());
    // Express routes ignore letter case, so the rules must too: /SYSTEM/v1 is /system/v1.
    const rule = rules
      .filter(
        (candidate) =>
          lowerPath === candidate.prefix.toLowerCase() || lowerPath.startsWith(`${candidate.prefix.toLowerCase()}/`),
      )
      .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    // Under the tier's base path, a path no rule covers needs a scope nobody has.
    if (!rule) return next(new ForbiddenError(`No scope grants ${request.method} ${request.path}.`));
    const needed = READ_METHODS.has(request.method) ? rule.read : rule.write;
    if (!principal.scopes.includes(needed))
      return next(
        new ForbiddenError(`This token lacks the scope "${needed}" that ${request.method} ${rule.prefix} requires.`),
      );
    next();
  };
}
