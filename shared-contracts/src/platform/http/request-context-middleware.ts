import type { RequestHandler } from 'express';
import { CORRELATION_HEADER, correlationIdFrom, runWithContext } from '../context/request-context';
import type { Logger } from '../logging/logger';

/**
 * Gives every request a correlation id (the caller's, or a new one), echoes it, runs the rest of
 * the request inside that context, and writes one log line when the response is finished.
 */
export function requestContextMiddleware(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER]);
    response.setHeader('X-Correlation-Id', correlationId);
    const startedAt = process.hrtime.bigint();
    runWithContext({ correlationId }, () => {
      response.on('finish', () => {
        const durationMs = Number((process.hrtime.bigint() - startedAt) / 1000n) / 1000;
        // The path only: query strings may carry things that should not be in logs.
        logger.info('request', {
          correlationId,
          method: request.method,
          path: request.path,
          status: response.statusCode,
          durationMs,
        });
      });
      next();
    });
  };
}
