import { useMemo, useState } from 'preact/hooks';
import '../ui/figures.css';
import type { ViewProps } from '../views';
import { Empty, Loading, ProblemMessage, dateTime } from '../ui/states';
import { duration, lastHours, percent, query, seconds } from '../ui/format';
import { TimeChart } from '../ui/time-chart';
import { useLoad } from '../ui/use-load';
import type { KpiFigures, KpiReport } from '@crossdock/shared-contracts/contracts/api/process-kpis';
import type { PartnerHealthReport } from '@crossdock/shared-contracts/contracts/api/process-partner-health';
import { PartnerHealthTable } from './partner-health';

const PERIODS = [
  { hours: 24, label: 'Last 24 hours' },
  { hours: 24 * 7, label: 'Last 7 days' },
  { hours: 24 * 30, label: 'Last 30 days' },
];

/**
 * The operations manager's view: the KPIs over time (charts and their figures), per channel and per
 * partner, the backlog by reason and age, partner health and the service levels breached.
 */
export function ManagerView({ api, liveTick }: ViewProps) {
  const [hours, setHours] = useState(24);
  const [channel, setChannel] = useState('');
  // The window is fixed when the period is chosen; the event stream reloads it.
  const window = useMemo(() => lastHours(hours), [hours, liveTick]);
  const path = query({ ...window, channel: channel || undefined });
  const kpis = useLoad(() => api.get<KpiReport>(`/process/v1/kpis${path}`), path);
  const health = useLoad(
    () => api.get<PartnerHealthReport>(`/process/v1/partner-health${query(window)}`),
    JSON.stringify(window),
  );
  return (
    <main class="view manager">
      <h1>Operations</h1>
      <div class="filters">
        <label>
          Period
          <select value={hours} onChange={(event) => setHours(Number(event.currentTarget.value))}>
            {PERIODS.map((period) => (
              <option key={period.hours} value={period.hours}>
                {period.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Channel
          <input value={channel} placeholder="all" onChange={(event) => setChannel(event.currentTarget.value.trim())} />
        </label>
      </div>
      <ProblemMessage error={kpis.error ?? health.error} />
      {health.data && <Breaches report={health.data} />}
      {kpis.loading && !kpis.data && <Loading what="the KPIs" />}
      {kpis.data && <KpiSection report={kpis.data} />}
      {health.data && <PartnerHealthTable report={health.data} />}
    </main>
  );
}

function Breaches({ report }: { report: PartnerHealthReport }) {
  if (report.breaches.length === 0)
    return (
      <p class="done" role="status">
        Every service level met (ingestion p95 ≤ {report.targets.ingestionLatencyP95Minutes} min, backlog ≤{' '}
        {report.targets.backlogAgeHours} h, partner errors ≤ {percent(report.targets.partnerErrorRate)}, 997 within{' '}
        {report.targets.acknowledgementHours} h).
      </p>
    );
  return (
    <section class="problem breaches" aria-labelledby="breaches-title">
      <strong id="breaches-title">Service levels breached</strong>
      <ul>
        {report.breaches.map((breach) => (
          <li key={`${breach.target}:${breach.partnerId ?? ''}`} data-testid="breach">
            {breach.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}

const TILES: { label: string; test: string; value: (figures: KpiFigures) => string }[] = [
  { label: 'Orders received', test: 'orders-received', value: (f) => String(f.ordersReceived) },
  { label: 'Ingestion p95', test: 'latency-p95', value: (f) => duration(f.ingestionLatencyMs?.p95) },
  { label: 'Exception rate', test: 'exception-rate', value: (f) => percent(f.exceptionRate) },
  { label: 'Duplicates refused', test: 'duplicates', value: (f) => String(f.duplicatesRefused) },
  { label: 'Open holds', test: 'open-holds', value: (f) => String(f.openHolds) },
  { label: 'Open dead letters', test: 'open-dead-letters', value: (f) => String(f.openDeadLetters) },
  // Now only: a wait is not kept as history, so an earlier period shows none.
  {
    label: 'Waiting for the ERP',
    test: 'waiting-for-erp',
    value: (f) => (f.ordersWaitingForErp === undefined ? '—' : String(f.ordersWaitingForErp)),
  },
  { label: 'Oldest open exception', test: 'oldest-exception', value: (f) => seconds(f.oldestOpenExceptionAgeSeconds) },
  { label: 'Retry success', test: 'retry-success', value: (f) => percent(f.retrySuccessRate) },
  { label: 'Time to resolution', test: 'mttr', value: (f) => seconds(f.meanTimeToResolutionSeconds) },
];

function KpiSection({ report }: { report: KpiReport }) {
  const times = useMemo(() => report.buckets.map((bucket) => Date.parse(bucket.start)), [report]);
  const volumes = useMemo(
    () => [
      { label: 'Orders', color: '#1f5fbf', values: report.buckets.map((b) => b.figures.ordersReceived) },
      { label: 'Exceptions', color: '#b3261e', values: report.buckets.map((b) => b.figures.exceptions) },
    ],
    [report],
  );
  const latency = useMemo(
    () => [
      {
        label: 'p95 latency (s)',
        color: '#9a6200',
        values: report.buckets.map((b) =>
          b.figures.ingestionLatencyMs ? b.figures.ingestionLatencyMs.p95 / 1000 : null,
        ),
      },
    ],
    [report],
  );
  const reasons = Object.entries(report.totals.exceptionsByReason).sort((a, b) => b[1] - a[1]);
  return (
    <>
      <section aria-labelledby="kpi-title">
        <h2 id="kpi-title">
          KPIs, {dateTime(report.from)} – {dateTime(report.to)}
        </h2>
        <dl class="tiles">
          {TILES.map((tile) => (
            <div key={tile.test}>
              <dt>{tile.label}</dt>
              <dd data-testid={`kpi-${tile.test}`}>{tile.value(report.totals)}</dd>
              <dd class="previous">before: {tile.value(report.previousPeriod)}</dd>
            </div>
          ))}
        </dl>
        <div class="charts">
          <TimeChart title={`Orders and exceptions per ${report.bucket}`} times={times} series={volumes} />
          <TimeChart title={`Ingestion latency p95 per ${report.bucket}`} times={times} series={latency} />
        </div>
      </section>
      <div class="side-by-side">
        <section aria-labelledby="backlog-title">
          <h3 id="backlog-title">Exceptions by reason</h3>
          {reasons.length === 0 ? (
            <Empty>No exceptions in this period.</Empty>
          ) : (
            <table class="queue">
              <thead>
                <tr>
                  <th>Reason</th>
                  <th>Orders</th>
                </tr>
              </thead>
              <tbody>
                {reasons.map(([reason, count]) => (
                  <tr key={reason}>
                    <td>{reason}</td>
                    <td>{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p class="hint">
            Backlog at the end of the period: {report.totals.openHolds} open holds, {report.totals.openDeadLetters} dead
            letters, the oldest {seconds(report.totals.oldestOpenExceptionAgeSeconds)} old.
          </p>
        </section>
        <Breakdown
          title="By channel"
          column="Channel"
          rows={report.byChannel.map((row) => ({ key: row.channel, name: row.channel, figures: row.figures }))}
        />
      </div>
      <Breakdown
        title="By partner"
        column="Partner"
        rows={report.byPartner.map((row) => ({ key: row.partnerId, name: row.partnerName, figures: row.figures }))}
      />
    </>
  );
}

function Breakdown(props: {
  title: string;
  column: string;
  rows: { key: string; name: string; figures: KpiFigures }[];
}) {
  const { title, rows } = props;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <Empty>No orders in this period.</Empty>
      ) : (
        <table class="queue">
          <thead>
            <tr>
              <th>{props.column}</th>
              <th>Orders</th>
              <th>Exception rate</th>
              <th>Ingestion p95</th>
              <th>Open holds</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>{row.name}</td>
                <td>{row.figures.ordersReceived}</td>
                <td>{percent(row.figures.exceptionRate)}</td>
                <td>{duration(row.figures.ingestionLatencyMs?.p95)}</td>
                <td>{row.figures.openHolds}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
