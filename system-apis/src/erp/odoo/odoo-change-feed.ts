import { odooDateTime, type DomainTerm, type OdooRecord } from './odoo-values';

/** How many records one call of a change feed reads. */
const CHANGE_BATCH_SIZE = 200;

/** A record read for a change feed: its Odoo record (for `write_date` and `id`) and what it became. */
export interface ChangedRecord<T> {
  record: OdooRecord;
  value: T;
}

/**
 * Every record written at or after `since`, oldest write first, a batch at a time. Batches are
 * read in (write_date, id) order, each starting strictly after the last record of the batch
 * before, so records that share a write_date (one Odoo transaction) are neither skipped nor
 * repeated. `fetchBatch` must read with `order: 'write_date asc, id asc'`.
 */
export async function* streamChangedSince<T>(
  since: Date,
  fetchBatch: (domain: DomainTerm[], limit: number) => Promise<ChangedRecord<T>[]>,
): AsyncIterable<T> {
  let domain: DomainTerm[] = [['write_date', '>=', odooDateTime(since)]];
  for (;;) {
    const batch = await fetchBatch(domain, CHANGE_BATCH_SIZE);
    for (const changed of batch) yield changed.value;
    const last = batch.at(-1)?.record;
    if (!last || batch.length < CHANGE_BATCH_SIZE) return;
    // (write_date > w) or (write_date = w and id > last id), in Odoo's prefix notation.
    domain = [
      '|',
      ['write_date', '>', last.write_date],
      '&',
      ['write_date', '=', last.write_date],
      ['id', '>', last.id],
    ];
  }
}
