import { PreconditionRequiredError } from '../../contracts/errors/errors';

/** The ETag for a version of a resource: a strong validator, quoted as RFC 9110 says. */
export function etagOf(version: string): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header names. Required where two writers can race: a write without it
 * would silently overwrite whatever someone else saved in between.
 */
export function versionFromIfMatch(ifMatch: string | undefined): string {
  // `*` asks only that the resource exists: the write goes to whatever version is current.
  if (ifMatch?.trim() === '*') return ANY_VERSION;
  const match = ifMatch?.trim().match(/^(?:W\/)?"([^"]*)"$/);
  if (!match) throw new PreconditionRequiredError();
  return match[1]!;
}

/** What `If-Match: *` means: any current version. */
export const ANY_VERSION = '*';
