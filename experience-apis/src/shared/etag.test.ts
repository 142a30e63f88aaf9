import { describe, expect, it } from 'vitest';
import { etagOfContent, isNotModified } from './etag';

describe('the ETag of an answer', () => {
  it('is the same for the same content and differs for other content', () => {
    const answer = { items: [{ sku: 'HXB-004', unitPrice: '0.2200', available: 1010 }] };

    expect(etagOfContent(answer)).toBe(etagOfContent(structuredClone(answer)));
    expect(etagOfContent(answer)).not.toBe(
      etagOfContent({ items: [{ sku: 'HXB-004', unitPrice: '0.2200', available: 1009 }] }),
    );
    expect(etagOfContent(answer)).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });
});

describe('isNotModified', () => {
  const etag = '"abc"';

  it('is true when If-None-Match names the ETag, weakly or in a list, or is *', () => {
    expect(isNotModified('"abc"', etag)).toBe(true);
    expect(isNotModified('W/"abc"', etag)).toBe(true);
    expect(isNotModified('"old", "abc"', etag)).toBe(true);
    expect(isNotModified('*', etag)).toBe(true);
  });

  it('is false without If-None-Match or for another ETag', () => {
    expect(isNotModified(undefined, etag)).toBe(false);
    expect(isNotModified('"abd"', etag)).toBe(false);
  });
});
