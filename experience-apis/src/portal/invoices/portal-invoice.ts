/** An invoice as the portal shows it. Amounts are decimal strings in `currency`. */
export interface PortalInvoice {
  invoiceId: string;
  /** The order it bills (the ERP's order number). */
  orderNumber: string;
  /** open while something is owed, else paid. */
  status: 'open' | 'paid';
  currency: string;
  /** @format date */
  invoiceDate: string;
  /** @format date */
  dueDate: string;
  lines: PortalInvoiceLine[];
  subtotal: string;
  tax: string;
  freight: string;
  total: string;
  balanceDue: string;
}

export interface PortalInvoiceLine {
  sku: string;
  description?: string;
  quantity: number;
  uom: string;
  unitPrice: string;
  amount: string;
}

export interface PortalInvoicePage {
  items: PortalInvoice[];
  nextCursor?: string;
}
