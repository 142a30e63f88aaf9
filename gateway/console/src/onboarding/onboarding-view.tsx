import { useState } from 'preact/hooks';
import '../ui/figures.css';
import type { ViewProps } from '../views';
import { ProblemMessage } from '../ui/states';
import { dryRunSample, partnerInput, type DryRunResult, type X12PartnerForm } from './onboarding-api';
import { DryRunOrders } from './dry-run-orders';

const FIELDS: { key: keyof X12PartnerForm; label: string; placeholder?: string }[] = [
  { key: 'id', label: 'Partner id', placeholder: 'acme-edi' },
  { key: 'name', label: 'Name', placeholder: 'Acme Stores (EDI)' },
  { key: 'customerId', label: 'ERP customer', placeholder: 'C-1002' },
  { key: 'senderQualifier', label: 'ISA05 sender qualifier', placeholder: '12' },
  { key: 'senderId', label: 'ISA06 sender id' },
  { key: 'receiverQualifier', label: 'ISA07 receiver qualifier', placeholder: '01' },
  { key: 'receiverId', label: 'ISA08 receiver id' },
  { key: 'mappingName', label: 'Mapping', placeholder: 'x12-standard' },
  { key: 'mappingVersion', label: 'Mapping version', placeholder: '1' },
];

const EMPTY: X12PartnerForm = {
  id: '',
  name: '',
  customerId: '',
  senderQualifier: '12',
  senderId: '',
  receiverQualifier: '01',
  receiverId: '',
  mappingName: '',
  mappingVersion: '1',
};

type Stage = 'details' | 'sample' | 'live';

/**
 * Partner onboarding (X12): the partner is created not live, a sample interchange is tried with its
 * mapping version (the orders it would make and their problems, nothing placed), then it goes live.
 */
export function OnboardingView({ api, session }: ViewProps) {
  const [form, setForm] = useState(EMPTY);
  const [stage, setStage] = useState<Stage>('details');
  const [sample, setSample] = useState('');
  const [result, setResult] = useState<DryRunResult | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await step();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const create = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      await api.post('/process/v1/partners', { id: form.id, ...partnerInput(form, false) });
      setStage('sample');
    });
  };
  const tryIt = (event: Event) => {
    event.preventDefault();
    void run(async () => setResult(await dryRunSample(api, session, form, sample)));
  };
  const goLive = () =>
    run(async () => {
      // A replacement says which version it replaces: someone may have changed the partner meanwhile.
      const path = `/process/v1/partners/${encodeURIComponent(form.id)}`;
      const { etag } = await api.getVersioned(path);
      await api.put(path, partnerInput(form, true), etag ? { 'If-Match': etag } : {});
      setStage('live');
    });
  return (
    <main class="view onboarding">
      <h1>Partner onboarding</h1>
      <ProblemMessage error={error} />
      <form class="partner-form" onSubmit={create} aria-label="New X12 partner">
        <h2>1. The partner</h2>
        <p class="hint">
          Transport: the partner’s VAN or AS2 gateway posts interchanges to /process/v1/inbound/x12 with a process:write
          token; the ISA ids below say who sent them.
        </p>
        <div class="grid">
          {FIELDS.map((field) => (
            <label key={field.key}>
              {field.label}
              <input
                required
                value={form[field.key]}
                placeholder={field.placeholder}
                disabled={stage !== 'details'}
                onInput={(event) => setForm({ ...form, [field.key]: event.currentTarget.value })}
              />
            </label>
          ))}
        </div>
        {stage === 'details' && (
          <button type="submit" disabled={busy}>
            Create (not live yet)
          </button>
        )}
      </form>
      {stage !== 'details' && (
        <form onSubmit={tryIt} aria-label="Sample document">
          <h2>2. A sample document</h2>
          <label>
            Sample interchange (X12 850)
            <textarea rows={6} required value={sample} onInput={(event) => setSample(event.currentTarget.value)} />
          </label>
          <label>
            or a file
            <input
              type="file"
              accept=".x12,.edi,.txt"
              onChange={async (event) => setSample((await event.currentTarget.files?.[0]?.text()) ?? sample)}
            />
          </label>
          <button type="submit" disabled={busy || stage === 'live'}>
            Dry run
          </button>
        </form>
      )}
      {result && <DryRunOrders result={result} />}
      {result && stage === 'sample' && (
        <p>
          <button type="button" disabled={busy} onClick={goLive}>
            Go live
          </button>
        </p>
      )}
      {stage === 'live' && (
        <p class="done" role="status">
          {form.name} is live: its interchanges now place orders.
        </p>
      )}
    </main>
  );
}
