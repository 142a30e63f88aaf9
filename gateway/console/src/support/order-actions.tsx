import { useState } from 'preact/hooks';
import type { Api } from '../api/client';
import { ProblemMessage } from '../ui/states';
import {
  actOnHold,
  editCanonicalOrder,
  fixCrossReference,
  replayDeadLetter,
  type HoldAction,
  type OrderWorkbench,
} from './support-api';

const HOLD_ACTIONS: { action: HoldAction; label: string; done: string }[] = [
  { action: 'release', label: 'Release', done: 'Hold released' },
  { action: 'override', label: 'Override', done: 'Hold overridden' },
  { action: 'reject', label: 'Reject order', done: 'Order rejected' },
];

/**
 * What support may do to the order, each with a comment saying why (the audit trail keeps who and
 * why): release, override or reject a hold; replay a dead letter; fix a partner's cross-reference
 * and replay; correct the canonical order and replay.
 */
export function OrderActions({
  api,
  workbench,
  onActed,
}: {
  api: Api;
  workbench: OrderWorkbench;
  onActed: () => void;
}) {
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ done?: string; error?: unknown }>({});
  const { order } = workbench;
  const openHolds = order.holds.filter((hold) => hold.status === 'open');
  const openDeadLetters = order.deadLetters.filter((letter) => !letter.replayedAt);
  const partnerId = workbench.sources.find((source) => source.document.partnerId)?.document.partnerId;

  async function act(done: string, run: () => Promise<unknown>) {
    if (!comment.trim()) {
      setOutcome({ error: new Error('Say why in the comment first: every action is recorded with who and why.') });
      document.getElementById('action-comment')?.focus();
      return;
    }
    setBusy(true);
    setOutcome({});
    try {
      await run();
      setOutcome({ done });
      setComment('');
      onActed();
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="actions" aria-labelledby="actions-title">
      <h3 id="actions-title">Actions</h3>
      <label for="action-comment">Comment (why; required)</label>
      <textarea
        id="action-comment"
        rows={2}
        value={comment}
        onInput={(event) => setComment((event.target as HTMLTextAreaElement).value)}
      />
      {openHolds.length === 0 && openDeadLetters.length === 0 && (
        <p class="hint">This order has no open hold or dead letter.</p>
      )}
      <ul class="open-items">
        {openHolds.map((hold) => (
          <li key={hold.id}>
            <span class="reason">{hold.reasonCode}</span> {hold.detail}
            <span class="buttons">
              {HOLD_ACTIONS.map(({ action, label, done }) => (
                <button
                  key={action}
                  type="button"
                  class={action === 'reject' ? 'danger' : 'secondary'}
                  disabled={busy}
                  onClick={() => act(done, () => actOnHold(api, hold.id, action, comment))}
                >
                  {label}
                </button>
              ))}
            </span>
          </li>
        ))}
        {openDeadLetters.map((letter) => (
          <li key={letter.id}>
            <span class="reason">dead letter at {letter.step}</span> {letter.lastError}
            <span class="buttons">
              <button
                type="button"
                disabled={busy}
                onClick={() => act('Replayed', () => replayDeadLetter(api, letter.id, comment))}
              >
                Replay
              </button>
            </span>
          </li>
        ))}
      </ul>
      {partnerId && (
        <CrossReferenceForm
          busy={busy}
          onFix={(fix) =>
            act('Cross-reference fixed; the partner’s held orders were mapped again', () =>
              fixCrossReference(api, partnerId, { ...fix, comment }),
            )
          }
        />
      )}
      <CanonicalEditor
        busy={busy}
        canonical={workbench.canonical}
        onSave={(edited) =>
          act('Canonical order corrected and replayed', () => editCanonicalOrder(api, order.id, edited, comment))
        }
      />
      {outcome.done && (
        <p class="done" role="status">
          {outcome.done}.
        </p>
      )}
      <ProblemMessage error={outcome.error} />
    </section>
  );
}

function CrossReferenceForm(props: {
  busy: boolean;
  onFix: (fix: { qualifier?: string; partnerProductId: string; sku: string }) => void;
}) {
  const [qualifier, setQualifier] = useState('');
  const [partnerProductId, setPartnerProductId] = useState('');
  const [sku, setSku] = useState('');
  const text = (set: (value: string) => void) => (event: Event) => set((event.target as HTMLInputElement).value);
  return (
    <form
      class="inline-form"
      aria-label="Fix a cross-reference"
      onSubmit={(event) => {
        event.preventDefault();
        props.onFix({
          qualifier: qualifier.trim() || undefined,
          partnerProductId: partnerProductId.trim(),
          sku: sku.trim(),
        });
      }}
    >
      <h4>Fix a cross-reference, then replay</h4>
      <label>
        Qualifier
        <input name="qualifier" placeholder="e.g. CB" size={4} value={qualifier} onInput={text(setQualifier)} />
      </label>
      <label>
        Partner’s product id
        <input name="partnerProductId" required value={partnerProductId} onInput={text(setPartnerProductId)} />
      </label>
      <label>
        Our SKU
        <input name="sku" required value={sku} onInput={text(setSku)} />
      </label>
      <button type="submit" disabled={props.busy}>
        Fix and replay
      </button>
    </form>
  );
}

function CanonicalEditor(props: { busy: boolean; canonical: unknown; onSave: (edited: unknown) => void }) {
  const [text, setText] = useState(() => JSON.stringify(props.canonical, null, 2));
  const [invalid, setInvalid] = useState<string | undefined>();
  function save() {
    try {
      const edited: unknown = JSON.parse(text);
      setInvalid(undefined);
      props.onSave(edited);
    } catch (error) {
      setInvalid(`The order is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return (
    <details class="editor">
      <summary>Edit the canonical order, then replay</summary>
      <label for="canonical-editor">Canonical order (JSON)</label>
      <textarea
        id="canonical-editor"
        rows={14}
        spellcheck={false}
        value={text}
        onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
      />
      {invalid && (
        <p class="problem" role="alert">
          {invalid}
        </p>
      )}
      <button type="button" disabled={props.busy} onClick={save}>
        Save and replay
      </button>
    </details>
  );
}
