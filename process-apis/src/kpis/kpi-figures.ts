import type { KpiFigures } from '@crossdock/shared-contracts/contracts/api/process-kpis';

/** One row of KPI_STATEMENT: a window (and group) with its raw counts and durations. */
export interface KpiRow {
  key: string;
  /** The slice: the platform's ('none'), or the total's per 'channel' or per 'partner'. */
  dim: 'none' | 'channel' | 'partner';
  grp: string;
  orders: number;
  latency: number[] | null;
  exceptions: number;
  byReason: Record<string, number>;
  duplicates: number;
  inventoryDelay: number[] | null;
  noticeP95: number | null;
  openHolds: number;
  openDeadLetters: number;
  oldestSeconds: number | null;
  transient: number;
  recovered: number;
  meanResolutionSeconds: number | null;
  toShipped: number | null;
  toInvoiced: number | null;
  manual: number;
}

const ms = (value: number | undefined): number => Math.round(value ?? 0);
const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const orNull = (value: number | null): number | null => (value === null ? null : Number(value));

/** The figures a row gives: rates worked out, durations rounded to whole milliseconds. */
export function figuresOf(row: KpiRow | undefined): KpiFigures {
  if (!row) return figuresOf(EMPTY_ROW);
  const documentsReceived = row.orders + row.duplicates;
  return {
    documentsReceived,
    ordersReceived: row.orders,
    ingestionLatencyMs: row.latency
      ? { p50: ms(row.latency[0]), p95: ms(row.latency[1]), p99: ms(row.latency[2]) }
      : null,
    exceptions: row.exceptions,
    exceptionRate: ratio(row.exceptions, row.orders),
    exceptionsByReason: Object.fromEntries(Object.entries(row.byReason).map(([reason, n]) => [reason, Number(n)])),
    duplicatesRefused: row.duplicates,
    duplicateRate: ratio(row.duplicates, documentsReceived),
    inventorySyncDelayMs: row.inventoryDelay
      ? { p50: ms(row.inventoryDelay[0]), p95: ms(row.inventoryDelay[1]) }
      : null,
    shipmentNotificationDelayMs: row.noticeP95 === null ? null : { p95: ms(row.noticeP95) },
    openDeadLetters: row.openDeadLetters,
    openHolds: row.openHolds,
    oldestOpenExceptionAgeSeconds: row.oldestSeconds === null ? null : Math.floor(Number(row.oldestSeconds)),
    transientFailures: row.transient,
    transientRecovered: row.recovered,
    retrySuccessRate: row.transient === 0 ? null : row.recovered / row.transient,
    meanTimeToResolutionSeconds: orNull(row.meanResolutionSeconds),
    orderCycleTimeSeconds: { receivedToShipped: orNull(row.toShipped), receivedToInvoiced: orNull(row.toInvoiced) },
    manualActions: row.manual,
    manualActionsPer100Orders: row.orders === 0 ? null : (row.manual * 100) / row.orders,
  };
}

const EMPTY_ROW: KpiRow = {
  key: '',
  dim: 'none',
  grp: '',
  orders: 0,
  latency: null,
  exceptions: 0,
  byReason: {},
  duplicates: 0,
  inventoryDelay: null,
  noticeP95: null,
  openHolds: 0,
  openDeadLetters: 0,
  oldestSeconds: null,
  transient: 0,
  recovered: 0,
  meanResolutionSeconds: null,
  toShipped: null,
  toInvoiced: null,
  manual: 0,
};
