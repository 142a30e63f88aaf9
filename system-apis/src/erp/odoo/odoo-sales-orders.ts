import { pageSize, type Page } from '@crossdock/shared-contracts/contracts/api/page';
import type {
  CreateErpSalesOrderRequest,
  ErpSalesOrder,
} from '@crossdock/shared-contracts/contracts/api/system-sales-orders';
import { BusinessRuleError, ConflictError, NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Logger } from '@crossdock/shared-contracts/platform/logging/logger';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import type { CreatedSalesOrder, SalesOrderFilter, SalesOrderPort } from '../ports/commercial-ports';
import type { WriteActor } from '../ports/common';
import { deliveryAddressFor } from './odoo-addresses';
import { CUSTOMER_ACCOUNT, partnerIdOf } from './odoo-customers';
import { readProducts } from './odoo-items';
import { ERP_REJECTED, type OdooJson2 } from './odoo-json2';
import { readOrderRecords, statusDomain, toSalesOrders } from './odoo-sales-order-read';
import {
  afterIdDomain,
  odooDateTime,
  onlyOne,
  pageById,
  unitFromOdoo,
  type DomainTerm,
  type OdooRecord,
} from './odoo-values';

// Odoo answers a cancel of a confirmed order with a wizard (an action to show) unless told not to.
const CANCEL_CONTEXT = { disable_cancel_warning: true };

/**
 * Sales orders as Odoo's sale.order. The order id is Odoo's order number (`name`, "S00042"), the
 * one its users and documents quote. An order is created and then confirmed (`action_confirm`),
 * which is when Odoo reserves stock by its own rules; the request's per-warehouse reservations are
 * not applied.
 */
export function createOdooSalesOrders(odoo: OdooJson2, logger: Logger): SalesOrderPort {
  const byKey = async (orderKey: string) => (await readOrderRecords(odoo, [['origin', '=', orderKey]], 1))[0];
  const readOne = async (orderId: number): Promise<ErpSalesOrder> => {
    const [order] = await toSalesOrders(odoo, await readOrderRecords(odoo, [['id', '=', orderId]]));
    if (!order) throw new NotFoundError(`Odoo sale.order ${orderId} is gone.`);
    return order;
  };
  const note = (orderId: number, body: string) =>
    // The ERP-side audit of who asked. Best effort: the order itself is already done.
    odoo
      .call({ model: 'sale.order', method: 'message_post', ids: [orderId], params: { body }, readOnly: false })
      .catch((error: unknown) => {
        logger.warn('could not note a Crossdock change on the Odoo order', {
          orderId,
          error: coerceError(error).message,
        });
      });

  return {
    /**
     * Idempotent on the order key, kept in `origin`. Odoo cannot make that field unique, so the
     * key is looked up first, and looked up again after creating: when two creates with one key
     * raced, the order with the lowest id wins and the other cancels its own.
     */
    async create(request: CreateErpSalesOrderRequest, by: WriteActor): Promise<CreatedSalesOrder> {
      const existing = await byKey(request.orderKey);
      if (existing) return { order: await confirmed(existing), created: false };

      const values = await orderValues(odoo, request);
      const [orderId] = await odoo.call<number[]>({
        model: 'sale.order',
        method: 'create',
        params: { vals_list: [values] },
        readOnly: false,
      });
      if (orderId === undefined) throw new TypeError('Odoo created no sale.order');
      const winner = await byKey(request.orderKey);
      if (winner && winner.id !== orderId) {
        await odoo.call({
          model: 'sale.order',
          method: 'action_cancel',
          ids: [orderId],
          context: CANCEL_CONTEXT,
          readOnly: false,
        });
        return { order: await confirmed(winner), created: false };
      }
      await odoo.call({ model: 'sale.order', method: 'action_confirm', ids: [orderId], readOnly: false });
      await note(
        orderId,
        `Created through Crossdock by ${by.actor} (order key ${request.orderKey}, correlation id ${by.correlationId}).`,
      );
      return { order: await readOne(orderId), created: true };
    },

    async get(id: string): Promise<ErpSalesOrder | undefined> {
      const order = onlyOne(await readOrderRecords(odoo, [['name', '=', id]], 2), `sales order numbered ${id}`);
      return order ? (await toSalesOrders(odoo, [order]))[0] : undefined;
    },

    async list(filter: SalesOrderFilter): Promise<Page<ErpSalesOrder>> {
      const take = pageSize(filter.limit);
      const domain: DomainTerm[] = [...afterIdDomain(filter.cursor)];
      if (filter.customerId) {
        const partnerId = partnerIdOf(filter.customerId);
        if (partnerId === undefined) return { items: [] };
        // child_of: orders keyed in Odoo may name a contact person of the customer.
        domain.push(['partner_id', 'child_of', partnerId]);
      }
      if (filter.status) domain.push(...statusDomain(filter.status));
      if (filter.updatedSince) domain.push(['write_date', '>=', odooDateTime(filter.updatedSince)]);
      const records = await readOrderRecords(odoo, domain, take + 1);
      const orders = await toSalesOrders(odoo, records.slice(0, take));
      return pageById(records, take, (_record, index) => orders[index] as ErpSalesOrder);
    },

    /** Refused once anything was delivered; cancelling a cancelled order answers it unchanged. */
    async cancel(id: string, reason: string, by: WriteActor): Promise<ErpSalesOrder> {
      const record = onlyOne(await readOrderRecords(odoo, [['name', '=', id]], 2), `sales order numbered ${id}`);
      if (!record) throw new NotFoundError(`Sales order ${id} is not in Odoo.`);
      const order = await readOne(record.id);
      if (order.status === 'cancelled') return order;
      if (order.lines.some((line) => line.shippedQuantity > 0)) {
        // The same refusal as the reference ERP's, so callers meet one behaviour whatever the ERP.
        throw new ConflictError(
          'order-not-cancellable',
          'The order cannot be cancelled',
          `Sales order ${id} has delivered lines; only orders with nothing delivered can be cancelled.`,
        );
      }
      await odoo.call({
        model: 'sale.order',
        method: 'action_cancel',
        ids: [record.id],
        context: CANCEL_CONTEXT,
        readOnly: false,
      });
      const after = await readOne(record.id);
      // A customisation may still answer with a wizard instead of cancelling: say so, do not pretend.
      if (after.status !== 'cancelled')
        throw new BusinessRuleError(
          ERP_REJECTED,
          `Odoo did not cancel sales order ${id}; it asks for its cancel wizard.`,
        );
      await note(
        record.id,
        `Cancelled through Crossdock by ${by.actor} (correlation id ${by.correlationId}): ${reason}`,
      );
      return after;
    },
  };

  /**
   * An order found by its key, confirmed if an earlier attempt created it but stopped before
   * confirming it, so a retry finishes what the first attempt started.
   */
  async function confirmed(order: OdooRecord): Promise<ErpSalesOrder> {
    if (order.state === 'draft' || order.state === 'sent') {
      await odoo.call({ model: 'sale.order', method: 'action_confirm', ids: [order.id], readOnly: false });
    }
    return readOne(order.id);
  }
}

