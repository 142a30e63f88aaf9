import { signatureHeader, SIGNATURE_HEADER } from '@crossdock/shared-contracts/contracts/events/webhook-signature';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import {
  createUpstreamClient,
  type UpstreamClient,
} from '@crossdock/shared-contracts/platform/http-client/upstream-client';
import type { CloudEvent } from '@crossdock/shared-contracts/contracts/model/cloud-event';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';

/** What one delivery attempt came to. */
export type SendOutcome = { ok: true; status: number } | { ok: false; status?: number; error: string };

/** The port deliveries go out through: one signed POST of one event to one subscriber. */
export interface WebhookSender {
  send(subscription: { id: string; url: string; secret: string }, event: CloudEvent, now: Date): Promise<SendOutcome>;
  /** Stops the circuit breakers' timers. */
  close(): void;
}

/**
 * Sends through the one HTTP client kit, a client (so a circuit breaker) per subscription: a dead
 * subscriber fails fast without touching the others. The kit does not retry (retries are the
 * delivery queue's, on a schedule of hours) and sends no token: a subscriber is not one of our tiers.
 */
export function httpWebhookSender(options: { timeoutMs: number; logger: Logger }): WebhookSender {
  const clients = new Map<string, { url: string; client: UpstreamClient }>();
  const clientFor = (subscription: { id: string; url: string }): UpstreamClient => {
    const known = clients.get(subscription.id);
    if (known && known.url === subscription.url) return known.client;
    known?.client.shutdown();
    const client = createUpstreamClient({
      name: `subscriber ${subscription.id}`,
      baseUrl: subscription.url,
      timeoutMs: options.timeoutMs,
      retry: { maxRetries: 0 },
      breaker: { resetTimeoutMs: 30_000 },
      logger: options.logger,
      credentials: () => undefined,
    });
    clients.set(subscription.id, { url: subscription.url, client });
    return client;
  };
  return {
    async send(subscription, event, now) {
      const body = JSON.stringify(event);
      const timestamp = Math.floor(now.getTime() / 1000);
      try {
        const answer = await clientFor(subscription).post('', {
          body,
          headers: {
            'content-type': 'application/cloudevents+json',
            [SIGNATURE_HEADER]: signatureHeader(subscription.secret, timestamp, body),
            'crossdock-event-id': event.id,
            'x-correlation-id': event.correlationid,
          },
        });
        return { ok: true, status: answer.status };
      } catch (error: unknown) {
        const status = error instanceof CrossdockError && error.status < 500 ? error.status : undefined;
        return { ok: false, status, error: coerceError(error).message };
      }
    },
    close() {
      for (const { client } of clients.values()) client.shutdown();
      clients.clear();
    },
  };
}
