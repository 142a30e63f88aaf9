import type { Response } from 'express';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { ProcessDatabase } from '../database';
import { pointAfter, readEventsPast, type EventFilter, type LogPoint } from './read-events';

/** How often an open stream looks for new events, and how often it says it is alive. */
export interface EventStreamSettings {
  pollIntervalMs: number;
  heartbeatMs: number;
}

/** The open server-sent-event streams of this process: opened per request, all closed on shutdown. */
export interface EventStreams {
  open(response: Response, filter: Omit<EventFilter, 'limit'>): void;
  closeAll(): void;
}

const BATCH = 200;

/**
 * Streams events as `text/event-stream`: `id:` is the event's position (so a browser's
 * EventSource resumes with `Last-Event-ID` after a drop), `event:` its type, `data:` the
 * CloudEvent. Events come in the order readers go (see `LogPoint`): by position within a
 * transaction, not always across transactions; the last id sent is where the client stands. New events are polled for: a stream costs one small indexed query per interval.
 */
export function eventStreams(db: ProcessDatabase, logger: Logger, settings: EventStreamSettings): EventStreams {
  const open = new Set<() => void>();
  return {
    open(response, filter) {
      // Where the stream stands: resolved from the client's position once, then carried on.
      let point: LogPoint | undefined;
      let closed = false;
      let timer: NodeJS.Timeout | undefined;
      let lastWrite = Date.now();
      const close = (): void => {
        if (closed) return;
        closed = true;
        if (timer) clearTimeout(timer);
        open.delete(close);
        response.end();
      };
      open.add(close);
      response.on('close', close);
      response.status(200).set({
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-accel-buffering': 'no',
      });
      response.flushHeaders();
      response.write(`retry: ${Math.max(settings.pollIntervalMs, 1000)}\n\n`);
      const poll = async (): Promise<void> => {
        try {
          for (;;) {
            point ??= await pointAfter(db, filter.after);
            const { events, next } = await readEventsPast(db, point, { ...filter, limit: BATCH });
            for (const event of events) {
              const { position, ...cloudEvent } = event;
              response.write(`id: ${position}\nevent: ${event.type}\ndata: ${JSON.stringify(cloudEvent)}\n\n`);
              lastWrite = Date.now();
            }
            point = next;
            if (events.length < BATCH || closed) break;
          }
          if (Date.now() - lastWrite >= settings.heartbeatMs) {
            response.write(': keep-alive\n\n');
            lastWrite = Date.now();
          }
        } catch (error: unknown) {
          if (!closed) logger.warn('event stream read failed', { error: coerceError(error).message });
        }
        if (!closed) timer = setTimeout(() => void poll(), settings.pollIntervalMs);
      };
      void poll();
    },
    closeAll() {
      for (const close of [...open]) close();
    },
  };
}
