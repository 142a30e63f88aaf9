import type { Request as ExpressRequest } from 'express';
import { Controller, Get, Header, Produces, Query, Request, Response, Route, Tags } from '@tsoa/runtime';
import type { EventTypeDescription, PublishedEvent } from '@crossdock/shared-contracts/contracts/api/process-events';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { EVENT_CATALOGUE } from './event-catalogue';
import { parsePosition, readEvents } from './read-events';

/** The event log (the outbox) as read by screens and catch-up readers, and the catalogue of event types. */
@Route('events')
@Tags('Events')
@Response<ProblemDetails>(
  400,
  'A filter is not valid (the problem lists the fields at fault)',
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
export class EventsController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Every event type Crossdock publishes, with the JSON Schema of its `data`.
   * @summary List event types
   */
  @Get('types')
  public async listEventTypes(): Promise<EventTypeDescription[]> {
    return [...EVENT_CATALOGUE];
  }

  /**
   * Events once their transaction has ended, after `after` (the `position` of the last event read),
   * filtered by type (exact or `prefix*`, repeatable) and subject. By position within a transaction;
   * across transactions in the order they began writing, so one committed late is never skipped.
   * @summary Read events after a position
   * @isInt limit
   */
  @Get()
  public async listEvents(
    @Query() after?: string,
    @Query() type?: string[],
    @Query() subject?: string,
    @Query() limit?: number,
  ): Promise<PublishedEvent[]> {
    requireOperator(requirePrincipal(), 'read the event log');
    return readEvents(this.services.db, {
      after: parsePosition(after, 'after'),
      types: type,
      subject,
      limit: Math.min(Math.max(limit ?? 100, 1), 1000),
    });
  }

  /**
   * Server-sent events: each event as it is written (`id:` its position, `event:` its type, `data:`
   * the CloudEvent), filtered like the list. Resumes after `Last-Event-ID` (or `after`).
   * @summary Stream events (server-sent events)
   */
  @Get('stream')
  @Produces('text/event-stream')
  public async streamEvents(
    @Request() request: ExpressRequest,
    @Header('Last-Event-ID') lastEventId?: string,
    @Query() after?: string,
    @Query() type?: string[],
    @Query() subject?: string,
  ): Promise<void> {
    requireOperator(requirePrincipal(), 'read the event stream');
    const from = parsePosition(lastEventId, 'Last-Event-ID') ?? parsePosition(after, 'after');
    this.services.eventStreams.open(request.res!, { after: from, types: type, subject });
  }
}
