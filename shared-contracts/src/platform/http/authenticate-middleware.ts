import type { RequestHandler } from 'express';
import { bearerTokenFrom, verifyToken, type TokenSettings } from '../auth/tokens';
import { currentContext } from '../context/request-context';
import { UnauthenticatedError } from '../../contracts/errors/errors';

/**
 * Tiers behind the gateway verify the caller's token again (it is cheap) rather than trust a
 * header: a tier reached directly, around the gateway, still knows who is calling, and its scope
 * check (require-scope-middleware) still applies.
 */
export function authenticateMiddleware(settings: TokenSettings): RequestHandler {
  return (request, _response, next) => {
    const token = bearerTokenFrom(request.headers.authorization);
    if (!token) return next(new UnauthenticatedError());
    try {
      const principal = verifyToken(settings, token);
      const context = currentContext();
      if (context) context.principal = principal;
      next();
    } catch (error) {
      next(error);
    }
  };
}
