import { useState } from 'preact/hooks';
import type { Api } from '../api/client';
import { ProblemMessage } from '../ui/states';
import type { QueueFilter } from './queue-filters';
import { bulkByFilter, type BulkOutcome } from './support-api';

/**
 * Bulk release (holds) or bulk replay (dead letters) of everything the filters match: the count
 * comes first (a dry run), and acting needs a comment.
 */
export function BulkAction(props: {
  api: Api;
  tab: 'holds' | 'dead-letters';
  filter: QueueFilter;
  onDone: () => void;
}) {
  const { api, tab } = props;
  const filter: Record<string, string> = tab === 'holds' ? { ...props.filter } : { ...props.filter, reasonCode: '' };
  const key = JSON.stringify([tab, filter]);
  const [counted, setCounted] = useState<{ key: string; outcome: BulkOutcome } | undefined>();
  const [comment, setComment] = useState('');
  const [result, setResult] = useState<{ done?: string; error?: unknown }>({});
  const [busy, setBusy] = useState(false);
  const verb = tab === 'holds' ? 'Release' : 'Replay';
  const current = counted?.key === key ? counted.outcome : undefined;

  async function run(dryRun: boolean) {
    setBusy(true);
    setResult({});
    try {
      if (dryRun) setCounted({ key, outcome: await bulkByFilter(api, tab, filter, { dryRun: true }) });
      else {
        const outcome = await bulkByFilter(api, tab, filter, { dryRun: false, comment });
        const count = 'released' in outcome ? `${outcome.released} released` : `${outcome.replayed} replayed`;
        setResult({ done: outcome.more ? `${count}; more match: count and act again for the rest` : count });
        setCounted(undefined);
        setComment('');
        props.onDone();
      }
    } catch (error) {
      setResult({ error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details class="bulk">
      <summary>{verb} all that match the filters</summary>
      <p class="hint">First count what matches; nothing is done until you confirm with a comment.</p>
      <button type="button" class="secondary" disabled={busy} onClick={() => run(true)}>
        Count what matches
      </button>
      {current && (
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(false);
          }}
        >
          <p role="status" data-testid="bulk-count">
            {current.matched} {tab === 'holds' ? 'open hold(s)' : 'dead letter(s)'} match.
          </p>
          <label>
            Comment (why; required)
            <input
              name="bulk-comment"
              required
              value={comment}
              onInput={(event) => setComment((event.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" disabled={busy || current.matched === 0}>
            {verb} {current.matched}
          </button>
        </form>
      )}
      {result.done && <p role="status">{result.done}.</p>}
      <ProblemMessage error={result.error} />
    </details>
  );
}
