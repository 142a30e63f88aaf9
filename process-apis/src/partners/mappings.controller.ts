import { Body, Controller, Get, Path, Post, Response, Route, SuccessResponse, Tags } from '@tsoa/runtime';
import type {
  DryRunRequest,
  DryRunResult,
  MappingVersionView,
  NewMappingVersion,
} from '@crossdock/shared-contracts/contracts/api/process-mappings';
import { actorName, requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { dryRunMapping } from './dry-run';
import { addMappingVersion, getMappingVersion, listMappingVersions } from './mapping-versions';

/**
 * Mappings: named, versioned rules that turn a channel's documents into canonical orders. A new
 * version is added, tried on a stored document (dry run), then partners are moved to it.
 */
@Route('mappings')
@Tags('Partners')
@Response<ProblemDetails>(
  400,
  'The request is not valid (the problem lists the fields at fault)',
  undefined,
  'application/problem+json',
)
@Response<ProblemDetails>(401, 'No valid bearer token', undefined, 'application/problem+json')
@Response<ProblemDetails>(
  403,
  'The token lacks the scope this route needs, or is customer-scoped',
  undefined,
  'application/problem+json',
)
export class MappingsController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Every version of a mapping, oldest first, with the partners pinned to each.
   * @summary List a mapping's versions
   */
  @Get('{name}/versions')
  @Response<ProblemDetails>(404, 'No such mapping', undefined, 'application/problem+json')
  public async listVersions(@Path() name: string): Promise<MappingVersionView[]> {
    requireOperator(requirePrincipal(), 'manage mappings');
    return listMappingVersions(this.services.db, name);
  }

  /**
   * Adds the next version of a mapping (version 1 for a new name). No partner uses it until moved to it.
   * @summary Add a mapping version
   */
  @Post('{name}/versions')
  @SuccessResponse(201, 'Added')
  public async addVersion(@Path() name: string, @Body() version: NewMappingVersion): Promise<MappingVersionView> {
    const principal = requirePrincipal();
    requireOperator(principal, 'manage mappings');
    const added = await addMappingVersion(this.services.db, name, version, actorName(principal));
    this.setStatus(201);
    this.setHeader('Location', `/process/v1/mappings/${added.name}/versions/${added.version}`);
    return added;
  }

  /**
   * One version of a mapping. @isInt version
   * @summary Get a mapping version
   */
  @Get('{name}/versions/{version}')
  @Response<ProblemDetails>(404, 'No such version', undefined, 'application/problem+json')
  public async getVersion(@Path() name: string, @Path() version: number): Promise<MappingVersionView> {
    requireOperator(requirePrincipal(), 'manage mappings');
    return getMappingVersion(this.services.db, name, version);
  }

  /**
   * Tries a version on a stored inbound document, placing nothing: the canonical order(s) it would
   * produce, and what differs from the version before it.
   * @summary Try a mapping version on a stored document
   * @isInt version
   */
  @Post('{name}/versions/{version}/dry-run')
  @Response<ProblemDetails>(404, 'No such version, document or partner', undefined, 'application/problem+json')
  public async dryRun(
    @Path() name: string,
    @Path() version: number,
    @Body() request: DryRunRequest,
  ): Promise<DryRunResult> {
    requireOperator(requirePrincipal(), 'manage mappings');
    return dryRunMapping({ db: this.services.db, channels: this.services.inboundChannels }, { name, version }, request);
  }
}
