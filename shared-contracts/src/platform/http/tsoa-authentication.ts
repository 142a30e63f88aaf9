import type { Request } from 'express';
import { currentContext, type Principal } from '../context/request-context';
import { UnauthenticatedError } from '../../contracts/errors/errors';

/**
 * tsoa's security hook. The token was already verified by the tier's authenticate middleware; this
 * only confirms there is a principal, so the OpenAPI documents can show the bearer requirement.
 */
export async function expressAuthentication(
  _request: Request,
  _securityName: string,
  _scopes?: string[],
): Promise<Principal> {
  const principal = currentContext()?.principal;
  if (!principal) throw new UnauthenticatedError();
  return principal;
}
