import type { CloudEvent } from '@crossdock/shared-contracts/contracts/model/cloud-event';

/** An outbox row's fields, as the readers of the outbox select them. */
export interface OutboxRow {
  id: string;
  type: string;
  source: string;
  subject: string;
  /** ISO 8601, UTC. */
  time: string;
  correlationId: string;
  /** The W3C traceparent of what wrote the event; its delivery continues that trace. */
  traceparent?: string | null;
  data: unknown;
}

/** The CloudEvents 1.0 envelope of an outbox row: what subscribers and the stream receive. */
export function cloudEventOf(row: OutboxRow): CloudEvent {
  return {
    specversion: '1.0',
    id: row.id,
    source: row.source,
    type: row.type,
    subject: row.subject,
    time: row.time,
    datacontenttype: 'application/json',
    correlationid: row.correlationId,
    data: row.data,
  };
}

/** SQL: the columns of {@link OutboxRow} from the outbox aliased `e`, with `time` as UTC ISO 8601. */
export const OUTBOX_ROW_COLUMNS = `e."id", e."type", e."source", e."subject", to_char(e."time", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "time", e."correlationId", e."traceparent", e."data"`;
