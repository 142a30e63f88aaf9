import type { Request as ExpressRequest } from 'express';
import { Controller, Header, NoSecurity, Post, Request, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type { InboundReceipt } from '@crossdock/shared-contracts/contracts/process-inbound-documents';
import { ValidationError } from '@crossdock/shared-contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import { webhookDependencies } from '../../inbound-documents/ingest-dependencies';
import type { ProcessServices } from '../../process-services';
import { rawBodyOf, receiveSignedWebhook } from '../receive-signed-webhook';

// WooCommerce checks a new webhook's delivery URL with an unsigned form post of just this; it must
// answer 200 or the webhook is not saved. It carries no data and changes nothing here.
const PING = /^webhook_id=\d+$/;

/** WooCommerce's webhooks. They authenticate by their HMAC signature, not by a bearer token. */
@Route('inbound/woocommerce')
@Tags('Channels')
@NoSecurity()
export class WooCommerceWebhooksController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * WooCommerce's `order.created` webhook (API version 3). The body is WooCommerce's Order, read
   * byte for byte. The shop is recognised by `X-WC-Webhook-Source` (the site URL) and the body must
   * be signed with that partner's secret (`X-WC-Webhook-Signature`: base64 HMAC-SHA256 of the raw
   * body); otherwise 401 and nothing is kept. A repeated `X-WC-Webhook-Delivery-ID` answers 200 with
   * what the first delivery became. WooCommerce's unsigned ping (`webhook_id=<id>`, sent when a
   * webhook is saved) is answered 200 and ignored.
   */
  @Post('orders')
  @SuccessResponse(202, 'Kept and taken in: the order(s) are in the pipeline')
  @Response<InboundReceipt>(200, 'This delivery was received before (or a ping); nothing was done again')
  @Response<ProblemDetails>(400, 'The body is not a WooCommerce order (or not JSON), or the topic is not order.created; it was kept', undefined, 'application/problem+json')
  @Response<ProblemDetails>(401, 'No partner for this site, or the signature does not match the body', undefined, 'application/problem+json')
  @Response<ProblemDetails>(413, 'The body is too large', undefined, 'application/problem+json')
  @Response<ProblemDetails>(422, 'The order was kept but cannot be mapped (for example no street to ship to)', undefined, 'application/problem+json')
  public async receiveOrderCreated(
    @Request() request: ExpressRequest,
    @Header('X-WC-Webhook-Signature') signature?: string,
    @Header('X-WC-Webhook-Source') source?: string,
    @Header('X-WC-Webhook-Delivery-ID') deliveryId?: string,
    @Header('X-WC-Webhook-Topic') topic?: string,
  ): Promise<InboundReceipt | { ping: true }> {
    const body = rawBodyOf(request.body);
    if (!signature && PING.test(Buffer.from(body).toString('latin1'))) {
      this.setStatus(200);
      return { ping: true };
    }
    const receipt = await receiveSignedWebhook(webhookDependencies(this.services), {
      channel: 'woocommerce',
      kind: 'woocommerce-order',
      body,
      contentType: request.get('content-type') ?? 'application/json',
      shopDomain: source,
      signature,
      shopHeader: 'X-WC-Webhook-Source',
      signatureHeader: 'X-WC-Webhook-Signature',
      deliveryId,
      beforeKeeping: () => {
        if (topic !== undefined && topic !== 'order.created') throw new ValidationError(`This endpoint takes order.created webhooks, not ${topic}.`, [{ field: 'X-WC-Webhook-Topic', message: 'must be order.created' }]);
      },
    });
    this.setStatus(receipt.duplicate ? 200 : 202);
    return receipt;
  }
}
