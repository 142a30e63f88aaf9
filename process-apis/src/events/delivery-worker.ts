import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { inSpan } from '@crossdock/shared-contracts/platform/observability/trace-context';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { ProcessDatabase } from '../database';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import { cloudEventOf } from './cloud-event-of';
import {
  claimDeliveries,
  markDelivered,
  markFailed,
  type ClaimedDelivery,
  type DeliveryRetryPolicy,
} from './delivery-queue';
import { fanOutEvents } from './fan-out';
import type { WebhookSender } from './send-webhook';

/** How deliveries run: how many at once, how often due ones are looked for, and the retry schedule. */
export interface DeliverySettings extends DeliveryRetryPolicy {
  /** Deliveries in flight at once (over all subscribers). */
  concurrency: number;
  pollIntervalMs: number;
  /** Per attempt: a subscriber slower than this counts as failed. */
  timeoutMs: number;
}

export interface DeliveryDependencies {
  db: ProcessDatabase;
  sender: WebhookSender;
  clock: Clock;
  logger: Logger;
  settings: DeliverySettings;
}

// Events fanned out per statement; a full batch means more are waiting.
const FAN_OUT_BATCH = 500;

/**
 * One round: fans new events out to deliveries, claims what is due (up to the free slots) and
 * sends each. Answers the sends started, each settling on its own: a slow subscriber holds only
 * its own slot, never the round, the other subscribers, or the pipeline (which never waits on
 * deliveries at all).
 */
export async function deliverDue(
  deps: DeliveryDependencies,
  freeSlots = deps.settings.concurrency,
): Promise<Promise<void>[]> {
  const now = deps.clock.now();
  while ((await fanOutEvents(deps.db, now, FAN_OUT_BATCH)) === FAN_OUT_BATCH);
  // The lease outlives the attempt's timeout, so a live worker never loses a delivery it is making.
  const claimed = await claimDeliveries(deps.db, freeSlots, now, deps.settings.timeoutMs * 2 + 1000);
  return claimed.map((delivery) => sendOne(deps, delivery));
}

async function sendOne(deps: DeliveryDependencies, delivery: ClaimedDelivery): Promise<void> {
  // The delivery continues the trace of what wrote the event (the order's request): the webhook
  // carries it on in its traceparent.
  const outcome = await inSpan(
    'deliver event',
    {
      tracer: 'process-apis',
      parent: delivery.event.traceparent,
      attributes: { 'crossdock.event_type': delivery.event.type, 'crossdock.subscription_id': delivery.subscriptionId },
    },
    () =>
      deps.sender.send(
        { id: delivery.subscriptionId, url: delivery.url, secret: delivery.secret },
        cloudEventOf(delivery.event),
        deps.clock.now(),
      ),
  );
  if (outcome.ok) return markDelivered(deps.db, delivery.id, outcome.status, deps.clock.now());
  deps.logger.info('event delivery failed', {
    subscriptionId: delivery.subscriptionId,
    eventId: delivery.event.id,
    attempt: delivery.attempts,
    status: outcome.status,
  });
  await markFailed(deps.db, delivery.id, outcome, deps.clock.now(), deps.settings);
}

// Woken, the worker looks every HURRY_POLL_MS for HURRY_FOR_MS: an event is fanned out once every
// older transaction of the cluster has ended, which may be a little after the wake; and under load
// (woken for every order the pipeline moves) that is a round per 50 ms, not one per wake.
const HURRY_POLL_MS = 50;
const HURRY_FOR_MS = 2000;

/**
 * The background loop: a round at once when woken (events written: the inventory relay, the
 * pipeline) and then every HURRY_POLL_MS for a while, a round when sends free slots, and every
 * poll interval for what nothing woke it for (retries come due, events of another replica).
 */
export function startDeliveryWorker(deps: DeliveryDependencies): { stop(): Promise<void>; wake(): void } {
  let stopped = false;
  let inFlight = new Set<Promise<void>>();
  // The next poll, while one is waiting (not while its round runs).
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let lastRoundAt = Number.NEGATIVE_INFINITY;
  let hurryUntil = Number.NEGATIVE_INFINITY;
  const round = (): Promise<void> => {
    if (stopped || running) return running ?? Promise.resolve();
    lastRoundAt = performance.now();
    running = oneRound().finally(() => {
      running = undefined;
    });
    return running;
  };
  const schedule = (delayMs: number): void => {
    timer = setTimeout(() => {
      timer = undefined;
      void round().finally(() => {
        if (!stopped) schedule(performance.now() < hurryUntil ? HURRY_POLL_MS : deps.settings.pollIntervalMs);
      });
    }, delayMs);
  };
  const wake = (): void => {
    if (stopped) return;
    hurryUntil = performance.now() + HURRY_FOR_MS;
    // A round under way from the poll schedules the next in a hurry itself.
    if (!timer) return;
    clearTimeout(timer);
    schedule(Math.max(0, lastRoundAt + HURRY_POLL_MS - performance.now()));
  };
  const oneRound = async (): Promise<void> => {
    try {
      const sends = await deliverDue(deps, deps.settings.concurrency - inFlight.size);
      for (const send of sends) {
        const tracked: Promise<void> = send
          .catch(
            (error: unknown) =>
              void deps.logger.warn('event delivery not recorded', {
                error: coerceError(error).message,
              }),
          )
          .finally(() => {
            inFlight.delete(tracked);
            if (!stopped) setImmediate(() => void round());
          });
        inFlight.add(tracked);
      }
    } catch (error: unknown) {
      if (!stopped)
        deps.logger.warn('event delivery round failed', {
          error: coerceError(error).message,
        });
    }
  };
  schedule(deps.settings.pollIntervalMs);
  return {
    wake,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await Promise.allSettled([...inFlight]);
      inFlight = new Set();
      deps.sender.close();
    },
  };
}
