import CircuitBreaker from 'opossum';
import type { Logger } from '../logging/logger';
import { AttemptFailure, type AttemptRequest, type AttemptResponse } from './attempt';
import type { BreakerOptions } from './upstream-client-options';

/** The state of an upstream's circuit breaker, as a health check or a dashboard shows it. */
export type BreakerState = 'closed' | 'open' | 'halfOpen';

export type AttemptBreaker = CircuitBreaker<[AttemptRequest], AttemptResponse>;

/**
 * One breaker per upstream, wrapping single attempts (not whole calls with their retries), so
 * that each failed attempt counts and an opening breaker stops the retries still to come.
 */
export function createAttemptBreaker(
  upstream: string,
  action: (request: AttemptRequest) => Promise<AttemptResponse>,
  options: Required<BreakerOptions>,
  logger: Logger,
): AttemptBreaker {
  const breaker: AttemptBreaker = new CircuitBreaker(action, {
    name: upstream,
    // axios enforces the per-attempt timeout and actually aborts the request; an opossum timeout
    // would only stop waiting for it, leaving the request running.
    timeout: false,
    errorThresholdPercentage: options.errorThresholdPercentage,
    resetTimeout: options.resetTimeoutMs,
    volumeThreshold: options.volumeThreshold,
    rollingCountTimeout: options.rollingCountTimeoutMs,
    errorFilter: isAnswerAboutTheRequest,
  });
  breaker.on('open', () =>
    logger.warn('upstream circuit opened: calls fail fast', { upstream, resetTimeoutMs: options.resetTimeoutMs }),
  );
  breaker.on('halfOpen', () => logger.info('upstream circuit half-open: letting one trial call through', { upstream }));
  breaker.on('close', () => logger.info('upstream circuit closed', { upstream }));
  return breaker;
}

/** Reads the breaker's state; a shut-down breaker refuses every call, so it reads as open. */
export function breakerStateOf(breaker: AttemptBreaker): BreakerState {
  if (breaker.opened || breaker.isShutdown) return 'open';
  if (breaker.halfOpen) return 'halfOpen';
  return 'closed';
}

// A 3xx/4xx (429 included) is the upstream working and judging our request, not the upstream
// failing: it must not push the breaker towards open, or one client sending bad orders would cut
// every caller off from a healthy upstream.
function isAnswerAboutTheRequest(error: unknown): boolean {
  return error instanceof AttemptFailure && error.status !== undefined && error.status >= 300 && error.status < 500;
}
