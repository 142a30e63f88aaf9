import { useEffect } from 'preact/hooks';
import type { Api } from '../api/client';
import { dateTime, Empty, Loading, ProblemMessage } from '../ui/states';
import { useLoad } from '../ui/use-load';
import { OrderActions } from './order-actions';
import { loadWorkbench, type OrderWorkbench } from './support-api';

type OrderSource = OrderWorkbench['sources'][number];

interface OrderPanelProps {
  api: Api;
  orderId: string;
  mayAct: boolean;
  liveTick: number;
  onClose: () => void;
  onActed: () => void;
}

/** One order as support judges it: status, timeline, the document as it arrived beside the canonical order. */
export function OrderPanel({ api, orderId, mayAct, liveTick, onClose, onActed }: OrderPanelProps) {
  const workbench = useLoad(() => loadWorkbench(api, orderId), `${orderId}#${liveTick}`);
  const data = workbench.data;
  const order = data?.order;
  // Keyboard users land on the order they opened; Back returns them to the queue.
  useEffect(() => document.getElementById('order-title')?.focus(), []);
  return (
    <section class="order-panel" aria-labelledby="order-title">
      <div class="panel-head">
        <button type="button" class="secondary" onClick={onClose}>
          ← Back to the queue
        </button>
        <h2 id="order-title" tabIndex={-1}>
          Order {order ? (order.sourceOrderId ?? order.id) : orderId}
        </h2>
        {order && (
          <dl class="facts">
            <dt>Status</dt>
            <dd>
              <span class={`status status-${order.status.toLowerCase()}`} data-testid="order-status">
                {order.status}
              </span>
            </dd>
            <dt>Channel</dt>
            <dd>{order.channel}</dd>
            <dt>Customer</dt>
            <dd>{order.customerId}</dd>
            <dt>ERP order</dt>
            <dd data-testid="erp-order">{order.erpOrderId ?? 'not yet'}</dd>
            {order.total && (
              <>
                <dt>Total</dt>
                <dd>
                  {order.total} {order.currency}
                </dd>
              </>
            )}
          </dl>
        )}
      </div>
      <ProblemMessage error={workbench.error} />
      {!data && workbench.loading && <Loading what="the order" />}
      {data && order && (
        <>
          {mayAct && <OrderActions api={api} workbench={data} onActed={() => (workbench.reload(), onActed())} />}
          <div class="side-by-side">
            <SourceDocument source={data.sources[0]} />
            <section aria-labelledby="canonical-title">
              <h3 id="canonical-title">Canonical order</h3>
              {data.sources[0]?.mapping && (
                <p class="hint">
                  Mapped with {data.sources[0].mapping.name} version {data.sources[0].mapping.version}
                  {data.sources[0].mapping.description ? ` (${data.sources[0].mapping.description})` : ''}
                </p>
              )}
              <pre class="document" tabIndex={0}>
                {JSON.stringify(headerFirst(data.canonical), null, 2)}
              </pre>
            </section>
          </div>
          <AuditTrail entries={data.audit} />
          <section aria-labelledby="timeline-title">
            <h3 id="timeline-title">Timeline</h3>
            <ol class="timeline">
              {order.timeline.map((entry, index) => (
                <li key={index} class={`outcome-${entry.outcome}`}>
                  <span class="step">{entry.step}</span> <span class="outcome">{entry.outcome}</span>
                  {entry.detail && <span class="detail"> {entry.detail}</span>}
                  <div class="meta">
                    {dateTime(entry.at)} · {entry.actor} · correlation {entry.correlationId}
                  </div>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </section>
  );
}

/** The document as it arrived (an X12 interchange shown one segment a line). */
function SourceDocument({ source }: { source?: OrderSource }) {
  if (!source)
    return (
      <section aria-labelledby="raw-title">
        <h3 id="raw-title">Document as received</h3>
        <Empty>This order was placed through the API: there is no inbound document.</Empty>
      </section>
    );
  const { document } = source;
  const part = source.parts[0];
  const raw = part?.text === undefined ? undefined : readable(part.text, part.contentType);
  return (
    <section aria-labelledby="raw-title">
      <h3 id="raw-title">Document as received</h3>
      <p class="hint">
        {document.kind}
        {document.partnerId ? ` from ${document.partnerId}` : ''}, {dateTime(document.receivedAt)}
      </p>
      {raw === undefined ? (
        <Empty>The document is too large to show here{part ? ` (${part.sizeBytes} bytes)` : ''}.</Empty>
      ) : (
        <pre class="document" tabIndex={0} data-testid="raw-document">
          {raw}
        </pre>
      )}
    </section>
  );
}

function readable(raw: string, contentType = ''): string {
  if (contentType.includes('x12') || raw.startsWith('ISA')) return raw.replace(/~\s*/g, '~\n');
  if (contentType.includes('json')) {
    try {
      return JSON.stringify(JSON.parse(raw), null, 2);
    } catch {
      return raw;
    }
  }
  return raw;
}

/** Who did what to this order from the work queue, and why. */
function AuditTrail({ entries }: { entries: OrderWorkbench['audit'] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="audit-title">
      <h3 id="audit-title">Support actions</h3>
      <ul class="audit">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.action}</strong> by {entry.actor}, {dateTime(entry.at)}
            {entry.comment && <q>{entry.comment}</q>}
          </li>
        ))}
      </ul>
    </section>
  );
}

// The order's header (who, where, which PO) reads before its lines, whatever order the JSON came in.
const HEADER = ['channel', 'sourceOrderId', 'customerId', 'purchaseOrderNumber', 'currency', 'orderedAt', 'shipTo'];
function headerFirst(order: object): object {
  const entries = Object.entries(order);
  const rank = (key: string) =>
    HEADER.includes(key) ? HEADER.indexOf(key) : key === 'lines' ? HEADER.length + 1 : HEADER.length;
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b)));
}
