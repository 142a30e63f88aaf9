/**
 * ERP documents are numbered by a sequence and shown with a prefix: SO-000042, SH-000007,
 * INV-000003, RMA-000001, CM-000001. Ids from outside are parsed back strictly.
 */
import { decodeCursor } from '@crossdock/shared-contracts/contracts/api/page';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';

export type DocumentPrefix = 'SO' | 'SH' | 'INV' | 'RMA' | 'CM';

export function documentId(prefix: DocumentPrefix, number: number): string {
  return `${prefix}-${String(number).padStart(6, '0')}`;
}

/** The sequence number of `id`, or undefined when it is not a document of that kind. */
export function documentNumberOf(prefix: DocumentPrefix, id: string): number | undefined {
  const match = new RegExp(`^${prefix}-(\\d{1,9})$`).exec(id);
  return match ? Number(match[1]) : undefined;
}

/** The document number a list cursor carries, refusing a cursor this API did not hand out. */
export function cursorNumber(cursor: string | undefined): number | undefined {
  const after = decodeCursor(cursor);
  if (after === undefined) return undefined;
  if (!/^\d{1,9}$/.test(after))
    throw new ValidationError('The cursor is not one this list handed out.', [
      { field: 'cursor', message: 'unknown cursor' },
    ]);
  return Number(after);
}
