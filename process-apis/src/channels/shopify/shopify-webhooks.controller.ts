import type { Request as ExpressRequest } from 'express';
import { Controller, Header, NoSecurity, Post, Request, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type { InboundReceipt } from '@crossdock/shared-contracts/contracts/process-inbound-documents';
import { ValidationError } from '@crossdock/shared-contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import { webhookDependencies } from '../../inbound-documents/ingest-dependencies';
import type { ProcessServices } from '../../process-services';
import { rawBodyOf, receiveSignedWebhook } from '../receive-signed-webhook';

/** Shopify's webhooks. They authenticate by their HMAC signature, not by a bearer token. */
@Route('inbound/shopify')
@Tags('Channels')
@NoSecurity()
export class ShopifyWebhooksController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Shopify's `orders/create` webhook. The request body is Shopify's Order resource, exactly as
   * Shopify sends it (read byte for byte: ids keep every digit). The shop is recognised by
   * `X-Shopify-Shop-Domain` and the body must be signed with that shop partner's secret
   * (`X-Shopify-Hmac-Sha256`: base64 HMAC-SHA256 of the raw body); otherwise 401 and nothing is
   * kept. A repeated `X-Shopify-Webhook-Id` answers 200 with what the first delivery became.
   */
  @Post('orders')
  @SuccessResponse(202, 'Kept and taken in: the order(s) are in the pipeline')
  @Response<InboundReceipt>(200, 'This delivery was received before; nothing was done again')
  @Response<ProblemDetails>(400, 'The body is not a Shopify order (or not JSON), or the topic is not orders/create; it was kept', undefined, 'application/problem+json')
  @Response<ProblemDetails>(401, 'No partner for this shop, or the signature does not match the body', undefined, 'application/problem+json')
  @Response<ProblemDetails>(413, 'The body is too large', undefined, 'application/problem+json')
  @Response<ProblemDetails>(422, 'The order was kept but cannot be mapped (for example no street to ship to)', undefined, 'application/problem+json')
  public async receiveOrderCreated(
    @Request() request: ExpressRequest,
    @Header('X-Shopify-Hmac-Sha256') signature?: string,
    @Header('X-Shopify-Shop-Domain') shopDomain?: string,
    @Header('X-Shopify-Webhook-Id') webhookId?: string,
    @Header('X-Shopify-Topic') topic?: string,
  ): Promise<InboundReceipt> {
    const receipt = await receiveSignedWebhook(webhookDependencies(this.services), {
      channel: 'shopify',
      kind: 'shopify-order',
      body: rawBodyOf(request.body),
      contentType: request.get('content-type') ?? 'application/json',
      shopDomain,
      signature,
      shopHeader: 'X-Shopify-Shop-Domain',
      signatureHeader: 'X-Shopify-Hmac-Sha256',
      deliveryId: webhookId,
      beforeKeeping: () => {
        if (topic !== undefined && topic !== 'orders/create') throw new ValidationError(`This endpoint takes orders/create webhooks, not ${topic}.`, [{ field: 'X-Shopify-Topic', message: 'must be orders/create' }]);
      },
    });
    this.setStatus(receipt.duplicate ? 200 : 202);
    return receipt;
  }
}
