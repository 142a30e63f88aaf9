import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type RequestHandler, type Router } from 'express';
import { bearerTokenFrom, verifyToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { NotFoundError, UnauthenticatedError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { SignedIn } from '../users/sign-in';
import { signInHandler } from './sign-in-route';

/**
 * The operations console's scripts and styles come only from the gateway itself; it calls only the
 * gateway (fetch, including the event stream); nothing may frame it, and forms post nowhere else.
 */
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `/console`: the single-page app built at install (`gateway/console/dist`), its hashed assets
 * cached for good, every other path answered with its page (the app routes in the browser). It is
 * never built here: without a build the gateway says how to make one. `GET /console/session` tells the
 * app who a token is and what it may do, checked as every API call is; `POST /console/session`
 * signs a user in with name and password, answering a token like the ones pasted in.
 */
export function consoleRouter(options: {
  distDir: string;
  tokens: TokenSettings;
  signIn: (name: string, password: string, address: string) => Promise<SignedIn>;
}): Router {
  const router = express.Router();
  router.use((_request, response, next) => {
    response.setHeader('Content-Security-Policy', CONSOLE_CSP);
    response.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  router.get('/session', sessionHandler(options.tokens));
  router.post('/session', ...signInHandler(options.signIn));
  // The app's files only: the APIs' answers (and the event stream) are never buffered to compress.
  router.use(compression());
  const page = path.join(options.distDir, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(options.distDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
    // An asset of another build: a 404, never the page in its place.
    (request, _response, next) => next(new NotFoundError(`The console has no asset ${request.path}.`)),
  );
  router.use(express.static(options.distDir, { index: false, fallthrough: true }));
  router.get('*', (_request, response, next) => {
    if (!existsSync(page))
      return next(
        new NotFoundError(
          'The console is not built: run `pnpm install` (it builds gateway/console), then start again.',
        ),
      );
    response.setHeader('Cache-Control', 'no-store');
    response.sendFile(page);
  });
  return router;
}

/** Who the bearer is and the scopes the token grants; 401 for a token the platform does not accept. */
function sessionHandler(tokens: TokenSettings): RequestHandler {
  return (request, response, next) => {
    try {
      const token = bearerTokenFrom(request.headers.authorization);
      if (!token) throw new UnauthenticatedError('Send the token to sign in with as a bearer token.');
      const principal = verifyToken(tokens, token);
      response.setHeader('Cache-Control', 'no-store');
      response.json({ subject: principal.subject, scopes: principal.scopes, customerId: principal.customerId });
    } catch (error) {
      next(error);
    }
  };
}
