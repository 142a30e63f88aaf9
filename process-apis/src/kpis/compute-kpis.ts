import type { KpiBucket, KpiFigures, KpiReport } from '@crossdock/shared-contracts/contracts/api/process-kpis';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProcessDatabase } from '../database';
import { figuresOf, type KpiRow } from './kpi-figures';
import { KPI_STATEMENT } from './kpi-statement';
import { countOrdersWaitingForErp } from './orders-waiting-for-erp';

export interface KpiWindow {
  from: Date;
  to: Date;
  channel?: string;
  partner?: string;
}

export interface KpiQuery extends KpiWindow {
  bucket: KpiBucket;
}

type KpiDatabase = Pick<ProcessDatabase, 'sql' | 'tradingPartner'>;

const BUCKET_MS: Record<KpiBucket, number> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };
// Buckets follow the clock (UTC): hours and days from 1970-01-01, weeks from Monday 1970-01-05.
const BUCKET_ORIGIN_MS: Record<KpiBucket, number> = { hour: 0, day: 0, week: 4 * 86_400_000 };
// A chart has at most this many points; a longer span asks for a longer bucket.
const MAX_BUCKETS = 1000;
const TOTAL = 'total';
const PREVIOUS = 'previous';

/** The figures of one window (the alerts compare them with their thresholds). */
export async function computeKpiFigures(db: Pick<ProcessDatabase, 'sql'>, window: KpiWindow): Promise<KpiFigures> {
  checkWindow(window);
  const [rows, waiting] = await Promise.all([
    kpiRows(db, window, [{ key: TOTAL, start: window.from, end: window.to }], false, null),
    countOrdersWaitingForErp(db, window),
  ]);
  return { ...figuresOf(rows[0]), ordersWaitingForErp: waiting.total };
}

/**
 * The report: the window, the same length before it, its buckets, and the window per channel and
 * per partner. Buckets are the clock's (UTC hours, days, ISO weeks from Monday 00:00): the first starts at `from`
 * and the last ends at `to`, both may be shorter.
 */
export async function computeKpis(db: KpiDatabase, query: KpiQuery): Promise<KpiReport> {
  checkWindow(query);
  const { from, to, bucket } = query;
  const length = to.getTime() - from.getTime();
  const buckets = bucketsOf(from, to, bucket);
  const windows = [
    { key: TOTAL, start: from, end: to },
    { key: PREVIOUS, start: new Date(from.getTime() - length), end: from },
    ...buckets.map((each, index) => ({ key: String(index), ...each })),
  ];
  const [rows, waiting] = await Promise.all([
    kpiRows(db, query, windows, true, bucket),
    countOrdersWaitingForErp(db, query),
  ]);
  const byKey = new Map(rows.filter((row) => row.dim === 'none').map((row) => [row.key, row]));
  const perChannel = rows.filter((row) => row.dim === 'channel');
  const perPartner = rows.filter((row) => row.dim === 'partner');
  const partners = await db.tradingPartner.findMany({
    where: { id: { in: perPartner.map((row) => row.grp).filter(Boolean) } },
    select: { id: true, name: true },
  });
  const names = new Map(partners.map((partner) => [partner.id, partner.name]));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    bucket,
    filters: {
      ...(query.channel ? { channel: query.channel } : {}),
      ...(query.partner ? { partner: query.partner } : {}),
    },
    totals: { ...figuresOf(byKey.get(TOTAL)), ordersWaitingForErp: waiting.total },
    previousPeriod: figuresOf(byKey.get(PREVIOUS)),
    buckets: buckets.map((each, index) => ({
      start: each.start.toISOString(),
      end: each.end.toISOString(),
      figures: figuresOf(byKey.get(String(index))),
    })),
    byChannel: perChannel
      .map((row) => ({
        channel: row.grp,
        figures: { ...figuresOf(row), ordersWaitingForErp: waiting.byChannel.get(row.grp) ?? 0 },
      }))
      .sort((a, b) => a.channel.localeCompare(b.channel)),
    // Orders that came through no partner (the API, the portal) are in no partner's figures.
    byPartner: perPartner
      .filter((row) => row.grp !== '')
      .map((row) => ({
        partnerId: row.grp,
        partnerName: names.get(row.grp) ?? row.grp,
        figures: { ...figuresOf(row), ordersWaitingForErp: waiting.byPartner.get(row.grp) ?? 0 },
      }))
      .sort((a, b) => a.partnerId.localeCompare(b.partnerId)),
  };
}

/** `bucket` when given, else hours for up to two days and days beyond. */
export function defaultBucket(from: Date, to: Date): KpiBucket {
  return to.getTime() - from.getTime() <= 2 * BUCKET_MS.day ? 'hour' : 'day';
}

function bucketsOf(from: Date, to: Date, bucket: KpiBucket): { start: Date; end: Date }[] {
  const [step, origin] = [BUCKET_MS[bucket], BUCKET_ORIGIN_MS[bucket]];
  const first = Math.floor((from.getTime() - origin) / step);
  const count = Math.ceil((to.getTime() - origin) / step) - first;
  if (count > MAX_BUCKETS)
    throw new ValidationError(
      `${count} ${bucket} buckets are too many (at most ${MAX_BUCKETS}); ask for longer ones.`,
      [{ field: 'bucket', message: `at most ${MAX_BUCKETS} buckets between from and to` }],
    );
  return Array.from({ length: count }, (_, index) => ({
    start: new Date(Math.max(origin + (first + index) * step, from.getTime())),
    end: new Date(Math.min(origin + (first + index + 1) * step, to.getTime())),
  }));
}

export function checkWindow(window: KpiWindow): void {
  for (const field of ['from', 'to'] as const)
    if (Number.isNaN(window[field].getTime()))
      throw new ValidationError(`"${field}" is not a date and time.`, [{ field, message: 'an ISO 8601 date-time' }]);
  if (window.from.getTime() >= window.to.getTime())
    throw new ValidationError('"from" must be before "to".', [{ field: 'from', message: 'before to' }]);
}

async function kpiRows(
  db: Pick<ProcessDatabase, 'sql'>,
  window: KpiWindow,
  windows: { key: string; start: Date; end: Date }[],
  slices: boolean,
  bucket: KpiBucket | null,
): Promise<KpiRow[]> {
  const lo = new Date(Math.min(...windows.map(({ start }) => start.getTime())));
  // The rollups of the windows' dirty closed hours, first, in their own short transaction (the statement
  // reads the facts of any hour still dirty, so a rebuild left to another report changes no figure).
  await db.sql.query(
    `select crossdock_rebuild_kpi_hours(($1::timestamptz at time zone 'UTC'), ($2::timestamptz at time zone 'UTC'))`,
    [lo.toISOString(), window.to.toISOString()],
  );
  // Unnamed, so planned for each call's windows and filters: a named statement turns to PostgreSQL's generic
  // plan after five calls, which over 1,000,000 orders took a day's report from 0.4 s to 10 s (docs/performance.md).
  const { rows } = await db.sql.query<KpiRow>({
    text: KPI_STATEMENT,
    values: [
      JSON.stringify(
        windows.map(({ key, start, end }) => ({ key, start: start.toISOString(), end: end.toISOString() })),
      ),
      window.channel ?? null,
      window.partner ?? null,
      slices,
      bucket && BUCKET_MS[bucket],
      bucket && BUCKET_ORIGIN_MS[bucket],
    ],
  });
  return rows;
}
