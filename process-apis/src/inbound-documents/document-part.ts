/** One part of an inbound document, byte for byte as it arrived. */
export interface DocumentPart {
  /** What the part is: "body" for a webhook, the request path that answered it for a poll. */
  name: string;
  contentType: string;
  body: Uint8Array;
}

/** The body of a document that arrives in one part (a webhook, a page of a poll); empty when there is none. */
export function firstPart(parts: DocumentPart[]): Uint8Array {
  return parts[0]?.body ?? new Uint8Array();
}
