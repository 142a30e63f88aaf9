import {
  Body,
  Controller,
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
  BatchOutcomes,
  ReservationBatchRequest,
  ReservationOutcome,
} from '@crossdock/shared-contracts/contracts/api/system-batches';
import type { Reservation, ReservationRequest } from '@crossdock/shared-contracts/contracts/api/system-inventory';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { SystemServices } from '../system-services';
import { withoutTrace, writeBatch } from '../batch-item';
import { currentWriteActor } from '../write-actor';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';

@Route('reservations')
@Tags('Inventory')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class ReservationsController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * Holds stock in a warehouse. Never more than is available, also when many ask at once.
   * @summary Reserve stock
   */
  @Example<Reservation>({
    id: '0c8f2d7e-5b1a-4f0e-9d3c-2a6b7e8f9a01',
    sku: 'HXB-004',
    warehouseId: 'WH-DAL',
    quantity: 600,
    reference: 'SO-000042',
    status: 'active',
    createdAt: '2026-11-27T15:04:00.000Z',
  })
  @Post()
  @SuccessResponse(201, 'Held')
  @Response<ProblemDetails>(
    422,
    'Not enough available stock (INSUFFICIENT_STOCK) or an unknown item',
    undefined,
    PROBLEM_JSON,
  )
  public async reserve(@Body() reservation: ReservationRequest): Promise<Reservation> {
    this.setStatus(201);
    return this.services.erp.inventory.reserve(reservation, currentWriteActor());
  }

  /**
   * Holds stock for many requests in one call, one after another in the order given. Each item is
   * held or refused on its own (INSUFFICIENT_STOCK for that item only); keyed items are idempotent.
   * The whole batch fails (503) only when the ERP cannot be reached.
   * @summary Reserve stock for many requests
   */
  @Example<BatchOutcomes<ReservationOutcome>>({
    outcomes: [
      {
        reservation: {
          id: '0c8f2d7e-5b1a-4f0e-9d3c-2a6b7e8f9a01',
          sku: 'HXB-004',
          warehouseId: 'WH-DAL',
          quantity: 600,
          reference: 'SO-000042',
          status: 'active',
          createdAt: '2026-11-27T15:04:00.000Z',
        },
      },
      {
        problem: {
          type: 'urn:crossdock:problem:business-rule',
          title: 'A business rule was not met',
          status: 422,
          detail: 'GLV-002 in WH-DAL: 40 more needed than is held for it, 12 available.',
          reasonCode: 'INSUFFICIENT_STOCK',
        },
      },
    ],
  })
  @Post('batch')
  public async reserveMany(@Body() batch: ReservationBatchRequest): Promise<BatchOutcomes<ReservationOutcome>> {
    // One after another: reservations for the same stock must not race each other inside one batch.
    const inventory = this.services.erp.inventory;
    const settled = await writeBatch(
      batch.items,
      withoutTrace,
      inventory.reserveMany?.bind(inventory),
      (request, by) => inventory.reserve(request, by),
      1,
    );
    return { outcomes: settled.map(({ value, problem }) => (problem ? { problem } : { reservation: value })) };
  }

  /**
   * Reservations made for a reference (an order id) that no sales order has taken over yet — what
   * a caller compensating a failed order must give back.
   * @summary List open reservations for a reference
   * @param status active, released or consumed.
   */
  @Example<Reservation[]>([
    {
      id: '0c8f2d7e-5b1a-4f0e-9d3c-2a6b7e8f9a01',
      sku: 'HXB-004',
      warehouseId: 'WH-DAL',
      quantity: 600,
      reference: 'SO-000042',
      status: 'active',
      createdAt: '2026-11-27T15:04:00.000Z',
    },
  ])
  @Get()
  public async listReservations(@Query() reference: string, @Query() status?: string): Promise<Reservation[]> {
    return this.services.erp.inventory.listReservations({ reference, status });
  }

  /**
   * One reservation: the stock it holds and whether it is still held.
   * @summary Get a reservation
   */
  @Example<Reservation>({
    id: '0c8f2d7e-5b1a-4f0e-9d3c-2a6b7e8f9a01',
    sku: 'HXB-004',
    warehouseId: 'WH-DAL',
    quantity: 600,
    reference: 'SO-000042',
    status: 'active',
    createdAt: '2026-11-27T15:04:00.000Z',
  })
  @Get('{reservationId}')
  @Response<ProblemDetails>(404, 'No such reservation', undefined, PROBLEM_JSON)
  public async getReservation(@Path() reservationId: string): Promise<Reservation> {
    const reservation = await this.services.erp.inventory.getReservation(reservationId);
    if (!reservation) throw new NotFoundError(`Reservation ${reservationId} does not exist.`);
    return reservation;
  }

  /**
   * Gives the held stock back. Releasing twice gives it back once.
   * @summary Release a reservation
   */
  @Example<Reservation>({
    id: '0c8f2d7e-5b1a-4f0e-9d3c-2a6b7e8f9a01',
    sku: 'HXB-004',
    warehouseId: 'WH-DAL',
    quantity: 600,
    reference: 'SO-000042',
    status: 'released',
    createdAt: '2026-11-27T15:04:00.000Z',
  })
  @Post('{reservationId}/release')
  @Response<ProblemDetails>(404, 'No such reservation', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(
    409,
    'The reservation belongs to a sales order: cancel the order instead',
    undefined,
    PROBLEM_JSON,
  )
  public async release(@Path() reservationId: string): Promise<Reservation> {
    return this.services.erp.inventory.release(reservationId, currentWriteActor());
  }
}
