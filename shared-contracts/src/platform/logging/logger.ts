import type { Writable } from 'node:stream';
import winston from 'winston';
import { currentCorrelationId } from '../context/request-context';
import { currentTraceId } from '../observability/trace-context';
import { isSecretKey, REDACTED, redact } from './redact';

export type Logger = winston.Logger;

export interface LoggerOptions {
  /** The service writing the line, e.g. `system-apis`; on every line as `service`. */
  service: string;
  level?: string;
  /** Where the JSON lines go; standard output unless given (tests pass a stream they read). */
  stream?: Writable;
}

// The correlation id finds a request's lines in the logs; the trace id finds its spans in a tracing
// tool. Both go on every line, side by side.
const withCorrelationId = winston.format((info) => {
  const correlationId = currentCorrelationId();
  if (correlationId && !info.correlationId) info.correlationId = correlationId;
  const traceId = currentTraceId();
  if (traceId && !info.traceId) info.traceId = traceId;
  return info;
});

const redacted = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (key === 'level' || key === 'message' || key === 'service' || key === 'correlationId' || key === 'traceId')
      continue;
    info[key] = isSecretKey(key) ? REDACTED : redact(info[key]);
  }
  if (typeof info.message === 'string') info.message = redact(info.message) as string;
  return info;
});

/** One JSON line per entry, with the correlation id and the trace id of the request it belongs to. */
export function createLogger(options: LoggerOptions): Logger {
  const transport = options.stream
    ? new winston.transports.Stream({ stream: options.stream })
    : new winston.transports.Console();
  return winston.createLogger({
    level: options.level ?? 'info',
    defaultMeta: { service: options.service },
    format: winston.format.combine(withCorrelationId(), redacted(), winston.format.timestamp(), winston.format.json()),
    transports: [transport],
  });
}
