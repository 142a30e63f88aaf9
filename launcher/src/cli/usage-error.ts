import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
/** The command line was used wrongly: exit 2 with the message, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Runs node's parseArgs, turning its complaints (an unknown or malformed option) into usage errors. */
export function parseOptions<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(coerceError(error).message);
  }
}
