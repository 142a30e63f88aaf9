/** One part of an inbound document, byte for byte as it arrived. */
export interface DocumentPart {
  /** What the part is: "body" for a webhook, the request path that answered it for a poll. */
  name: string;
  contentType: string;
  body: Uint8Array;
}
