import { pageSize, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { CustomerFilter } from '@crossdock/shared-contracts/contracts/api/system-customers';
import { ErpCapabilityMissingError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { PageRequest, Versioned } from '../ports/common';
import type { CustomerPort } from '../ports/master-data-ports';
import { ADDRESS_FIELDS, regionCodes, toAddress } from './odoo-addresses';
import { streamChangedSince } from './odoo-change-feed';
import { ODOO_ADAPTER, type OdooJson2 } from './odoo-json2';
import {
  afterIdDomain,
  decimalFromOdoo,
  isoFromOdoo,
  many2oneId,
  many2oneName,
  odooDateTime,
  odooIdFrom,
  pageById,
  type DomainTerm,
  type OdooRecord,
} from './odoo-values';

/**
 * Customer ids are `ODOO-PARTNER-<res.partner id>`. Not the partner's `ref` (its "customer
 * number"), although that is what people quote: Odoo keeps `ref` neither unique nor mandatory, and
 * an id that changed when someone filled it in would orphan every order and hold that names it.
 */
export const CUSTOMER_ID_PREFIX = 'ODOO-PARTNER-';

export const customerIdOf = (partnerId: number): string => `${CUSTOMER_ID_PREFIX}${partnerId}`;
export const partnerIdOf = (customerId: string): number | undefined => odooIdFrom(customerId, CUSTOMER_ID_PREFIX);

/**
 * A customer account is a top-level partner (not a contact person or address of one) that Odoo
 * counts as a customer. Archived partners are included: they are closed accounts, not absent ones.
 */
export const CUSTOMER_ACCOUNT: DomainTerm[] = [
  ['parent_id', '=', false],
  ['customer_rank', '>', 0],
];

const PARTNER_FIELDS = [
  ...ADDRESS_FIELDS,
  'active',
  'property_payment_term_id',
  'property_product_pricelist',
  'credit_limit',
  'write_date',
];

/** Odoo's own label for a partner without payment terms, which it invoices as due at once. */
const IMMEDIATE_PAYMENT = 'Immediate Payment';

export function createOdooCustomers(odoo: OdooJson2, currencies: CurrencyResolver): CustomerPort {
  const read = async (
    domain: DomainTerm[],
    limit: number,
    order = 'id asc',
  ): Promise<{ records: OdooRecord[]; customers: Customer[] }> => {
    const records = await odoo.call<OdooRecord[]>({
      model: 'res.partner',
      method: 'search_read',
      params: { domain: [...CUSTOMER_ACCOUNT, ...domain], fields: PARTNER_FIELDS, limit, order },
      context: { active_test: false },
      readOnly: true,
    });
    const [regions, currencyOf] = await Promise.all([regionCodes(odoo, records), currencies.forPartners(records)]);
    return { records, customers: records.map((record) => toCustomer(record, regions, currencyOf(record))) };
  };

  return {
    async get(id: string): Promise<Versioned<Customer> | undefined> {
      const partnerId = partnerIdOf(id);
      if (partnerId === undefined) return undefined;
      const { records, customers } = await read([['id', '=', partnerId]], 1);
      const [record, customer] = [records[0], customers[0]];
      return record && customer ? { value: customer, version: String(record.write_date) } : undefined;
    },

    async list(filter: CustomerFilter & PageRequest): Promise<Page<Customer>> {
      const status = statusDomain(filter.status);
      if (status === 'none') return { items: [] };
      const take = pageSize(filter.limit);
      const since: DomainTerm[] = filter.updatedSince ? [['write_date', '>=', odooDateTime(filter.updatedSince)]] : [];
      const { records, customers } = await read([...status, ...since, ...afterIdDomain(filter.cursor)], take + 1);
      return pageById(records, take, (_record, index) => customers[index] as Customer);
    },

    create: () =>
      Promise.reject(new ErpCapabilityMissingError(ODOO_ADAPTER, 'creating customers (Odoo numbers its own partners)')),
    update: () => Promise.reject(new ErpCapabilityMissingError(ODOO_ADAPTER, 'updating customers')),

    streamChanged: (since: Date) =>
      streamChangedSince(since, async (domain, limit) => {
        const { records, customers } = await read(domain, limit, 'write_date asc, id asc');
        return records.map((record, index) => ({ record, value: customers[index] as Customer }));
      }),
  };
}

/** Odoo has no "on hold" for a partner: only active and archived (closed). */
function statusDomain(status: string | undefined): DomainTerm[] | 'none' {
  switch (status) {
    case undefined:
      return [];
    case 'active':
      return [['active', '=', true]];
    case 'closed':
      return [['active', '=', false]];
    case 'on_hold':
      return 'none';
    default:
      throw new ValidationError(`Unknown customer status "${status}": expected active, on_hold or closed.`);
  }
}

/**
 * Notes on fields Odoo does not have as Crossdock does:
 * - creditLimit: Odoo's `credit_limit` float (see decimalFromOdoo). In Odoo 0 means "no limit is
 *   checked", where in Crossdock "0" means cash in advance; credit exposure is not mapped for Odoo.
 * - paymentTerms: the payment term's name ("30 Days"); Odoo has no short code.
 * - taxJurisdiction: country and state of the address ("US-TX"); Odoo's fiscal positions are not read.
 * - allowBackorders: true; Odoo backorders what it cannot deliver unless told otherwise per order.
 * - shipTo: the partner's own address; delivery contacts are chosen per order instead.
 */
function toCustomer(partner: OdooRecord, regions: Map<number, string>, currency: string): Customer {
  const address = toAddress(partner, regions);
  const jurisdiction = [address.country, address.region].filter(Boolean).join('-');
  return {
    id: customerIdOf(partner.id),
    name: address.name,
    status: partner.active === false ? 'closed' : 'active',
    currency,
    creditLimit: decimalFromOdoo(partner.credit_limit, 2),
    paymentTerms: many2oneName(partner.property_payment_term_id) ?? IMMEDIATE_PAYMENT,
    taxJurisdiction: jurisdiction || 'UNKNOWN',
    allowBackorders: true,
    billTo: address,
    shipTo: address,
    updatedAt: isoFromOdoo(partner.write_date),
  };
}

/** Finds a partner's currency: its pricelist's, else the main company's (read once, then kept). */
export interface CurrencyResolver {
  forPartners(partners: OdooRecord[]): Promise<(partner: OdooRecord) => string>;
  companyCurrency(): Promise<string>;
}

export function createCurrencyResolver(odoo: OdooJson2): CurrencyResolver {
  let company: Promise<string> | undefined;
  const companyCurrency = (): Promise<string> => {
    // A failed read is forgotten, so the next call asks again instead of failing for ever.
    company ??= readCompanyCurrency(odoo).catch((error: unknown) => {
      company = undefined;
      throw error;
    });
    return company;
  };
  return {
    companyCurrency,
    async forPartners(partners) {
      const pricelistIds = [
        ...new Set(
          partners
            .map((partner) => many2oneId(partner.property_product_pricelist))
            .filter((id): id is number => id !== undefined),
        ),
      ];
      const [fallback, pricelists] = await Promise.all([
        companyCurrency(),
        pricelistIds.length === 0
          ? Promise.resolve([])
          : odoo.call<OdooRecord[]>({
              model: 'product.pricelist',
              method: 'search_read',
              params: { domain: [['id', 'in', pricelistIds]], fields: ['currency_id'] },
              context: { active_test: false },
              readOnly: true,
            }),
      ]);
      // A res.currency's display name is its ISO code ("USD").
      const byPricelist = new Map(
        pricelists.map((pricelist) => [pricelist.id, many2oneName(pricelist.currency_id) ?? fallback]),
      );
      return (partner) => byPricelist.get(many2oneId(partner.property_product_pricelist) ?? 0) ?? fallback;
    },
  };
}

async function readCompanyCurrency(odoo: OdooJson2): Promise<string> {
  const [company] = await odoo.call<OdooRecord[]>({
    model: 'res.company',
    method: 'search_read',
    params: { domain: [], fields: ['currency_id'], limit: 1, order: 'id asc' },
    readOnly: true,
  });
  const code = many2oneName(company?.currency_id);
  if (!code) throw new TypeError('Odoo answered no company currency');
  return code;
}
