import type { Prisma } from '../generated/prisma/client';
import { STANDARD_PRICE_LIST_ID } from '../erp/reference/pricing';
import { smallestPackFactor, type DemoItem } from './demo-catalogue';
import { CUSTOMER_DIRECTORY, type DirectoryEntry } from './demo-customer-directory';
import { centsToDecimal, discounted } from './demo-money';

export const ACME_CONTRACT_LIST_ID = 'PL-ACME-2026';

/** Every contract and the standard list run for the calendar year. */
const EFFECTIVE_FROM = new Date('2026-01-01');

const address = (name: string, line1: string, city: string, region: string, postalCode: string) => ({
  name,
  line1,
  city,
  region,
  postalCode,
  country: 'US',
});

/**
 * The first three customers, which tests and demos are written against: Acme on its contract list and
 * shipped from Dallas, Brightline on standard prices, Coastal on credit hold and taking no backorders.
 */
const FIRST_CUSTOMERS: Prisma.CustomerCreateManyInput[] = [
  {
    id: 'C-1001',
    name: 'Acme Hardware',
    creditLimit: '50000.00',
    paymentTerms: 'NET30',
    taxJurisdiction: 'US-TX',
    priceListId: ACME_CONTRACT_LIST_ID,
    preferredWarehouseId: 'WH-DAL',
    billTo: address('Acme Hardware — Accounts Payable', '1200 Commerce St', 'Dallas', 'TX', '75202'),
    shipTo: address('Acme Hardware — Store 112', '2400 Elm St', 'Dallas', 'TX', '75226'),
  },
  {
    id: 'C-1002',
    name: 'Brightline Supply',
    creditLimit: '20000.00',
    paymentTerms: 'NET45',
    taxJurisdiction: 'US-GA',
    preferredWarehouseId: 'WH-ATL',
    billTo: address('Brightline Supply', '55 Peachtree Ct', 'Atlanta', 'GA', '30303'),
    shipTo: address('Brightline Supply — Warehouse', '900 Industrial Blvd', 'Marietta', 'GA', '30062'),
  },
  {
    id: 'C-1003',
    name: 'Coastal Builders',
    status: 'on_hold',
    creditLimit: '5000.00',
    paymentTerms: 'NET15',
    taxJurisdiction: 'US-FL',
    allowBackorders: false,
    billTo: address('Coastal Builders', '17 Harbor Way', 'Tampa', 'FL', '33602'),
    shipTo: address('Coastal Builders — Site 4', '3100 Bayshore Blvd', 'Tampa', 'FL', '33629'),
  },
];

/** Customers are served from the distribution centre of their region. */
const WAREHOUSE_BY_STATE: Record<string, string> = {
  ...Object.fromEntries(['AZ', 'CA', 'CO', 'ID', 'NM', 'NV', 'OR', 'UT', 'WA'].map((state) => [state, 'WH-PHX'])),
  ...Object.fromEntries(['AR', 'KS', 'LA', 'MO', 'MS', 'NE', 'OK', 'TX'].map((state) => [state, 'WH-DAL'])),
  ...Object.fromEntries(
    ['AL', 'FL', 'GA', 'IL', 'IN', 'KY', 'NC', 'NY', 'OH', 'PA', 'SC', 'TN', 'VA'].map((state) => [state, 'WH-ATL']),
  ),
};

/** Most accounts are on 30 days; a few negotiated 45 or 60, new or slow payers get 15. */
const PAYMENT_TERMS = ['NET30', 'NET45', 'NET30', 'NET15', 'NET60', 'NET30'];

export function demoCustomers(): Prisma.CustomerCreateManyInput[] {
  return [...FIRST_CUSTOMERS, ...CUSTOMER_DIRECTORY.map(directoryCustomer)];
}

