import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';

/** Answers the registry in Prometheus' text format; collect callbacks (database gauges) run now. */
export function metricsHandler(registry: Registry): RequestHandler {
  return (_request, response, next) => {
    registry
      .metrics()
      .then((text) => {
        response.setHeader('Content-Type', registry.contentType);
        response.send(text);
      })
      .catch(next);
  };
}
