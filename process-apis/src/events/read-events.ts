import type { PublishedEvent } from '@crossdock/shared-contracts/contracts/process-events';
import { ValidationError } from '@crossdock/shared-contracts/errors/errors';
import type { ProcessDatabase } from '../database';
import { cloudEventOf, OUTBOX_ROW_COLUMNS, type OutboxRow } from './cloud-event-of';
import { typeMatches } from './fan-out';

/** Which events a reader wants: after a position, of some types (exact or `prefix*`), about one subject. */
export interface EventFilter {
  after?: bigint;
  types?: string[];
  subject?: string;
  limit: number;
}

/**
 * Events in position order, past `after`, among those whose transaction has ended (see fan-out.ts:
 * a reader that resumes from a position must never have passed one still being committed).
 */
export async function readEvents(db: ProcessDatabase, filter: EventFilter): Promise<PublishedEvent[]> {
  const types = filter.types?.filter((type) => type.length > 0) ?? [];
  const { rows } = await db.sql.query<OutboxRow & { position: string }>(
    `select ${OUTBOX_ROW_COLUMNS}, e."position"::text as "position" from "OutboxEvent" as e
      where e."position" > $1::bigint and e."txid" < (select pg_snapshot_xmin(pg_current_snapshot()))
        and ($2::text[] is null or ${typeMatches('$2::text[]', 'e."type"')})
        and ($3::text is null or e."subject" = $3)
      order by e."position" limit $4`,
    [String(filter.after ?? 0n), types.length > 0 ? types : null, filter.subject ?? null, filter.limit],
  );
  return rows.map((row) => ({ ...cloudEventOf(row), position: row.position }));
}

/** A position as a client sends it (`Last-Event-ID`, `after`); anything else is a 400. */
export function parsePosition(value: string | undefined, field: string): bigint | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d{1,18}$/.test(value.trim())) throw new ValidationError(`${field} is an event position (the stream's event id).`, [{ field, message: 'not an event position' }]);
  return BigInt(value.trim());
}
