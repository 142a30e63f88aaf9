import {
  Body,
  Controller,
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
import type {
  NewPartner,
  PartnerChannel,
  PartnerInput,
  PartnerView,
  PinMappingRequest,
  PollReport,
} from '@crossdock/shared-contracts/contracts/api/process-partners';
import { requirePrincipal } from '@crossdock/shared-contracts/platform/context/request-context';
import type { ProblemDetails } from '@crossdock/shared-contracts/contracts/errors/problem';
import type {
  SampleDryRunRequest,
  SampleDryRunResult,
} from '@crossdock/shared-contracts/contracts/api/process-mappings';
import { etagOf, versionFromIfMatch } from '@crossdock/shared-contracts/platform/http/etag';
import { pollPartnerNow, PULLED_CHANNELS } from '../channels/polling/channel-pollers';
import { ingestDependencies } from '../inbound-documents/ingest-dependencies';
import { requireOperator } from '../orders/operator-only';
import type { ProcessServices } from '../process-services';
import { createPartner, getPartner, listPartners, pinMapping, replacePartner } from './save-partner';
import { dryRunSample } from './sample-dry-run';

/**
 * Trading partners as data: who sends orders through which channel, for which customer account,
 * how their documents are recognised (X12 ids, shop domain, seller id), their item
 * cross-references and units, and the mapping version their documents are mapped with. Secrets
 * (webhook secrets, access tokens) are write-only. For the distributor's staff only.
 */
@Route('partners')
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
export class PartnersController extends Controller {
  constructor(private readonly services: ProcessServices) {
    super();
  }

  /**
   * Every partner, by id; only those of one channel when `channel` is given.
   * @summary List trading partners
   */
  @Get()
  public async listPartners(@Query() channel?: PartnerChannel): Promise<PartnerView[]> {
    requireOperator(requirePrincipal(), 'manage trading partners');
    return listPartners(this.services.db, { channel });
  }

  /**
   * Creates a partner in one call: its identifiers (X12 ISA05/ISA06 with GS02/GS03 where they differ,
   * EDIFACT UNB ids, a shop's domain, a Peppol endpoint), its channel (the format it sends), how its
   * documents travel, its mapping version and cross-references. Create it with `active: false` to try
   * samples first (`POST /partners/{partnerId}/dry-run`). Its mapping version must exist; its
   * identifiers must be no other partner's (409). Secrets (webhook secrets, tokens, an SFTP password or
   * key) are write-only: never shown or logged.
   * @summary Add a trading partner
   */
  @Post()
  @SuccessResponse(201, 'Created')
  @Response<ProblemDetails>(
    409,
    'The partner exists, or one of its identifiers is another partner’s',
    undefined,
    'application/problem+json',
  )
  public async createPartner(@Body() partner: NewPartner): Promise<PartnerView> {
    requireOperator(requirePrincipal(), 'manage trading partners');
    const created = await createPartner(this.services.db, partner);
    this.setStatus(201);
    this.setHeader('ETag', etagOf(String(created.version)));
    this.setHeader('Location', `/process/v1/partners/${created.id}`);
    return created;
  }

  /**
   * One partner. The ETag is its version, for If-Match on a replace.
   * @summary Get a trading partner
   */
  @Get('{partnerId}')
  @Response<ProblemDetails>(404, 'No such partner', undefined, 'application/problem+json')
  public async getPartner(@Path() partnerId: string): Promise<PartnerView> {
    requireOperator(requirePrincipal(), 'manage trading partners');
    const partner = await getPartner(this.services.db, partnerId);
    this.setHeader('ETag', etagOf(String(partner.version)));
    return partner;
  }

  /**
   * Replaces a partner. Send `If-Match` with the ETag you read: when someone saved in between, 412.
   * Webhook secrets and the connection's access token, when left out, are kept as they are.
   * @summary Replace a trading partner
   */
  @Put('{partnerId}')
  @Response<ProblemDetails>(404, 'No such partner', undefined, 'application/problem+json')
  @Response<ProblemDetails>(409, 'One of its identifiers is another partner’s', undefined, 'application/problem+json')
  @Response<ProblemDetails>(412, 'The partner changed since it was read', undefined, 'application/problem+json')
  @Response<ProblemDetails>(428, 'If-Match is missing', undefined, 'application/problem+json')
  public async replacePartner(
    @Path() partnerId: string,
    @Body() partner: PartnerInput,
    @Header('If-Match') ifMatch?: string,
  ): Promise<PartnerView> {
    requireOperator(requirePrincipal(), 'manage trading partners');
    const updated = await replacePartner(this.services.db, partnerId, partner, versionFromIfMatch(ifMatch));
    this.setHeader('ETag', etagOf(String(updated.version)));
    return updated;
  }

  /**
   * Moves the partner to another mapping version (try it first with a dry run); documents from now on are mapped with it.
   * @summary Pin a partner to a mapping version
   */
  @Put('{partnerId}/mapping')
  @Response<ProblemDetails>(404, 'No such partner', undefined, 'application/problem+json')
  public async pinMapping(@Path() partnerId: string, @Body() mapping: PinMappingRequest): Promise<PartnerView> {
    requireOperator(requirePrincipal(), 'manage trading partners');
    const updated = await pinMapping(this.services.db, partnerId, mapping);
    this.setHeader('ETag', etagOf(String(updated.version)));
    return updated;
  }

  /**
   * Tries a sample document on the partner, live or not yet: read as its channel reads what the partner
   * sends (an X12 or EDIFACT interchange, a UBL Order, a web shop's order JSON), its sender checked
   * against the partner's identifiers, its orders mapped with the partner's mapping version (or the
   * one named), and the acknowledgement the sender would get (a 997, a CONTRL) written out. Nothing is
   * kept, placed, numbered or sent. A document that cannot be read answers 200 too, `outcome: refused`,
   * with what its sender would be told.
   * @summary Dry-run a sample document for a partner
   */
  @Post('{partnerId}/dry-run')
  @Response<ProblemDetails>(404, 'No such partner', undefined, 'application/problem+json')
  public async dryRunSample(
    @Path() partnerId: string,
    @Body() request: SampleDryRunRequest,
  ): Promise<SampleDryRunResult> {
    requireOperator(requirePrincipal(), 'try documents on trading partners');
    return dryRunSample(this.services, partnerId, request);
  }

  /**
   * Polls a Magento or Amazon partner's channel now, whether or not its next poll is due: the new
   * orders since its bookmark are fetched, kept as received and taken in. A failed poll (the channel
   * down, or rate limited after the retries) says why in `error` and backs off.
   * @summary Poll a partner's channel now
   */
  @Post('{partnerId}/poll')
  @Response<ProblemDetails>(404, 'No such partner', undefined, 'application/problem+json')
  @Response<ProblemDetails>(
    409,
    'The partner is not polled (not Magento or Amazon, or no connection)',
    undefined,
    'application/problem+json',
  )
  public async pollPartner(@Path() partnerId: string): Promise<PollReport> {
    requireOperator(requirePrincipal(), 'poll channels');
    return pollPartnerNow(
      { ...ingestDependencies(this.services), settings: this.services.channelSettings, connectors: PULLED_CHANNELS },
      partnerId,
    );
  }
}
