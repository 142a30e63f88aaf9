import type { WorkQueueTab } from '@crossdock/shared-contracts/contracts/process-work-queue';
import type { Page } from '../api/client';
import { useEffect, useState } from 'preact/hooks';
import type { ViewProps } from '../views';
import { Loading, ProblemMessage } from '../ui/states';
import { useLoad } from '../ui/use-load';
import { BulkAction } from './bulk-action';
import { OrderPanel } from './order-panel';
import { filterQuery, NO_FILTER, QueueFilters, type QueueFilter } from './queue-filters';
import './support.css';
import { DeadLetterQueue, HoldQueue, type QueueDeadLetter, type QueueHold, type QueueTab } from './work-queue';

const TABS: { id: QueueTab; label: string }[] = [
  { id: 'holds', label: 'Holds' },
  { id: 'dead-letters', label: 'Dead letters' },
];
const STATES: [WorkQueueTab, string][] = [
  ['open', 'Waiting for a person'],
  ['retrying', 'Back on the pipeline'],
  ['resolved', 'Resolved'],
];

/**
 * Integration support: the work queue (open holds and dead letters, filtered), the order chosen from
 * it with its timeline, raw document and canonical order, and the actions on it and in bulk.
 */
export function SupportView({ api, session, liveTick }: ViewProps) {
  const [tab, setTab] = useState<QueueTab>('holds');
  const [filter, setFilter] = useState<QueueFilter>(NO_FILTER);
  const [orderId, setOrderId] = useState<string | undefined>();
  const [state, setState] = useState<WorkQueueTab>('open');
  const holds = tab === 'holds';
  const query = filterQuery(holds ? filter : { ...filter, reasonCode: '' }, { tab: state });
  const queue = useLoad(
    () => api.get<Page<QueueHold | QueueDeadLetter>>(`/process/v1/${tab}${query}`),
    `${tab}${query}#${liveTick}`,
  );
  const mayAct = session.scopes.includes('process:write');
  // When the queue first shows: the console's first-load benchmark reads this mark.
  const shown = Boolean(queue.data || queue.error);
  useEffect(() => {
    if (shown && performance.getEntriesByName('console:queue-ready').length === 0)
      performance.mark('console:queue-ready');
  }, [shown]);
  return (
    <main class="view support">
      <h1>Integration support</h1>
      {orderId ? (
        <OrderPanel
          key={orderId}
          api={api}
          orderId={orderId}
          mayAct={mayAct}
          liveTick={liveTick}
          onClose={() => setOrderId(undefined)}
          onActed={queue.reload}
        />
      ) : (
        <section class="queue-pane" aria-labelledby="queue-title">
          <h2 id="queue-title" class="visually-hidden">
            Work queue
          </h2>
          <div class="tab-row">
            <div role="tablist" aria-label="Work queue" class="tabs">
              {TABS.map((candidate) => (
                <button
                  key={candidate.id}
                  type="button"
                  role="tab"
                  aria-selected={candidate.id === tab}
                  onClick={() => setTab(candidate.id)}
                >
                  {candidate.label}
                </button>
              ))}
            </div>
            <label class="state">
              Show
              <select
                value={state}
                onChange={(event) => setState((event.target as HTMLSelectElement).value as WorkQueueTab)}
              >
                {STATES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <QueueFilters filter={filter} onChange={setFilter} holds={holds} />
          {mayAct && state === 'open' && <BulkAction api={api} tab={tab} filter={filter} onDone={queue.reload} />}
          <div role="tabpanel" aria-busy={queue.loading}>
            <ProblemMessage error={queue.error} />
            {queue.loading && !queue.data && <Loading what="the work queue" />}
            {queue.data &&
              (holds ? (
                <HoldQueue items={queue.data.items as QueueHold[]} selectedOrderId={orderId} onSelect={setOrderId} />
              ) : (
                <DeadLetterQueue
                  items={queue.data.items as QueueDeadLetter[]}
                  selectedOrderId={orderId}
                  onSelect={setOrderId}
                />
              ))}
            {queue.data?.nextCursor && <p class="hint">More match: narrow the filters to see them.</p>}
          </div>
        </section>
      )}
    </main>
  );
}
