import type { Principal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { SalesOrderStatus } from '@crossdock/shared-contracts/contracts/model/sales-order';
import { actForCustomer } from '../../confinement/act-for-customer';
import { customerStatusOf } from '../../shared/order-status';
import type { ProcessOrdersApi } from '../../upstreams/process-orders-api';
import type { SystemCustomersApi } from '../../upstreams/system-customers-api';
import type { SystemFulfilmentApi } from '../../upstreams/system-fulfilment-api';
import { repCustomer, repCustomersOf } from '../sales-rep';
import type { MobileCustomer, MobileCustomerSnapshot } from './mobile-customer';

export interface MobileCustomerDeps {
  processOrders: ProcessOrdersApi;
  systemCustomers: SystemCustomersApi;
  systemFulfilment: SystemFulfilmentApi;
}

const OPEN_ORDERS_SHOWN = 10;
const INVOICES_SHOWN = 5;
// The newest orders looked through for open ones: a customer has rarely more open at once.
const ORDERS_LOOKED_AT = 50;
const OPEN: ReadonlySet<SalesOrderStatus> = new Set([
  'RECEIVED',
  'VALIDATED',
  'PLANNED',
  'SUBMITTED',
  'PARTIALLY_SHIPPED',
  'HELD',
  'FAILED',
]);

/** The rep's customers, in the order the token lists them; an account the ERP does not know is left out. */
export async function listRepCustomers(deps: MobileCustomerDeps, principal: Principal): Promise<MobileCustomer[]> {
  const customerIds = repCustomersOf(principal);
  const byId = new Map(
    (await deps.systemCustomers.findCustomers(customerIds)).map((customer) => [customer.id, customer]),
  );
  return customerIds.flatMap((customerId) => {
    const customer = byId.get(customerId);
    return customer
      ? [{ customerId: customer.id, name: customer.name, status: customer.status, city: customer.shipTo.city }]
      : [];
  });
}

/** Everything a rep needs for a visit, in one answer: account, credit, open orders, last invoices. */
export async function customerSnapshot(
  deps: MobileCustomerDeps,
  principal: Principal,
  customerId: string,
): Promise<MobileCustomerSnapshot> {
  repCustomer(principal, customerId);
  return actForCustomer(customerId, async () => {
    const [customer, credit, orders, invoices] = await Promise.all([
      deps.systemCustomers.getCustomer(customerId),
      deps.systemCustomers.getCredit(customerId),
      deps.processOrders.listOrders({ customerId, limit: ORDERS_LOOKED_AT }),
      deps.systemFulfilment.listInvoices({ customerId, newestFirst: true, limit: INVOICES_SHOWN }),
    ]);
    return {
      customerId: customer.id,
      name: customer.name,
      status: customer.status,
      paymentTerms: customer.paymentTerms,
      credit: {
        currency: credit.currency,
        creditLimit: credit.creditLimit,
        available: credit.available,
        openInvoices: credit.openInvoices,
        openOrders: credit.openOrders,
      },
      openOrders: orders.items
        .filter((order) => OPEN.has(order.status))
        .slice(0, OPEN_ORDERS_SHOWN)
        .map((order) => ({
          orderId: order.id,
          orderNumber: order.erpOrderId,
          status: customerStatusOf(order.status).status,
          placedAt: order.createdAt,
          total: order.total,
        })),
      recentInvoices: invoices.items.map((invoice) => ({
        invoiceId: invoice.id,
        invoiceDate: invoice.invoiceDate,
        dueDate: invoice.dueDate,
        total: invoice.total,
        balanceDue: invoice.balanceDue,
      })),
    };
  });
}
