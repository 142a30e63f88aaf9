import { z } from 'zod';
import { idSchema, isoDateTimeSchema, requiredTextSchema, type IsoDateTime } from './primitives';
import { assertTypesMatch, type Equals } from './type-equality';

/** Prefix of every event type Crossdock publishes. */
export const EVENT_TYPE_PREFIX = 'com.crossdock';

const EVENT_TYPE_SEGMENT = /^[a-z][a-z0-9_]*$/;

/**
 * A CloudEvents 1.0 envelope in JSON format, as written to the outbox and delivered to subscribers.
 * `time` and `subject` are optional in CloudEvents but always set by Crossdock: delivery is ordered per
 * subject.
 */
export interface CloudEvent {
  /**
   * Unique per source; a redelivery carries the same id, so consumers de-duplicate on it.
   * @example "9f0c1c2e-2f4b-4a57-9b0e-0d6a3c1b7e21"
   */
  id: string;
  /**
   * URI reference of what produced the event.
   * @example "/process/v1/orders"
   */
  source: string;
  /**
   * `com.crossdock.<entity>.<change>` for events Crossdock publishes.
   * @example "com.crossdock.order.created"
   */
  type: string;
  specversion: '1.0';
  time: IsoDateTime;
  /**
   * The entity the event is about, usually its id.
   * @example "ord_01JQ7ZP3M4V8K2"
   */
  subject: string;
  datacontenttype: 'application/json';
  /** The event payload: usually the entity as it is after the change. */
  data: unknown;
  /** Correlation id of the request that caused the event (CloudEvents extension attribute). */
  correlationid: string;
}

/** Runtime check for {@link CloudEvent}. */
export const cloudEventSchema = z.object({
  id: idSchema,
  source: requiredTextSchema,
  type: requiredTextSchema,
  specversion: z.literal('1.0'),
  time: isoDateTimeSchema,
  subject: requiredTextSchema,
  datacontenttype: z.literal('application/json'),
  data: z.unknown(),
  correlationid: requiredTextSchema,
});

assertTypesMatch<Equals<z.infer<typeof cloudEventSchema>, CloudEvent>>();

/**
 * The stable event type for a change to an entity: `eventType('order', 'created')` is
 * `'com.crossdock.order.created'`. Both parts are lower case (letters, digits, `_`), since subscribers
 * filter on these strings.
 *
 * @throws Error when either part is not a lower-case identifier.
 */
export function eventType<E extends string, C extends string>(entity: E, change: C): `com.crossdock.${E}.${C}` {
  for (const part of [entity, change]) {
    if (!EVENT_TYPE_SEGMENT.test(part)) {
      throw new Error(`Invalid event type part ${JSON.stringify(part)}: expected lower-case letters, digits or "_"`);
    }
  }
  return `${EVENT_TYPE_PREFIX}.${entity}.${change}` as `com.crossdock.${E}.${C}`;
}
