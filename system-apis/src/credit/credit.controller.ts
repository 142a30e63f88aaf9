import { Controller, Example, Get, Path, Query, Response, Route, Tags } from '@tsoa/runtime';
import type { CreditExposure } from '@crossdock/shared-contracts/contracts/api/system-credit';
import { NotFoundError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { lookUpEach } from '../batch-item';
import { keyList } from '../sku-list';
import type { SystemServices } from '../system-services';
import { PROBLEM_JSON, INVALID_REQUEST, NO_VALID_TOKEN, SCOPE_MISSING, ERP_UNREACHABLE } from '../problem-responses';

@Route('customers')
@Tags('Credit')
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class CreditController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * What the customer owes (open invoices) and has on order (not yet invoiced), against its credit limit.
   * @summary Get a customer's credit exposure
   */
  @Example<CreditExposure>({
    customerId: 'C-1001',
    currency: 'USD',
    creditLimit: '50000.00',
    openInvoices: '1240.50',
    openOrders: '180.00',
    exposure: '1420.50',
    available: '48579.50',
  })
  @Get('{customerId}/credit')
  @Response<ProblemDetails>(404, 'No such customer', undefined, PROBLEM_JSON)
  public async getCreditExposure(@Path() customerId: string): Promise<CreditExposure> {
    const exposure = await this.services.erp.credit.exposure(customerId);
    if (!exposure) throw new NotFoundError(`Customer ${customerId} does not exist.`);
    return exposure;
  }
}

@Route('credit-exposures')
@Tags('Credit')
@Response<ProblemDetails>(400, INVALID_REQUEST, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(401, NO_VALID_TOKEN, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(403, SCOPE_MISSING, undefined, PROBLEM_JSON)
@Response<ProblemDetails>(503, ERP_UNREACHABLE, undefined, PROBLEM_JSON)
export class CreditExposuresController extends Controller {
  constructor(private readonly services: SystemServices) {
    super();
  }

  /**
   * The credit exposure of several customers in one call; unknown customers are left out.
   * @summary Get several customers' credit exposure
   * @param customerIds Up to 200 customer ids, separated by commas.
   */
  @Example<CreditExposure[]>([
    {
      customerId: 'C-1001',
      currency: 'USD',
      creditLimit: '50000.00',
      openInvoices: '1240.50',
      openOrders: '180.00',
      exposure: '1420.50',
      available: '48579.50',
    },
  ])
  @Get()
  public async listCreditExposures(@Query() customerIds: string): Promise<CreditExposure[]> {
    const { credit } = this.services.erp;
    const many = credit.exposureMany
      ? { getMany: credit.exposureMany.bind(credit), keyOf: (found: CreditExposure) => found.customerId }
      : undefined;
    return lookUpEach(keyList(customerIds, 'customerIds', 'customer ids')!, 8, (id) => credit.exposure(id), many);
  }
}
