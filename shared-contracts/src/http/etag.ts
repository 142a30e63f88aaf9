import { PreconditionRequiredError } from '../errors/errors';

/** The ETag for a version of a resource: a strong validator, quoted as RFC 9110 says. */
export function etagOf(version: string): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header names. Required where two writers can race: a write without it
 * would silently overwrite whatever someone else saved in between.
 */
export function versionFromIfMatch(ifMatch: string | undefined): string {
  const match = ifMatch?.trim().match(/^(?:W\/)?"([^"]*)"$/);
  if (!match) throw new PreconditionRequiredError();
  return match[1]!;
}
