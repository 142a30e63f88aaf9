import {
  Body,
  Controller,
  Delete,
  Example,
  Get,
  Path,
  Post,
  Put,
  Response,
  Route,
  SuccessResponse,
  Tags,
} from '@tsoa/runtime';
import type {
  AlertIncidentView,
  AlertRuleRequest,
  AlertRuleView,
  CreatedAlertRule,
} from '@crossdock/shared-contracts/contracts/api/process-alerts';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type { ProcessServices } from '../process-services';
import {
  EXAMPLE_ALERT_INCIDENTS,
  EXAMPLE_ALERT_RULE,
  EXAMPLE_ALERT_RULES,
  EXAMPLE_CREATED_ALERT_RULE,
} from './alert-examples';
import {
  createAlertRule,
  deleteAlertRule,
  getAlertRule,
  listAlertIncidents,
  listAlertRules,
  replaceAlertRule,
} from './alert-rules';

/**
 * Alert rules: a KPI figure (the same computeKpiFigures gives GET /kpis) above or below a threshold
 * over the last minutes, for a channel or partner, told by email and/or a signed webhook. An alert
 * fires once, is told again every `repeatMinutes` while it holds, and resolves with a message.
 */
@Route('alert-rules')
@Tags('Alerts')
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
export class AlertRulesController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Stores an alert rule; it is judged from the next evaluation on. With a webhook, the answer holds
   * its signing secret: it is never shown again.
   * @summary Create an alert rule
   */
  @Example<CreatedAlertRule>(EXAMPLE_CREATED_ALERT_RULE)
  @Post()
  @SuccessResponse(201, 'Created')
  public async createAlertRule(@Body() body: AlertRuleRequest): Promise<CreatedAlertRule> {
    const created = await createAlertRule(this.services.db, requirePrincipal(), body, this.services.clock.now());
    this.setStatus(201);
    this.setHeader('Location', `/process/v1/alert-rules/${created.id}`);
    return created;
  }

  /**
   * Every alert rule, oldest first (never with a webhook secret).
   * @summary List alert rules
   */
  @Example<AlertRuleView[]>(EXAMPLE_ALERT_RULES)
  @Get()
  public async listAlertRules(): Promise<AlertRuleView[]> {
    return listAlertRules(this.services.db, requirePrincipal());
  }

  /**
   * One alert rule.
   * @summary Get an alert rule
   */
  @Example<AlertRuleView>(EXAMPLE_ALERT_RULE)
  @Get('{ruleId}')
  @Response<ProblemDetails>(404, 'No such alert rule', undefined, 'application/problem+json')
  public async getAlertRule(@Path() ruleId: string): Promise<AlertRuleView> {
    return getAlertRule(this.services.db, requirePrincipal(), ruleId);
  }

  /**
   * Replaces an alert rule's settings; an open incident stays open and is judged by them next time.
   * A webhook keeps its secret; a webhook added now gets one, shown in this answer only.
   * @summary Replace an alert rule
   */
  @Put('{ruleId}')
  @Response<ProblemDetails>(404, 'No such alert rule', undefined, 'application/problem+json')
  public async replaceAlertRule(@Path() ruleId: string, @Body() body: AlertRuleRequest): Promise<CreatedAlertRule> {
    return replaceAlertRule(this.services.db, requirePrincipal(), ruleId, body, this.services.clock.now());
  }

  /**
   * Deletes an alert rule, its incidents and anything still owed about them.
   * @summary Delete an alert rule
   */
  @Delete('{ruleId}')
  @SuccessResponse(204, 'Deleted')
  @Response<ProblemDetails>(404, 'No such alert rule', undefined, 'application/problem+json')
  public async deleteAlertRule(@Path() ruleId: string): Promise<void> {
    await deleteAlertRule(this.services.db, requirePrincipal(), ruleId);
    this.setStatus(204);
  }

  /**
   * The rule's incidents, newest first: when each opened and resolved, the figure, the message, and
   * each email and webhook about it with its attempts and last failure.
   * @summary List an alert rule's incidents
   */
  @Example<AlertIncidentView[]>(EXAMPLE_ALERT_INCIDENTS)
  @Get('{ruleId}/incidents')
  @Response<ProblemDetails>(404, 'No such alert rule', undefined, 'application/problem+json')
  public async listAlertIncidents(@Path() ruleId: string): Promise<AlertIncidentView[]> {
    return listAlertIncidents(this.services.db, requirePrincipal(), ruleId);
  }
}
