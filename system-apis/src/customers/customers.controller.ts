import {
  Body,
  Controller,
  Example,
  Get,
  Header,
  Path,
  Post,
  Put,
  Query,
  Response,
  Route,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import type { Page } from '@crossdock/shared-contracts/contracts/api/page';
import type { CustomerInput } from '@crossdock/shared-contracts/contracts/api/system-customers';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { etagOf, versionFromIfMatch } from '@crossdock/shared-contracts/platform/http/etag';
import type { Customer } from '@crossdock/shared-contracts/contracts/model/customer';
import type { SystemServices } from '../system-services';
import type { CustomerPort } from '../erp/ports/master-data-ports';
import type { Versioned } from '../erp/ports/common';
import { lookUpEach } from '../batch-item';
import { keyList } from '../sku-list';
import { currentWriteActor } from '../write-actor';
import { ACME_HARDWARE, ACME_HARDWARE_REPLACED, CUSTOMER_PAGE } from './customer-examples';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';

@Route('customers')
@Tags('Customers')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class CustomersController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * One customer account: addresses, terms, credit limit, status, tax jurisdiction. The ETag is its version.
   * @summary Get a customer account
   */
  @Example<Customer>(ACME_HARDWARE)
  @Get('{customerId}')
  @Response<ProblemDetails>(404, 'No such customer', undefined, PROBLEM_JSON)
  public async getCustomer(@Path() customerId: string): Promise<Customer> {
    const found = await this.services.erp.customers.get(customerId);
    if (!found) throw new NotFoundError(`Customer ${customerId} does not exist.`);
    this.setHeader('ETag', etagOf(found.version));
    return found.value;
  }

  /**
   * Customers in account order.
   * @summary List customer accounts
   * @param status active, on_hold or closed.
   * @param ids Only these customers: up to 200 ids, separated by commas, in one page; unknown ids are left out.
   * @param updatedSince Only customers changed at or after this instant (ISO 8601).
   * @param cursor The `nextCursor` of the previous page.
   * @param limit Page size, 1 to 200.
   * @isInt limit
   * @isDateTime updatedSince
   */
  @Example<Page<Customer>>(CUSTOMER_PAGE)
  @Get()
  public async listCustomers(
    @Query() status?: 'active' | 'on_hold' | 'closed',
    @Query() updatedSince?: Date,
    @Query() cursor?: string,
    @Query() limit?: number,
    @Query() ids?: string,
  ): Promise<Page<Customer>> {
    const wanted = keyList(ids, 'ids', 'customer ids');
    if (wanted)
      return {
        items: (
          await lookUpEach(
            wanted,
            8,
            (customerId) => this.services.erp.customers.get(customerId),
            manyCustomers(this.services.erp.customers),
          )
        ).map((found) => found.value),
      };
    return this.services.erp.customers.list({ status, updatedSince: updatedSince?.toISOString(), cursor, limit });
  }

  /**
   * Opens a customer account.
   * @summary Open a customer account
   */
  @Example<Customer>(ACME_HARDWARE)
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<ProblemDetails>(409, 'A customer with this id exists', undefined, PROBLEM_JSON)
  public async createCustomer(@Body() customer: CustomerInput): Promise<Customer> {
    const created = await this.services.erp.customers.create(customer, currentWriteActor());
    this.setStatus(201);
    this.setHeader('ETag', etagOf(created.version));
    this.setHeader('Location', `/system/v1/customers/${encodeURIComponent(created.value.id)}`);
    return created.value;
  }

  /**
   * Replaces a customer account. Send `If-Match` with the ETag you read: if someone changed the
   * account since, the write is refused with 412 and nothing is overwritten.
   * @summary Replace a customer account
   */
  @Example<Customer>(ACME_HARDWARE_REPLACED)
  @Put('{customerId}')
  @Response<ProblemDetails>(404, 'No such customer', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(412, 'The customer changed since it was read', undefined, PROBLEM_JSON)
  @Response<ProblemDetails>(428, 'If-Match is missing', undefined, PROBLEM_JSON)
  public async replaceCustomer(
    @Path() customerId: string,
    @Body() customer: CustomerInput,
    @Header('If-Match') ifMatch?: string,
  ): Promise<Customer> {
    const version = versionFromIfMatch(ifMatch);
    const updated = await this.services.erp.customers.update(
      customerId,
      { ...customer, id: customerId },
      version,
      currentWriteActor(),
    );
    this.setHeader('ETag', etagOf(updated.version));
    return updated.value;
  }
}

/** The adapter's many-read of customers, for lookUpEach, when it has one. */
const manyCustomers = (port: CustomerPort) =>
  port.getMany
    ? { getMany: port.getMany.bind(port), keyOf: (found: Versioned<Customer>) => found.value.id }
    : undefined;
