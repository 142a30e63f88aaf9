/** A customer's credit position: what it owes and has on order, against its limit. Decimal strings. */
export interface CreditExposure {
  customerId: string;
  currency: string;
  creditLimit: string;
  /** Invoiced and not yet paid. */
  openInvoices: string;
  /** Ordered and not yet invoiced. */
  openOrders: string;
  /** openInvoices + openOrders. */
  exposure: string;
  /** creditLimit − exposure; negative when over the limit. */
  available: string;
}
