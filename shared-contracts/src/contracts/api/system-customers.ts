import type { Customer } from '../model/customer';

/** A customer account as written through the system API: everything but what the ERP stamps itself. */
export type CustomerInput = Omit<Customer, 'updatedAt'>;

export interface CustomerFilter {
  /** active | on_hold | closed */
  status?: string;
  /** Only customers changed at or after this instant. @format date-time */
  updatedSince?: string;
}
