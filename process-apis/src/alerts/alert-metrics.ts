import type { AlertMetric } from '@crossdock/shared-contracts/contracts/api/process-alerts';
import type { KpiFigures } from '@crossdock/shared-contracts/contracts/api/process-kpis';

type Unit = 'rate' | 'count' | 'ms' | 'seconds' | 'per100';

interface MetricDefinition {
  label: string;
  unit: Unit;
  /** The figure; null when the window has nothing to measure it on (no order reached the ERP...). */
  read(figures: KpiFigures): number | null;
  /** A backlog figure: what is open at the window's end, not what happened in it. */
  backlog?: true;
  /** What the figure is made of, in words, after the figure itself. */
  detail?(figures: KpiFigures): string;
}

const topReason = (figures: KpiFigures): string => {
  const [reason] = Object.entries(figures.exceptionsByReason).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  return reason ? ` — top reason ${reason[0]}` : '';
};

const exceptionDetail = (figures: KpiFigures) =>
  `${figures.exceptions} of ${figures.ordersReceived} orders held or dead-lettered${topReason(figures)}`;

/** The KPI figures an alert rule may watch: computeKpiFigures' own, by name. */
export const ALERT_METRICS: Record<AlertMetric, MetricDefinition> = {
  exceptionRate: { label: 'Exception rate', unit: 'rate', read: (f) => f.exceptionRate, detail: exceptionDetail },
  exceptions: { label: 'Exceptions', unit: 'count', read: (f) => f.exceptions, detail: exceptionDetail },
  duplicateRate: {
    label: 'Duplicate rate',
    unit: 'rate',
    read: (f) => f.duplicateRate,
    detail: (f) => `${f.duplicatesRefused} of ${f.documentsReceived} order documents refused as duplicates`,
  },
  openHolds: {
    label: 'Number of orders on hold',
    unit: 'count',
    backlog: true,
    read: (f) => f.openHolds,
    detail: (f) => `${f.openDeadLetters} dead letters open beside them`,
  },
  openDeadLetters: {
    label: 'Number of open dead letters',
    unit: 'count',
    backlog: true,
    read: (f) => f.openDeadLetters,
    detail: (f) => `${f.openHolds} orders on hold beside them`,
  },
  ordersWaitingForErp: {
    label: 'Number of orders waiting for the ERP',
    unit: 'count',
    backlog: true,
    read: (f) => f.ordersWaitingForErp ?? 0,
    detail: () => 'they go on by themselves once the ERP answers again',
  },
  oldestOpenExceptionAgeSeconds: {
    label: 'Age of the oldest open hold or dead letter',
    unit: 'seconds',
    backlog: true,
    read: (f) => f.oldestOpenExceptionAgeSeconds,
  },
  'ingestionLatencyMs.p50': {
    label: 'Median time from order received to ERP',
    unit: 'ms',
    read: (f) => f.ingestionLatencyMs?.p50 ?? null,
  },
  'ingestionLatencyMs.p95': {
    label: '95th percentile time from order received to ERP',
    unit: 'ms',
    read: (f) => f.ingestionLatencyMs?.p95 ?? null,
  },
  'ingestionLatencyMs.p99': {
    label: '99th percentile time from order received to ERP',
    unit: 'ms',
    read: (f) => f.ingestionLatencyMs?.p99 ?? null,
  },
  'inventorySyncDelayMs.p95': {
    label: '95th percentile stock sync delay',
    unit: 'ms',
    read: (f) => f.inventorySyncDelayMs?.p95 ?? null,
  },
  'shipmentNotificationDelayMs.p95': {
    label: '95th percentile shipment notification delay',
    unit: 'ms',
    read: (f) => f.shipmentNotificationDelayMs?.p95 ?? null,
  },
  retrySuccessRate: {
    label: 'Retry success rate',
    unit: 'rate',
    read: (f) => f.retrySuccessRate,
    detail: (f) => `${f.transientRecovered} of ${f.transientFailures} retried orders went through`,
  },
  meanTimeToResolutionSeconds: {
    label: 'Mean time to resolve a hold or dead letter',
    unit: 'seconds',
    read: (f) => f.meanTimeToResolutionSeconds,
  },
  manualActionsPer100Orders: {
    label: 'Manual actions per 100 orders',
    unit: 'per100',
    read: (f) => f.manualActionsPer100Orders,
    detail: (f) => `${f.manualActions} manual actions on ${f.ordersReceived} orders`,
  },
};

export const ALERT_METRIC_NAMES = Object.keys(ALERT_METRICS) as AlertMetric[];

const trimmed = (value: number, digits: number): string => String(Number(value.toFixed(digits)));

/** A figure as a person reads it: 0.25 as "25%", 93000 ms as "93 s", 5400 s as "1.5 h". */
export function formatFigure(unit: Unit, value: number): string {
  switch (unit) {
    case 'rate':
      return `${trimmed(value * 100, 1)}%`;
    case 'ms':
      return value < 1000 ? `${Math.round(value)} ms` : `${trimmed(value / 1000, 1)} s`;
    case 'seconds':
      if (value < 120) return `${Math.round(value)} s`;
      return value < 7200 ? `${trimmed(value / 60, 1)} min` : `${trimmed(value / 3600, 1)} h`;
    default:
      return trimmed(value, 2);
  }
}

/** "the last 15 minutes", "the last 2 hours", "the last day". */
export function formatWindow(minutes: number): string {
  const [amount, unit] =
    minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return amount === 1 ? `the last ${unit}` : `the last ${amount} ${unit}s`;
}

/** Whether a figure breaks the rule: a figure that cannot be measured (null) breaks none. */
export function breaches(value: number | null, comparison: 'above' | 'below', threshold: number): boolean {
  if (value === null) return false;
  return comparison === 'above' ? value > threshold : value < threshold;
}
