import type { Request as ExpressRequest } from 'express';
import { Controller, Header, NoSecurity, Post, Request, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type { InboundReceipt } from '@crossdock/shared-contracts/contracts/api/process-inbound-documents';
import { ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { ProcessServices } from '../process-services';
import { rawBodyOf, receiveSignedWebhook, webhookDependencies, type SignedWebhook } from './receive-signed-webhook';

// WooCommerce checks a new webhook's delivery URL with an unsigned form post of just this; it must
// answer 200 or the webhook is not saved. It carries no data and changes nothing here.
const WOOCOMMERCE_PING = /^webhook_id=\d+$/;

/**
 * Web shops' order webhooks. They authenticate by an HMAC signature over the raw body made with
 * the shop partner's secret, not by a bearer token (gateway.yaml marks these routes so). The body
 * is read byte for byte: ids keep every digit. A repeated delivery id answers 200 with what the
 * first delivery became. A signed body is answered 202 once kept, also when no order could be made
 * of it (not JSON, not an order, no street to ship to): the receipt says `rejected` and why.
 */
@Route('inbound')
@Tags('Channels')
@NoSecurity()
@Response<InboundReceipt>(200, 'This delivery was received before; nothing was done again')
@Response<ProblemDetails>(400, 'The topic is another; nothing was kept', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  401,
  'No partner for this shop, or the signature does not match the body; nothing was kept',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(413, 'The body is too large', undefined, 'application/problem+json')
export class WebhooksController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Shopify's `orders/create` and `orders/cancelled` webhooks: the body is Shopify's Order resource;
   * one with `cancelled_at` cancels the order taken in under its id. The shop is recognised by
   * `X-Shopify-Shop-Domain`; `X-Shopify-Hmac-Sha256` is the base64 HMAC-SHA256 of the raw body with
   * that partner's secret; `X-Shopify-Webhook-Id` de-duplicates.
   * @summary Receive a Shopify order webhook
   */
  @Post('shopify/orders')
  @SuccessResponse(202, 'Kept and taken in: the order is in the pipeline, or the receipt says `rejected` and why')
  public async receiveShopifyOrder(
    @Request() request: ExpressRequest,
    @Header('X-Shopify-Hmac-Sha256') signature?: string,
    @Header('X-Shopify-Shop-Domain') shopDomain?: string,
    @Header('X-Shopify-Webhook-Id') webhookId?: string,
    @Header('X-Shopify-Topic') topic?: string,
  ): Promise<InboundReceipt> {
    return this.takeIn(request, {
      channel: 'shopify',
      kind: 'shopify-order',
      shopDomain,
      signature,
      shopHeader: 'X-Shopify-Shop-Domain',
      signatureHeader: 'X-Shopify-Hmac-Sha256',
      deliveryId: webhookId,
      beforeKeeping: () => requireTopic(topic, ['orders/create', 'orders/cancelled'], 'X-Shopify-Topic'),
    });
  }

  /**
   * WooCommerce's `order.created` and `order.updated` webhooks (API v3): the body is WooCommerce's
   * Order; one with status `cancelled` cancels the order taken in under its id. The shop is
   * recognised by `X-WC-Webhook-Source` (its site URL); `X-WC-Webhook-Signature` is the base64
   * HMAC-SHA256 of the raw body with that partner's secret; `X-WC-Webhook-Delivery-ID`
   * de-duplicates. WooCommerce's unsigned ping (`webhook_id=<id>`) is answered 200 and ignored.
   * @summary Receive a WooCommerce order webhook
   */
  @Post('woocommerce/orders')
  @SuccessResponse(202, 'Kept and taken in: the order is in the pipeline, or the receipt says `rejected` and why')
  public async receiveWooCommerceOrder(
    @Request() request: ExpressRequest,
    @Header('X-WC-Webhook-Signature') signature?: string,
    @Header('X-WC-Webhook-Source') source?: string,
    @Header('X-WC-Webhook-Delivery-ID') deliveryId?: string,
    @Header('X-WC-Webhook-Topic') topic?: string,
  ): Promise<InboundReceipt | { ping: true }> {
    if (!signature && WOOCOMMERCE_PING.test(Buffer.from(rawBodyOf(request.body)).toString('latin1'))) {
      this.setStatus(200);
      return { ping: true };
    }
    return this.takeIn(request, {
      channel: 'woocommerce',
      kind: 'woocommerce-order',
      shopDomain: source,
      signature,
      shopHeader: 'X-WC-Webhook-Source',
      signatureHeader: 'X-WC-Webhook-Signature',
      deliveryId,
      beforeKeeping: () => requireTopic(topic, ['order.created', 'order.updated'], 'X-WC-Webhook-Topic'),
    });
  }

  private async takeIn(
    request: ExpressRequest,
    webhook: Omit<SignedWebhook, 'body' | 'contentType'>,
  ): Promise<InboundReceipt> {
    const receipt = await receiveSignedWebhook(webhookDependencies(this.services), {
      ...webhook,
      body: rawBodyOf(request.body),
      contentType: request.get('content-type') ?? 'application/json',
    });
    this.setStatus(receipt.duplicate ? 200 : 202);
    return receipt;
  }
}

/** The topic header, when sent, must be one this endpoint takes. */
function requireTopic(topic: string | undefined, expected: readonly string[], header: string): void {
  if (topic !== undefined && !expected.includes(topic))
    throw new ValidationError(`This endpoint takes ${expected.join(' and ')} webhooks, not ${topic}.`, [
      { field: header, message: `must be one of ${expected.join(', ')}` },
    ]);
}
