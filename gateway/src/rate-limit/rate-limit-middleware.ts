import type { RequestHandler, Response } from 'express';
import { TooManyRequestsError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { Caller } from '../auth/consumer-credentials';
import type { GatewayFile } from '../config/gateway-config';
import type { RateLimiter, RateLimitPolicy } from './rate-limiter';

/**
 * Counts the request against its consumer's tier (per consumer, or per user of the consumer) and
 * says where the caller stands on every answer, as the IETF RateLimit header fields draft does:
 * `RateLimit-Policy: "bronze";q=120;w=60` and `RateLimit: "bronze";r=37;t=21`. Over the allowance:
 * 429 with `Retry-After`, and the request goes no further. Signed (webhook) routes have no
 * consumer at the gateway, so they are not counted here: their tier refuses unsigned calls.
 */
export function rateLimitMiddleware(
  config: Pick<GatewayFile, 'rateLimits'>,
  limiter: RateLimiter,
  clock: Clock,
): RequestHandler {
  return async (_request, response, next) => {
    const caller = response.locals.caller as Caller | undefined;
    if (!caller) return next();
    const tier = caller.consumer.rateLimit.tier;
    const policy: RateLimitPolicy = { name: tier, ...config.rateLimits[tier]! };
    const key =
      caller.consumer.rateLimit.per === 'subject'
        ? `${caller.consumer.id}\u0000${caller.principal.subject}`
        : caller.consumer.id;
    try {
      const decision = await limiter.take(key, policy, clock.now());
      setRateLimitHeaders(response, policy, decision.remaining, decision.resetSeconds);
      if (decision.allowed) return next();
      response.setHeader('Retry-After', String(decision.resetSeconds));
      next(
        new TooManyRequestsError(
          `The ${tier} allowance of ${policy.requests} requests per ${policy.windowSeconds} seconds is used up; try again in ${decision.resetSeconds} seconds.`,
          decision.resetSeconds,
        ),
      );
    } catch (error) {
      next(error);
    }
  };
}

function setRateLimitHeaders(
  response: Response,
  policy: RateLimitPolicy,
  remaining: number,
  resetSeconds: number,
): void {
  response.setHeader('RateLimit-Policy', `"${policy.name}";q=${policy.requests};w=${policy.windowSeconds}`);
  response.setHeader('RateLimit', `"${policy.name}";r=${remaining};t=${resetSeconds}`);
}
