import { parseArgs } from 'node:util';
import { ALL_SCOPES, isScope } from '@crossdock/shared-contracts/contracts/auth/scopes';
import { signToken, type TokenSettings } from '@crossdock/shared-contracts/platform/auth/tokens';
import { parseOptions, UsageError } from './usage-error';

export const TOKEN_USAGE = `crossdock token --sub <subject> --scopes <a,b,...|all> [--customer <customer id> | --customers <id,id,...>] [--expires-in <seconds>]
  Prints a development JWT signed with CROSSDOCK_JWT_SECRET (or the documented development default).
  --customer confines a portal user to one customer; --customers lists a sales rep's customers.
  --scopes all grants every scope: ${ALL_SCOPES.join(', ')}`;

/** `crossdock token`: a signed development token on standard output, nothing else. */
export function tokenCommand(args: string[], tokens: TokenSettings): string {
  const { values } = parseOptions(() =>
    parseArgs({
      args,
      options: {
        sub: { type: 'string' },
        scopes: { type: 'string' },
        customer: { type: 'string' },
        customers: { type: 'string' },
        'expires-in': { type: 'string' },
      },
      strict: true,
    }),
  );
  if (!values.sub) throw new UsageError('--sub is required.');
  const { scopes, customerId, customerIds } = grantFrom(values);
  const expiresInSeconds = values['expires-in'] ? Number(values['expires-in']) : 3600;
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds <= 0)
    throw new UsageError('--expires-in must be a whole number of seconds.');
  return signToken(tokens, { subject: values.sub, scopes, customerId, customerIds, expiresInSeconds });
}

/** What a token (or a console user) is granted: `--scopes` (checked), and `--customer` or `--customers`. */
export function grantFrom(values: { scopes?: string; customer?: string; customers?: string }): {
  scopes: string[];
  customerId?: string;
  customerIds?: string[];
} {
  if (!values.scopes) throw new UsageError('--scopes is required (a comma-separated list, or all).');
  const scopes =
    values.scopes === 'all'
      ? [...ALL_SCOPES]
      : values.scopes
          .split(',')
          .map((scope) => scope.trim())
          .filter(Boolean);
  const unknown = scopes.filter((scope) => !isScope(scope));
  if (unknown.length > 0)
    throw new UsageError(`Unknown scope(s): ${unknown.join(', ')}. Known: ${ALL_SCOPES.join(', ')}.`);
  if (values.customer && values.customers)
    throw new UsageError('Give --customer (a portal user) or --customers (a sales rep), not both.');
  const customerIds = values.customers
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return { scopes, customerId: values.customer, customerIds };
}
