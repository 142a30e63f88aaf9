import {
  Body,
  Controller,
  Example,
  Get,
  Header,
  Path,
  Post,
  Response,
  Route,
  Security,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { MarketplaceOrder, MarketplaceOrderRequest, MarketplaceShipment } from './marketplace-order';
import {
  getMarketplaceOrder,
  listMarketplaceShipments,
  submitMarketplaceOrder,
  type MarketplaceOrderDeps,
} from './marketplace-orders.service';

const RECEIVED: MarketplaceOrder = {
  partnerOrderId: 'NW-2026-118842',
  status: 'received',
  statusText: 'We have your order and will confirm it.',
  lines: [{ lineNumber: 1, partnerSku: 'NWM-100234', quantity: 200, unitPrice: '0.2400' }],
  receivedAt: '2026-11-28T15:04:00.000Z',
  updatedAt: '2026-11-28T15:04:00.000Z',
};

@Route('marketplace/v1/orders')
@Tags('Marketplace')
@Security('apiKey')
@Response<ProblemDetails>(401, 'No valid API key', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The key lacks the scope this route needs, or its partner is not set up',
  undefined,
  'application/problem+json',
)
export class MarketplaceOrdersController extends Controller {
  constructor(private readonly services: MarketplaceOrderDeps) {
    super();
  }

  /**
   * Submits an order in Crossdock's marketplace format, in the partner's SKUs. It is taken at once
   * (202) and followed by its `partnerOrderId`; submitting the same order again answers it (200)
   * and takes nothing twice, while another order under a used id is refused (409).
   * @summary Submit an order
   * @param idempotencyKey Optional: the partner's order id already makes a resubmission safe.
   */
  @Example<MarketplaceOrder>(RECEIVED)
  @Post()
  @SuccessResponse(202, 'Taken; follow it at its Location')
  @Response<MarketplaceOrder>(200, 'This order was submitted before: the order as it stands')
  @Response<ProblemDetails>(
    400,
    'The order is not valid, or a SKU is not in the cross-reference (the problem lists the lines)',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    409,
    'Another order was submitted under this partnerOrderId',
    undefined,
    'application/problem+json',
  )
  public async submitOrder(
    @Body() request: MarketplaceOrderRequest,
    @Header('Idempotency-Key') idempotencyKey?: string,
  ): Promise<MarketplaceOrder> {
    const submitted = await submitMarketplaceOrder(this.services, requirePrincipal(), request, idempotencyKey);
    this.setStatus(submitted.replayed ? 200 : 202);
    this.setHeader('Location', `/experience/marketplace/v1/orders/${encodeURIComponent(request.partnerOrderId)}`);
    return submitted.order;
  }

  /**
   * The partner's order by its own id: status, Crossdock's order number, prices, in its SKUs.
   * @summary Get an order by your order id
   */
  @Example<MarketplaceOrder>({
    partnerOrderId: 'NW-2026-118842',
    status: 'shipped',
    statusText: 'Your order has shipped.',
    orderNumber: 'SO-000051',
    currency: 'USD',
    lines: [{ lineNumber: 1, partnerSku: 'NWM-100234', quantity: 200, unitPrice: '0.2400', lineTotal: '48.00' }],
    subtotal: '48.00',
    tax: '3.00',
    total: '51.00',
    receivedAt: '2026-11-28T15:04:00.000Z',
    updatedAt: '2026-11-29T10:30:00.000Z',
  })
  @Get('{partnerOrderId}')
  @Response<ProblemDetails>(404, 'No such order from this partner', undefined, 'application/problem+json')
  public async getOrder(@Path() partnerOrderId: string): Promise<MarketplaceOrder> {
    return getMarketplaceOrder(this.services, requirePrincipal(), partnerOrderId);
  }

  /**
   * The shipments of the partner's order, with carrier and tracking, in its line numbers and SKUs.
   * @summary List an order's shipments
   */
  @Example<MarketplaceShipment[]>([
    {
      shipmentId: 'SH-000012',
      status: 'shipped',
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
      shippedAt: '2026-11-29T10:30:00.000Z',
      lines: [{ lineNumber: 1, partnerSku: 'NWM-100234', quantity: 200 }],
    },
  ])
  @Get('{partnerOrderId}/shipments')
  @Response<ProblemDetails>(404, 'No such order from this partner', undefined, 'application/problem+json')
  public async listShipments(@Path() partnerOrderId: string): Promise<MarketplaceShipment[]> {
    return listMarketplaceShipments(this.services, requirePrincipal(), partnerOrderId);
  }
}
