import express, { type RequestHandler } from 'express';
import { z } from 'zod';
import { TooManyRequestsError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { SignedIn } from '../users/sign-in';

const signInBody = z.object({
  user: z.string().min(1, 'is required').max(64),
  password: z.string().min(1, 'is required').max(1024),
});

/**
 * `POST /console/session` with `{ "user", "password" }` (JSON only: a cross-site form cannot send
 * it): 200 with the token, `401` for a wrong name or password alike, `429` with Retry-After when the
 * address or the name has had too many attempts. The password is never logged nor echoed.
 */
export function signInHandler(
  signIn: (name: string, password: string, address: string) => Promise<SignedIn>,
): RequestHandler[] {
  return [
    express.json({ limit: '4kb' }),
    async (request, response, next) => {
      try {
        const parsed = signInBody.safeParse(request.is('application/json') ? request.body : undefined);
        if (!parsed.success)
          throw new ValidationError(
            'Send JSON with your user name and password: {"user": "...", "password": "..."}.',
            parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'body', message: issue.message })),
          );
        const signedIn = await signIn(parsed.data.user, parsed.data.password, request.ip ?? 'unknown');
        response.setHeader('Cache-Control', 'no-store');
        response.json(signedIn);
      } catch (error) {
        if (error instanceof TooManyRequestsError) response.setHeader('Retry-After', String(error.retryAfterSeconds));
        next(error);
      }
    },
  ];
}
