import type {
  SampleDryRunRequest,
  SampleDryRunResult,
} from '@crossdock/shared-contracts/contracts/api/process-mappings';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { NotFoundError, ValidationError } from '@crossdock/shared-contracts/contracts/errors/errors';
import type { Clock } from '@crossdock/shared-contracts/platform/time/clock';
import type { ProcessDatabase } from '../database';
import { dryRunOrders } from './dry-run';
import { mappingDataOf, PARTNER_INCLUDE } from './partner-view';
import { SAMPLE_READERS } from './sample-readers';

/** The most a sample may hold: a few orders, not a day's traffic. */
const MAX_SAMPLE_CHARACTERS = 1_000_000;

/**
 * Tries a sample document on a partner, live or not yet: read as its channel reads what the partner
 * sends, its sender checked against the partner's identifiers, its orders mapped with the partner's
 * mapping version (or the one asked for), and the acknowledgement the sender would get written out.
 * Nothing is kept, placed, numbered or sent. A document that cannot be read is a result too: refused,
 * with what the sender would be told.
 */
export async function dryRunSample(
  { db, clock }: { db: ProcessDatabase; clock: Clock },
  partnerId: string,
  request: SampleDryRunRequest,
): Promise<SampleDryRunResult> {
  if (typeof request.document !== 'string' || request.document.trim() === '')
    throw new ValidationError('The sample is empty.', [{ field: 'document', message: 'paste or upload a document' }]);
  if (request.document.length > MAX_SAMPLE_CHARACTERS)
    throw new ValidationError('The sample is too large.', [
      { field: 'document', message: `at most ${MAX_SAMPLE_CHARACTERS} characters` },
    ]);
  const partner = await db.tradingPartner.findUnique({ where: { id: partnerId }, include: PARTNER_INCLUDE });
  if (!partner) throw new NotFoundError(`There is no partner ${partnerId}.`);
  const read = SAMPLE_READERS[partner.channel];
  if (!read)
    throw new ValidationError(`A ${partner.channel} partner's documents cannot be tried here.`, [
      { field: 'partnerId', message: `samples are tried for ${Object.keys(SAMPLE_READERS).join(', ')} partners` },
    ]);
  const mapping = request.mapping ?? { name: partner.mappingName, version: partner.mappingVersion };
  const [version, previous] = await Promise.all([
    db.mappingVersion.findUnique({ where: { name_version: mapping } }),
    db.mappingVersion.findUnique({ where: { name_version: { name: mapping.name, version: mapping.version - 1 } } }),
  ]);
  if (!version)
    throw new ValidationError('The mapping version does not exist.', [
      { field: 'mapping', message: `There is no version ${mapping.version} of mapping ${mapping.name}.` },
    ]);
  const base = { partnerId, channel: partner.channel, mapping: { name: version.name, version: version.version } };

  let reading;
  try {
    reading = read(new TextEncoder().encode(request.document), partner, clock.now());
  } catch (error) {
    // A document the channel cannot read is refused on receipt: that is the dry run's answer, not an error of the request.
    if (!(error instanceof CrossdockError) || error.kind !== 'client') throw error;
    return {
      ...base,
      outcome: 'refused',
      sender: { matches: false, expected: '' },
      problems: problemsOf(error),
      acknowledgement: { kind: 'HTTP', verdict: 'rejected', summary: `${error.status}: ${error.message}` },
      orders: [],
    };
  }
  const orders = dryRunOrders(reading.orders, mappingDataOf(partner), version, previous ?? undefined);
  const problems = [...reading.problems];
  if (!reading.sender.matches)
    problems.unshift({
      field: 'sender',
      message: `The sample is from ${reading.sender.found ?? '(no sender)'}; partner ${partnerId} is ${reading.sender.expected}: it would be refused (422).`,
    });
  return {
    ...base,
    outcome: problems.length > 0 ? 'refused' : 'taken-in',
    sender: reading.sender,
    problems,
    acknowledgement: reading.sender.matches
      ? reading.acknowledge(orders)
      : { kind: 'HTTP', verdict: 'rejected', summary: '422: the sender is no partner of ours' },
    orders,
  };
}

function problemsOf(error: CrossdockError) {
  return error.fieldErrors?.length ? error.fieldErrors : [{ field: 'document', message: error.message }];
}