/** Terms, limits and flags follow from the customer's place in the directory, so they are the same on every start. */
function directoryCustomer(entry: DirectoryEntry, index: number): Prisma.CustomerCreateManyInput {
  const warehouseId = WAREHOUSE_BY_STATE[entry.state];
  if (!warehouseId) throw new Error(`No distribution centre serves ${entry.state} (${entry.name})`);
  // Contract accounts buy more, so they get the larger limits: 50,000 to 100,000 against 10,000 to 50,000.
  const creditLimitDollars = entry.contract ? (10 + ((index * 3) % 11)) * 5000 : (4 + ((index * 7) % 17)) * 2500;
  return {
    id: `C-${1004 + index}`,
    name: entry.name,
    // A few accounts are on credit hold, so holds show up in demos without anyone placing a bad order.
    status: index % 13 === 6 ? 'on_hold' : 'active',
    creditLimit: centsToDecimal(creditLimitDollars * 100),
    paymentTerms: PAYMENT_TERMS[index % PAYMENT_TERMS.length]!,
    taxJurisdiction: `US-${entry.state}`,
    priceListId: entry.contract ? contractListId(entry.contract.code) : null,
    preferredWarehouseId: warehouseId,
    // One customer in five wants complete shipments only, and cancels what cannot be shipped.
    allowBackorders: index % 5 !== 2,
    billTo: address(`${entry.name} — Accounts Payable`, entry.line1, entry.city, entry.state, entry.postalCode),
    shipTo: address(`${entry.name} — Receiving`, entry.line1, entry.city, entry.state, entry.postalCode),
  };
}

export function demoPriceLists(): Prisma.PriceListCreateManyInput[] {
  return [
    { id: STANDARD_PRICE_LIST_ID, name: 'Standard list prices', currency: 'USD' },
    { id: ACME_CONTRACT_LIST_ID, name: 'Acme Hardware contract 2026', currency: 'USD' },
    ...CUSTOMER_DIRECTORY.flatMap((entry) =>
      entry.contract
        ? [{ id: contractListId(entry.contract.code), name: `${entry.name} contract 2026`, currency: 'USD' }]
        : [],
    ),
  ];
}

/** The standard list (every item, per base unit), Acme's contract, and every directory contract. */
export function demoPriceEntries(catalogue: DemoItem[]): Prisma.PriceListEntryCreateManyInput[] {
  return [
    ...catalogue.map((item) => ({
      priceListId: STANDARD_PRICE_LIST_ID,
      sku: item.sku,
      uom: item.baseUom,
      minQuantity: 1,
      unitPrice: item.listPrice,
      effectiveFrom: EFFECTIVE_FROM,
    })),
    ...acmeContractEntries(catalogue),
    ...CUSTOMER_DIRECTORY.flatMap((entry) => (entry.contract ? contractEntries(catalogue, entry) : [])),
  ];
}

/** Acme's contract: its own price on the bolts, with a break at 500, and a case price on gloves. */
function acmeContractEntries(catalogue: DemoItem[]): Prisma.PriceListEntryCreateManyInput[] {
  return [
    ...catalogue
      .filter((item) => item.sku.startsWith('HXB-'))
      .flatMap((item) => [
        {
          priceListId: ACME_CONTRACT_LIST_ID,
          sku: item.sku,
          uom: 'EA',
          minQuantity: 1,
          unitPrice: discounted(item.listPrice, 90),
          effectiveFrom: EFFECTIVE_FROM,
        },
        {
          priceListId: ACME_CONTRACT_LIST_ID,
          sku: item.sku,
          uom: 'EA',
          minQuantity: 500,
          unitPrice: discounted(item.listPrice, 80),
          effectiveFrom: EFFECTIVE_FROM,
        },
      ]),
    {
      priceListId: ACME_CONTRACT_LIST_ID,
      sku: 'GLV-002',
      uom: 'CS',
      minQuantity: 1,
      unitPrice: '33.00',
      effectiveFrom: EFFECTIVE_FROM,
    },
  ];
}

/**
 * A directory contract: every item of the covered lines at the agreed percentage of list, and five
 * points more off from ten stocking units (ten cases, reels or bundles; ten of an item sold singly).
 */
function contractEntries(catalogue: DemoItem[], entry: DirectoryEntry): Prisma.PriceListEntryCreateManyInput[] {
  const { code, percentOfList, lines } = entry.contract!;
  const priceListId = contractListId(code);
  return lines.flatMap((prefix) => {
    const items = catalogue.filter((item) => item.sku.startsWith(`${prefix}-`));
    if (items.length === 0)
      throw new Error(`Contract ${code} covers ${prefix}, which is not a product line in the catalogue`);
    return items.flatMap((item) => [
      {
        priceListId,
        sku: item.sku,
        uom: item.baseUom,
        minQuantity: 1,
        unitPrice: discounted(item.listPrice, percentOfList),
        effectiveFrom: EFFECTIVE_FROM,
      },
      {
        priceListId,
        sku: item.sku,
        uom: item.baseUom,
        minQuantity: 10 * smallestPackFactor(item),
        unitPrice: discounted(item.listPrice, percentOfList - 5),
        effectiveFrom: EFFECTIVE_FROM,
      },
    ]);
  });
}

function contractListId(code: string): string {
  return `PL-${code}-2026`;
}
