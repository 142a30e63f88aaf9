import type { RequestHandler } from 'express';
import { bearerTokenFrom, verifyToken, type TokenSettings } from '@crossdock/shared-contracts/auth/tokens';
import { currentContext } from '@crossdock/shared-contracts/context/request-context';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '@crossdock/shared-contracts/errors/errors';
import type { GatewayRoute } from '../config/gateway-config';
import { matchRoute } from '../proxy/match-route';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds the route for the request, verifies the bearer token and checks the route's scope:
 * 404 for no route, 401 for no or a bad token, 403 for a token without the scope. A route whose
 * callers sign their bodies (webhooks) is passed on without a token: the tier checks the signature.
 */
export function authorizeRoute(routes: GatewayRoute[], tokens: TokenSettings): RequestHandler {
  return (request, response, next) => {
    // Routes are matched, and scopes checked, on the path the tier will see. A path that means
    // something else once `.`/`..` segments (also percent-encoded) are resolved could reach a route
    // its token has no scope for, so it is refused outright.
    if (new URL(request.originalUrl, 'http://gateway').pathname !== request.path || /%2e/i.test(request.path)) {
      return next(new ValidationError('The path contains dot segments; send the path it means.', [{ field: 'path', message: 'no . or .. segments' }]));
    }
    const route = matchRoute(routes, request.path);
    if (!route) return next(new NotFoundError(`No route ${request.method} ${request.path}.`));
    if (route.authentication === 'signature') {
      // No token is asked for: the tier behind verifies the signature over the raw body.
      response.locals.route = route;
      return next();
    }
    const token = bearerTokenFrom(request.headers.authorization);
    if (!token) return next(new UnauthenticatedError());
    try {
      const principal = verifyToken(tokens, token);
      // gateway.yaml is checked at load: every route reached with a token has its scopes.
      const needed = READ_METHODS.has(request.method) ? route.scopes!.read : route.scopes!.write;
      if (!principal.scopes.includes(needed)) {
        return next(new ForbiddenError(`This token lacks the scope "${needed}" that ${request.method} ${route.prefix} requires.`));
      }
      const context = currentContext();
      if (context) context.principal = principal;
      response.locals.route = route;
      next();
    } catch (error) {
      next(error);
    }
  };
}
