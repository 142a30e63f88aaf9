import { useState } from 'preact/hooks';
import '../ui/figures.css';
import type { ViewProps } from '../views';
import { Empty, ProblemMessage } from '../ui/states';
import {
  dryRunSample,
  FORMATS,
  partnerInput,
  TRANSPORTS,
  type Field,
  type PartnerForm,
  type PartnerFormat,
  type SampleDryRunResult,
  type TransportKind,
} from './onboarding-api';
import { DryRunOrders } from './dry-run-orders';

const COMMON: Field[] = [
  { key: 'id', label: 'Partner id', placeholder: 'acme-edi' },
  { key: 'name', label: 'Name', placeholder: 'Acme Stores (EDI)' },
  { key: 'customerId', label: 'ERP customer', placeholder: 'C-1002' },
];
const MAPPING: Field[] = [
  { key: 'mappingName', label: 'Mapping', placeholder: 'x12-standard' },
  { key: 'mappingVersion', label: 'Mapping version', placeholder: '1' },
];

const EMPTY: PartnerForm = {
  id: '',
  name: '',
  customerId: '',
  format: 'x12',
  transport: 'api',
  mappingName: '',
  mappingVersion: '1',
  senderQualifier: '12',
  receiverQualifier: '01',
  endpointScheme: '0088',
};

type Stage = 'details' | 'sample' | 'live';

/**
 * Partner onboarding for every format: the partner is created in one call, not live (its identifiers,
 * transport and mapping version), a sample document is tried on it (the orders it would make, the
 * acknowledgement its sender would get, nothing kept), then it goes live.
 */
export function OnboardingView({ api }: ViewProps) {
  const [form, setForm] = useState(EMPTY);
  const [stage, setStage] = useState<Stage>('details');
  const [sample, setSample] = useState('');
  const [result, setResult] = useState<SampleDryRunResult | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const format = FORMATS[form.format];
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
    void run(async () => setResult(await dryRunSample(api, form.id, sample)));
  };
  const goLive = () =>
    run(async () => {
      // A replacement says which version it replaces: someone may have changed the partner meanwhile.
      const path = `/process/v1/partners/${encodeURIComponent(form.id)}`;
      const { etag } = await api.getVersioned(path);
      await api.put(path, partnerInput(form, true), etag ? { 'If-Match': etag } : {});
      setStage('live');
    });
  const input = (field: Field) => (
    <label key={field.key}>
      {field.label}
      <input
        required={!field.optional}
        value={form[field.key] ?? ''}
        placeholder={field.placeholder}
        disabled={stage !== 'details'}
        onInput={(event) => setForm({ ...form, [field.key]: event.currentTarget.value })}
      />
    </label>
  );
  return (
    <main class="view onboarding">
      <h1>Partner onboarding</h1>
      <ProblemMessage error={error} />
      <form class="partner-form" onSubmit={create} aria-label="New partner">
        <h2>1. The partner</h2>
        <div class="grid">
          <label>
            Format
            <select
              value={form.format}
              disabled={stage !== 'details'}
              onChange={(event) => {
                setForm({ ...form, format: event.currentTarget.value as PartnerFormat });
              }}
            >
              {Object.entries(FORMATS).map(([key, value]) => (
                <option key={key} value={key}>
                  {value.title}
                </option>
              ))}
            </select>
          </label>
          {COMMON.map(input)}
          {format.fields.map(input)}
          <label>
            Transport
            <select
              value={form.transport}
              disabled={stage !== 'details'}
              onChange={(event) => setForm({ ...form, transport: event.currentTarget.value as TransportKind })}
            >
              {Object.entries(TRANSPORTS).map(([key, value]) => (
                <option key={key} value={key}>
                  {value.title}
                </option>
              ))}
            </select>
          </label>
          {TRANSPORTS[form.transport].fields.map(input)}
          {MAPPING.map(input)}
        </div>
        <p class="hint">
          Documents reach Crossdock over HTTP with a process:write token (a VAN, AS2 or SFTP link ends at your gateway,
          which posts them on); the identifiers above say who sent them.
        </p>
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
            {format.sample}
            <textarea rows={6} required value={sample} onInput={(event) => setSample(event.currentTarget.value)} />
          </label>
          <label>
            or a file
            <input
              type="file"
              accept={format.accept}
              onChange={async (event) => setSample((await event.currentTarget.files?.[0]?.text()) ?? sample)}
            />
          </label>
          <button type="submit" disabled={busy || stage === 'live'}>
            Dry run
          </button>
        </form>
      )}
      {stage === 'sample' && !result && (
        <Empty>No dry run yet: paste or upload a document the partner sent, then press Dry run. Nothing is kept.</Empty>
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
          {form.name} is live: its documents now place orders.
        </p>
      )}
    </main>
  );
}
