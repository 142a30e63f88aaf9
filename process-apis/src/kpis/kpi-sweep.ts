import type { ProcessDatabase } from '../database';

/** The dirty closed hours rebuilt per sweep, by default: an hour's rebuild reads its few thousand facts. */
export const SWEEP_HOURS = 24;

// The oldest closed hours still marked, as one range for crossdock_rebuild_kpi_hours: the rebuild takes only
// the marked hours inside it, so a range spanning idle days costs nothing more than its marked hours.
const OLDEST_DIRTY = `
  select min("hour")::text as lo, (max("hour") + interval '1 hour')::text as hi from (
    select distinct "hour" from "KpiDirtyHour"
     where "hour" <= (statement_timestamp() at time zone 'UTC') - interval '1 hour'
     order by "hour" limit $1
  ) as oldest`;

/**
 * Rebuilds the rollups of the oldest closed hours still marked dirty, at most `maxHours` of them (a report
 * rebuilds only its windows' hours: the marks of hours no report covers would otherwise pile up, a few
 * thousand an hour). Another rebuild running makes it a no-op (the next sweep goes on). The hours rebuilt.
 */
export async function sweepDirtyKpiHours(db: Pick<ProcessDatabase, 'sql'>, maxHours = SWEEP_HOURS): Promise<number> {
  // Timestamps as text, so no time zone of this process shifts them (the marks' hours are UTC).
  const { rows } = await db.sql.query<{ lo: string | null; hi: string | null }>(OLDEST_DIRTY, [maxHours]);
  const range = rows[0];
  if (!range?.lo || !range.hi) return 0;
  const rebuilt = await db.sql.query<{ hours: number }>(
    `select crossdock_rebuild_kpi_hours($1::timestamp(3), $2::timestamp(3)) as hours`,
    [range.lo, range.hi],
  );
  return rebuilt.rows[0]?.hours ?? 0;
}
