/**
 * The customer account the API reference shows. tsoa reads these constants from the source when it
 * writes the OpenAPI document, so they stay plain literals: no spreads, no `as` or `satisfies`
 * (a value may name another constant).
 */
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { Address } from '@crossdock/shared-contracts/contracts/model/address';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';

export const ACME_ACCOUNTS_PAYABLE: Address = {
  name: 'Acme Hardware — Accounts Payable',
  line1: '1200 Commerce St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75202',
  country: 'US',
};

export const ACME_STORE_112: Address = {
  name: 'Acme Hardware — Store 112',
  line1: '2400 Elm St',
  city: 'Dallas',
  region: 'TX',
  postalCode: '75226',
  country: 'US',
};

export const ACME_HARDWARE: Customer = {
  id: 'C-1001',
  name: 'Acme Hardware',
  status: 'active',
  currency: 'USD',
  creditLimit: '50000.00',
  paymentTerms: 'NET30',
  taxJurisdiction: 'US-TX',
  priceListId: 'PL-ACME-2026',
  preferredWarehouseId: 'WH-DAL',
  allowBackorders: true,
  billTo: ACME_ACCOUNTS_PAYABLE,
  shipTo: ACME_STORE_112,
  updatedAt: '2026-11-27T14:30:00.000Z',
};

export const CUSTOMER_PAGE: Page<Customer> = { items: [ACME_HARDWARE], nextCursor: 'Qy0xMDAx' };

/** The same account replaced two days later, its credit limit raised. */
export const ACME_HARDWARE_REPLACED: Customer = {
  id: 'C-1001',
  name: 'Acme Hardware',
  status: 'active',
  currency: 'USD',
  creditLimit: '75000.00',
  paymentTerms: 'NET30',
  taxJurisdiction: 'US-TX',
  priceListId: 'PL-ACME-2026',
  preferredWarehouseId: 'WH-DAL',
  allowBackorders: true,
  billTo: ACME_ACCOUNTS_PAYABLE,
  shipTo: ACME_STORE_112,
  updatedAt: '2026-11-29T09:15:00.000Z',
};
