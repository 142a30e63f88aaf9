import {
  Body,
  Controller,
  Delete,
  Example,
  Get,
  Path,
  Post,
  Query,
  Response,
  Route,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import type {
  CreatedSubscription,
  CreateSubscriptionRequest,
  DeliveryState,
  EventDeliveryView,
  ProcessSubscription,
  ReplayRequest,
  ReplayResult,
} from '@crossdock/shared-contracts/contracts/api/process-events';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { ProcessServices } from '../process-services';
import {
  cancelSubscription,
  createSubscription,
  getSubscription,
  listDeliveries,
  listSubscriptions,
  replayEvents,
} from './subscriptions';

/**
 * Webhook subscribers: each event of the types a subscriber asked for is POSTed to its URL as a
 * CloudEvent, signed (`Crossdock-Signature`), at least once and in order per subject, retried on an
 * exponential schedule lasting hours, then dead-lettered; replayable by event id or time range.
 */
@Route('subscriptions')
@Tags('Events')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope, or is customer-scoped',
  undefined,
  'application/problem+json',
)
export class SubscriptionsController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Registers a subscriber. The answer holds the signing secret: it is never shown again.
   * @summary Subscribe to events
   */
  @Example<CreatedSubscription>({
    id: '3e9d6c8e-1b0f-4f37-9d8a-5b7b0f2f6a11',
    url: 'https://erp-sync.example.com/crossdock/events',
    eventTypes: ['com.crossdock.order.*'],
    active: true,
    createdAt: '2026-11-28T09:00:00.000Z',
    secret: 'whsec_0cX9...',
  })
  @Post()
  @SuccessResponse(201, 'Created')
  public async createSubscription(@Body() body: CreateSubscriptionRequest): Promise<CreatedSubscription> {
    const created = await createSubscription(this.services.db, requirePrincipal(), body);
    this.setStatus(201);
    this.setHeader('Location', `/process/v1/subscriptions/${created.id}`);
    return created;
  }

  /**
   * Every event subscriber, oldest first.
   * @summary List event subscriptions
   */
  @Get()
  public async listSubscriptions(): Promise<ProcessSubscription[]> {
    return listSubscriptions(this.services.db, requirePrincipal());
  }

  /**
   * One event subscriber. Its signing secret is not shown: only the answer that created it holds it.
   * @summary Get an event subscription
   */
  @Get('{subscriptionId}')
  @Response<ProblemDetails>(404, 'No such subscription', undefined, 'application/problem+json')
  public async getSubscription(@Path() subscriptionId: string): Promise<ProcessSubscription> {
    return getSubscription(this.services.db, requirePrincipal(), subscriptionId);
  }

  /**
   * Stops deliveries to the subscriber.
   * @summary Cancel an event subscription
   */
  @Delete('{subscriptionId}')
  @SuccessResponse(204, 'Cancelled')
  @Response<ProblemDetails>(404, 'No such subscription', undefined, 'application/problem+json')
  public async cancelSubscription(@Path() subscriptionId: string): Promise<void> {
    await cancelSubscription(this.services.db, requirePrincipal(), subscriptionId);
    this.setStatus(204);
  }

  /**
   * Deliveries to the subscriber, oldest event first.
   * @summary List a subscriber's deliveries
   * @param state pending, delivered or dead (the dead letters).
   * @isInt limit
   */
  @Get('{subscriptionId}/deliveries')
  @Response<ProblemDetails>(404, 'No such subscription', undefined, 'application/problem+json')
  public async listDeliveries(
    @Path() subscriptionId: string,
    @Query() state?: DeliveryState,
    @Query() limit?: number,
  ): Promise<EventDeliveryView[]> {
    return listDeliveries(this.services.db, requirePrincipal(), subscriptionId, state, limit);
  }

  /**
   * Delivers events again to this subscriber: by id, or every event it takes in [from, to). A cancelled subscription is refused.
   * @summary Deliver events again
   */
  @Post('{subscriptionId}/replay')
  @Response<ProblemDetails>(404, 'No such subscription', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'The subscription is cancelled', undefined, 'application/problem+json')
  public async replay(@Path() subscriptionId: string, @Body() body: ReplayRequest): Promise<ReplayResult> {
    return replayEvents(this.services.db, requirePrincipal(), subscriptionId, body, this.services.clock.now());
  }
}
