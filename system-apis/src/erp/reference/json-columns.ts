import { z } from 'zod';
import { jsonColumn } from '@crossdock/shared-contracts/platform/database/json-column';
import { addressSchema } from '@crossdock/shared-contracts/contracts/model/address';
import { invoiceLineSchema } from '@crossdock/shared-contracts/contracts/model/invoice';

/** The reference ERP's `Json` columns: a customer's bill-to and ship-to, a warehouse's address, a sales order's ship-to. */
export const addressColumn = jsonColumn('an address column', addressSchema);

/** An invoice's lines, priced as the order was. */
export const invoiceLinesColumn = jsonColumn('Invoice.lines', z.array(invoiceLineSchema));
