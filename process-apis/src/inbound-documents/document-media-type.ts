import type { Request as ExpressRequest } from 'express';
import { UnsupportedMediaTypeError } from '@crossdock/shared-contracts/contracts/errors/errors';

/**
 * The Content-Type of a document posted to a channel's endpoint, refused with 415 (naming what is
 * accepted) unless its media type is one the channel reads. Parameters (a charset) are kept for the
 * reader: the document is stored as it came.
 */
export function documentContentType(request: ExpressRequest, accepted: readonly string[]): string {
  const contentType = request.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  if (!accepted.includes(mediaType)) throw new UnsupportedMediaTypeError(contentType, accepted);
  return contentType;
}
