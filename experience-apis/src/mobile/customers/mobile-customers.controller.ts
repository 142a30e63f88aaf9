import { Controller, Example, Get, Path, Response, Route, Tags } from '@tsoa/runtime';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { MobileCustomer, MobileCustomerSnapshot } from './mobile-customer';
import { customerSnapshot, listRepCustomers, type MobileCustomerDeps } from './mobile-customers.service';

@Route('mobile/v1/customers')
@Tags('Mobile sales')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails, { 'Retry-After': string }>(
  503,
  'The ERP is away: the customers’ accounts cannot be read now; ask again after Retry-After',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is not a sales rep’s',
  undefined,
  'application/problem+json',
)
export class MobileCustomersController extends Controller {
  constructor(private readonly services: MobileCustomerDeps) {
    super();
  }

  /**
   * The customers the rep looks after (the list their token carries).
   * @summary List my customers
   */
  @Example<MobileCustomer[]>([
    { customerId: 'C-1001', name: 'Acme Hardware', status: 'active', city: 'Dallas' },
    { customerId: 'C-1002', name: 'Brightline Supply', status: 'active', city: 'Marietta' },
  ])
  @Get()
  public async listCustomers(): Promise<MobileCustomer[]> {
    return listRepCustomers(this.services, requirePrincipal());
  }

  /**
   * One customer before a visit: credit available, open orders and the last invoices, in one call.
   * @summary Get a customer snapshot before a visit
   */
  @Example<MobileCustomerSnapshot>({
    customerId: 'C-1001',
    name: 'Acme Hardware',
    status: 'active',
    paymentTerms: 'NET30',
    credit: {
      currency: 'USD',
      creditLimit: '50000.00',
      available: '48617.75',
      openInvoices: '1191.00',
      openOrders: '191.25',
    },
    openOrders: [
      {
        orderId: '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f',
        orderNumber: 'SO-000042',
        status: 'confirmed',
        placedAt: '2026-11-28T15:04:00.000Z',
        total: '191.25',
      },
    ],
    recentInvoices: [
      {
        invoiceId: 'INV-000003',
        invoiceDate: '2026-11-20',
        dueDate: '2026-12-20',
        total: '1191.00',
        balanceDue: '1191.00',
      },
    ],
  })
  @Get('{customerId}/snapshot')
  @Response<ProblemDetails>(404, 'Not one of this rep’s customers', undefined, 'application/problem+json')
  public async getSnapshot(@Path() customerId: string): Promise<MobileCustomerSnapshot> {
    return customerSnapshot(this.services, requirePrincipal(), customerId);
  }
}
