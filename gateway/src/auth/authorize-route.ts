import type { Request, RequestHandler } from 'express';
import { currentContext } from '@crossdock/shared-contracts/platform/context/request-context';
import { ForbiddenError, NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { GatewayRoute } from '../config/gateway-config';
import { matchRoute } from '../proxy/match-route';
import type { Caller } from './consumer-credentials';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds the route for the request, the consumer behind its credentials, and checks the route's
 * scope: 404 for no route, 401 for no or bad credentials, 403 for a consumer that may not call the
 * route or a credential without the scope. A route whose callers sign their bodies (webhooks) is
 * passed on without credentials: the tier checks the signature.
 */
export function authorizeRoute(
  routes: GatewayRoute[],
  authenticate: (request: Request, route: GatewayRoute) => Promise<Caller>,
): RequestHandler {
  return async (request, response, next) => {
    // Routes are matched, and scopes checked, on the path the tier will see. A path that means
    // something else once `.`/`..` segments (also percent-encoded) are resolved could reach a route
    // its token has no scope for, so it is refused outright.
    if (new URL(request.originalUrl, 'http://gateway').pathname !== request.path || /%2e/i.test(request.path)) {
      return next(
        new ValidationError('The path contains dot segments; send the path it means.', [
          { field: 'path', message: 'no . or .. segments' },
        ]),
      );
    }
    const route = matchRoute(routes, request.path);
    if (!route) return next(new NotFoundError(`No route ${request.method} ${request.path}.`));
    if (route.authentication === 'signature') {
      response.locals.route = route;
      return next();
    }
    try {
      const caller = await authenticate(request, route);
      // gateway.yaml is checked at load: every route reached with credentials has its scopes.
      const needed = READ_METHODS.has(request.method) ? route.scopes!.read : route.scopes!.write;
      if (!caller.principal.scopes.includes(needed)) {
        return next(
          new ForbiddenError(`This token lacks the scope "${needed}" that ${request.method} ${route.prefix} requires.`),
        );
      }
      const context = currentContext();
      if (context) context.principal = caller.principal;
      response.locals.route = route;
      response.locals.caller = caller;
      next();
    } catch (error) {
      next(error);
    }
  };
}
