import type { Request as ExpressRequest } from 'express';
import { Controller, Header, NoSecurity, Post, Request, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type { InboundReceipt } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { ProcessServices } from '../../process-services';
import { rawBodyOf, webhookDependencies } from '../receive-signed-webhook';
import { bigCommerceOrderFetcher } from './fetch-bigcommerce-order';
import { receiveBigCommerceWebhook } from './receive-bigcommerce-webhook';

/**
 * BigCommerce's order webhooks. They authenticate by a Standard Webhooks signature made with the
 * app's client secret, not by a bearer token (gateway.yaml marks the route so).
 */
@Route('inbound/bigcommerce')
@Tags('Channels')
@NoSecurity()
export class BigCommerceWebhooksController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * BigCommerce's `store/order/created` and `store/order/statusUpdated` callbacks. The store is the
   * callback's `producer` (`stores/{store_hash}`): the partner whose shop domain is
   * `store-{store_hash}.mybigcommerce.com`. `webhook-signature` is the Standard Webhooks signature
   * (`v1,` and the base64 HMAC-SHA256 of `webhook-id.webhook-timestamp.body`) with that partner's
   * secret, the app's client secret; `webhook-timestamp` must be within five minutes. A partner set up
   * with the webhook's custom headers (`connection.webhookHeaders`) needs each of them too. The order, its
   * products and its shipping addresses are fetched with the partner's token and kept with the
   * callback before the answer; the callback's `hash` de-duplicates.
   * @summary Receive a BigCommerce order webhook
   */
  @Post('orders')
  @SuccessResponse(202, 'Kept and taken in: the order is in the pipeline, or the receipt says `rejected` and why')
  @Response<InboundReceipt>(200, 'This callback was received before; nothing was done again')
  @Response<ProblemDetails>(400, 'The scope is another; nothing was kept', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    401,
    'No partner for this store, or the signature does not match; nothing was kept',
    undefined,
    'application/problem+json',
  )
  @Response<ProblemDetails>(
    503,
    'BigCommerce could not be asked for the order; nothing was kept, and BigCommerce delivers the callback again',
    undefined,
    'application/problem+json',
  )
  public async receiveBigCommerceOrder(
    @Request() request: ExpressRequest,
    // Declared for the contract; read with the webhook's custom headers through `request`.
    @Header('webhook-id') _webhookId?: string,
    @Header('webhook-timestamp') _webhookTimestamp?: string,
    @Header('webhook-signature') _webhookSignature?: string,
  ): Promise<InboundReceipt> {
    const receipt = await receiveBigCommerceWebhook(
      {
        ...webhookDependencies(this.services),
        fetchOrder: bigCommerceOrderFetcher(this.services.channelSettings, this.services.logger),
      },
      {
        body: rawBodyOf(request.body),
        contentType: request.get('content-type') ?? 'application/json',
        header: (name) => request.get(name),
      },
    );
    this.setStatus(receipt.duplicate ? 200 : 202);
    return receipt;
  }
}
