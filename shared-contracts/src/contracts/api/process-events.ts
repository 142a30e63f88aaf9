import type { CloudEvent } from '../model/cloud-event';

/** What a subscriber asks for: where to deliver, and which event types. */
export interface CreateSubscriptionRequest {
  /**
   * Where deliveries are POSTed (http or https).
   * @example "https://erp-sync.example.com/crossdock/events"
   */
  url: string;
  /**
   * Exact types (`com.crossdock.order.shipped`) or prefixes ending in `*` (`com.crossdock.order.*`).
   * @minItems 1
   * @example ["com.crossdock.order.*", "com.crossdock.shipment.milestone"]
   */
  eventTypes: string[];
}

/** A subscription as listed: never with its secret. */
export interface ProcessSubscription {
  id: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  /** @format date-time */
  createdAt: string;
}

/** The answer to making a subscription: the only time its signing secret is shown. */
export interface CreatedSubscription extends ProcessSubscription {
  /** HMAC-SHA256 key of the `Crossdock-Signature` header on every delivery (see docs/operations.md: verifying a delivery). */
  secret: string;
}

/** pending: owed (maybe waiting for a retry); delivered; dead: retries ran out (replayable). */
export type DeliveryState = 'pending' | 'delivered' | 'dead';

/** One event owed to one subscriber, and how its delivery went. */
export interface EventDeliveryView {
  eventId: string;
  subject: string;
  state: DeliveryState;
  /** Attempts so far. */
  attempts: number;
  /** When the next attempt may be made (pending). @format date-time */
  nextAttemptAt?: string;
  /** @format date-time */
  deliveredAt?: string;
  /** The last failure: the status the subscriber answered, or what went wrong on the way. */
  lastError?: string;
}

/** Replay to one subscriber: events by id, or every matching event in a time range. */
export interface ReplayRequest {
  eventIds?: string[];
  /** @format date-time */
  from?: string;
  /** @format date-time */
  to?: string;
}

/** How many deliveries a replay scheduled. */
export interface ReplayResult {
  scheduled: number;
}

/** One type of event Crossdock publishes, with what its `data` holds. */
export interface EventTypeDescription {
  /** @example "com.crossdock.order.shipped" */
  type: string;
  /** What the `subject` is the id of. */
  subject: string;
  /** When it is written. */
  description: string;
  /** JSON Schema of `data`. */
  dataSchema: Record<string, unknown>;
}

/** An event as the event log and the stream show it: the CloudEvent and its position (the stream's event id). */
export interface PublishedEvent extends CloudEvent {
  /** Increasing; the stream's `id:` line and `Last-Event-ID`. */
  position: string;
}
