import { Controller, Get, Path, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/page';
import { NotFoundError } from '@crossdock/shared-contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/errors/problem';
import type { Customer } from '@crossdock/shared-contracts/model/customer';
import type { SystemServices } from '../system-services';

@Route('customers')
@Tags('Customers')
@Response<ProblemDetails>(400, 'The request is not valid (the problem lists the fields at fault)', undefined, 'application/problem+json')
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(403, 'The token lacks the scope this route needs', undefined, 'application/problem+json')
export class CustomersController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /** One customer account: addresses, terms, credit limit, status, tax jurisdiction. */
  @Get('{customerId}')
  @Response<ProblemDetails>(404, 'No such customer', undefined, 'application/problem+json')
  public async getCustomer(@Path() customerId: string): Promise<Customer> {
    const customer = await this.services.erp.getCustomer(customerId);
    if (!customer) throw new NotFoundError(`Customer ${customerId} does not exist.`);
    return customer;
  }

  /**
   * Customers in account order.
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   */
  @Get()
  public async listCustomers(@Query() cursor?: string, @Query() limit?: number): Promise<Page<Customer>> {
    return this.services.erp.listCustomers({ cursor, limit });
  }
}