/**
 * The sale.order values for a request, refusing what Odoo would refuse less clearly: an unknown
 * or archived customer, an unknown item, a unit other than the item's base unit.
 */
async function orderValues(odoo: OdooJson2, request: CreateErpSalesOrderRequest): Promise<Record<string, unknown>> {
  const partnerId = partnerIdOf(request.customerId);
  const [customer] =
    partnerId === undefined
      ? []
      : await odoo.call<OdooRecord[]>({
          model: 'res.partner',
          method: 'search_read',
          params: { domain: [...CUSTOMER_ACCOUNT, ['id', '=', partnerId]], fields: ['active'] },
          context: { active_test: false },
          readOnly: true,
        });
  if (!customer)
    throw new BusinessRuleError('UNKNOWN_CUSTOMER', `Customer ${request.customerId} is not known to Odoo.`);
  if (customer.active === false)
    throw new BusinessRuleError(
      'CUSTOMER_ON_HOLD',
      `Customer ${request.customerId} is archived in Odoo and cannot order.`,
    );

  const skus = [...new Set(request.lines.map((line) => line.sku))];
  const products = await readProducts(odoo, [
    ['default_code', 'in', skus],
    ['active', '=', true],
  ]);
  const orderLines = request.lines.map((line) => {
    const matches = products.filter((product) => product.default_code === line.sku);
    const product = onlyOne(matches, `product with SKU ${line.sku}`);
    if (!product) throw new BusinessRuleError('UNKNOWN_ITEM', `Item ${line.sku} is not an active product in Odoo.`);
    const baseUom = unitFromOdoo(product.uom_id).code;
    if (line.uom !== baseUom)
      throw new BusinessRuleError(
        'UOM_NOT_CONVERTIBLE',
        `Item ${line.sku} is ordered in ${baseUom} through Odoo, not ${line.uom}.`,
      );
    // Odoo's float fields take JSON numbers; a decimal string of up to 15 significant digits
    // survives the trip, and Odoo rounds to its own price precision.
    return [
      0,
      0,
      {
        product_id: product.id,
        product_uom_qty: line.quantity,
        price_unit: Number(line.unitPrice),
        sequence: line.lineNumber,
      },
    ];
  });

  return {
    partner_id: customer.id,
    partner_shipping_id: await deliveryAddressFor(odoo, customer.id, request.shipTo),
    origin: request.orderKey,
    client_order_ref: request.purchaseOrderNumber ?? false,
    order_line: orderLines,
  };
}
