import { NotFoundError, UpstreamProblemError } from '@crossdock/shared-contracts/contracts/errors/errors';

/**
 * Reads a document of the system API and hands it back only when it is the customer's. Another
 * customer's document, and one that does not exist, get the very same 404: an id is never
 * confirmed to someone it does not belong to.
 */
export async function ownedBy<T>(
  customerId: string,
  what: string,
  id: string,
  read: () => Promise<T>,
  ownerOf: (document: T) => string | Promise<string>,
): Promise<T> {
  const missing = new NotFoundError(`${what} ${id} does not exist.`);
  let document: T;
  try {
    document = await read();
  } catch (error) {
    if (error instanceof UpstreamProblemError && error.status === 404) throw missing;
    throw error;
  }
  if ((await ownerOf(document)) !== customerId) throw missing;
  return document;
}
