import { useEffect, useState } from 'preact/hooks';
import type { HoldReasonCode } from '@crossdock/shared-contracts/contracts/model/hold';
import type { SalesChannel } from '@crossdock/shared-contracts/contracts/model/sales-order';

/** What the work queue is narrowed to; empty fields are left out of the query. */
export interface QueueFilter {
  channel: string;
  partnerId: string;
  reasonCode: string;
  customerId: string;
  minAgeMinutes: string;
  q: string;
}

export const NO_FILTER: QueueFilter = {
  channel: '',
  partnerId: '',
  reasonCode: '',
  customerId: '',
  minAgeMinutes: '',
  q: '',
};

const CHANNELS: SalesChannel[] = [
  'x12',
  'edifact',
  'ubl',
  'shopify',
  'woocommerce',
  'bigcommerce',
  'magento',
  'amazon',
  'amazon-vendor',
  'portal',
  'mobile',
  'marketplace',
  'csv',
  'api',
];
// Written out rather than imported: the model's module brings its zod schemas into the bundle.
const REASONS: HoldReasonCode[] = [
  'UNKNOWN_ITEM',
  'UNKNOWN_CUSTOMER',
  'CUSTOMER_ON_HOLD',
  'UOM_NOT_CONVERTIBLE',
  'CREDIT_LIMIT',
  'PRICE_MISMATCH',
  'NO_PRICE',
  'INSUFFICIENT_STOCK',
  'ADDRESS_INCOMPLETE',
  'ERP_REJECTED',
  'POSSIBLE_DUPLICATE',
];
const AGES = [
  ['', 'Any age'],
  ['15', 'Older than 15 min'],
  ['60', 'Older than 1 h'],
  ['240', 'Older than 4 h'],
  ['1440', 'Older than 1 day'],
] as const;

/** The query string of a filter (only the fields given), with `extra` fields added. */
export function filterQuery(filter: Partial<QueueFilter>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filter, ...extra })) if (value) params.set(name, value.trim());
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filters, applied as they change (a text field when the user stops typing or presses Enter). */
export function QueueFilters(props: { filter: QueueFilter; onChange: (filter: QueueFilter) => void; holds: boolean }) {
  // What is typed, applied on Enter or on leaving the field; a choice from a list applies at once.
  const [draft, setDraft] = useState(props.filter);
  useEffect(() => setDraft(props.filter), [props.filter]);
  const filter = draft;
  const apply = (next: QueueFilter) => {
    setDraft(next);
    props.onChange(next);
  };
  const type = (name: keyof QueueFilter) => (event: Event) =>
    setDraft({ ...draft, [name]: (event.target as HTMLInputElement).value });
  const applyDraft = () => apply(draft);
  const choose = (name: keyof QueueFilter) => (event: Event) =>
    apply({ ...draft, [name]: (event.target as HTMLSelectElement).value });
  return (
    <form
      class="filters"
      role="search"
      aria-label="Filter the work queue"
      onSubmit={(event) => {
        event.preventDefault();
        applyDraft();
      }}
    >
      <label>
        Search
        <input
          type="search"
          name="q"
          placeholder="PO, order or customer id, text"
          value={filter.q}
          onInput={type('q')}
          onBlur={applyDraft}
        />
      </label>
      <label>
        Partner
        <input
          name="partnerId"
          placeholder="partner id"
          value={filter.partnerId}
          onInput={type('partnerId')}
          onBlur={applyDraft}
        />
      </label>
      <label>
        Channel
        <select name="channel" value={filter.channel} onChange={choose('channel')}>
          <option value="">Any channel</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {channel}
            </option>
          ))}
        </select>
      </label>
      {props.holds && (
        <label>
          Reason
          <select name="reasonCode" value={filter.reasonCode} onChange={choose('reasonCode')}>
            <option value="">Any reason</option>
            {REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {reason}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Customer
        <input
          name="customerId"
          placeholder="e.g. C-1002"
          value={filter.customerId}
          onInput={type('customerId')}
          onBlur={applyDraft}
        />
      </label>
      <label>
        Age
        <select name="minAgeMinutes" value={filter.minAgeMinutes} onChange={choose('minAgeMinutes')}>
          {AGES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="visually-hidden" tabIndex={-1}>
        Apply
      </button>
      <button type="button" class="secondary" onClick={() => apply(NO_FILTER)}>
        Clear filters
      </button>
    </form>
  );
}
