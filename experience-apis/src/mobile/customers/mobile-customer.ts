import type { CustomerOrderStatus } from '../../shared/order-status';

/** One of the rep's customers, as the app lists them. */
export interface MobileCustomer {
  customerId: string;
  name: string;
  /** active | on_hold | closed */
  status: string;
  city: string;
}

/** What a rep wants to know walking in: credit, open orders, the last invoices. Amounts are decimal strings. */
export interface MobileCustomerSnapshot {
  customerId: string;
  name: string;
  /** active | on_hold | closed */
  status: string;
  paymentTerms: string;
  credit: {
    currency: string;
    creditLimit: string;
    /** The limit less open invoices and open orders; negative when over the limit. */
    available: string;
    openInvoices: string;
    openOrders: string;
  };
  /** Orders not yet settled in the ERP (up to 10, newest first). */
  openOrders: MobileOrderSummary[];
  /** The last invoices (up to 5, newest first). */
  recentInvoices: MobileInvoiceSummary[];
}

export interface MobileOrderSummary {
  orderId: string;
  orderNumber?: string;
  status: CustomerOrderStatus;
  /** @format date-time */
  placedAt: string;
  total?: string;
}

export interface MobileInvoiceSummary {
  invoiceId: string;
  /** @format date */
  invoiceDate: string;
  /** @format date */
  dueDate: string;
  total: string;
  balanceDue: string;
}
