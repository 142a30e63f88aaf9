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

// Woken many times a second under load (every order the pipeline moves): a round at most this often for that.
const WAKE_GAP_MS = 20;

/**
 * The background loop: a round at once when woken (events written: the inventory relay, the
 * pipeline) or when sends free slots, and every poll interval for what nothing woke it for
 * (retries come due, events of another replica).
 */
export function startDeliveryWorker(deps: DeliveryDependencies): { stop(): Promise<void>; wake(): void } {
  let stopped = false;
  let inFlight = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  // Woken during a round: events written after it looked would otherwise wait for the poll.
  let again = false;
  let lastRoundAt = Number.NEGATIVE_INFINITY;
  let wakeTimer: NodeJS.Timeout | undefined;
  const wake = (): void => {
    if (stopped || wakeTimer) return;
    const wait = lastRoundAt + WAKE_GAP_MS - performance.now();
    if (wait <= 0) return void round();
    wakeTimer = setTimeout(() => {
      wakeTimer = undefined;
      void round();
    }, wait);
  };
  const round = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    lastRoundAt = performance.now();
    running = oneRound().finally(() => {
      running = undefined;
      if (again && !stopped) {
        again = false;
        void round();
      }
    });
    return running;
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
  const schedule = (): void => {
    timer = setTimeout(() => {
      void round().finally(() => {
        if (!stopped) schedule();
      });
    }, deps.settings.pollIntervalMs);
  };
  schedule();
  return {
    wake,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (wakeTimer) clearTimeout(wakeTimer);
      await running;
      await Promise.allSettled([...inFlight]);
      inFlight = new Set();
      deps.sender.close();
    },
  };
}
