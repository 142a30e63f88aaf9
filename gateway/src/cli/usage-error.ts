/** The command line was used wrongly: exit 2 with the message, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
