import type { RequestHandler } from 'express';

/**
 * Headers on every answer that keep browsers from misusing it: no sniffing, no framing, no
 * referrer, HTTPS remembered, and nothing cached unless the tier says it may be (the mobile price
 * check sends its own Cache-Control with an ETag).
 */
export const securityHeaders: RequestHandler = (request, response, next) => {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // Swagger UI needs its own scripts and styles, the console sets its own policy (serve-console.ts);
  // every other answer is data, never a page.
  if (!request.path.startsWith('/docs') && !request.path.startsWith('/console')) {
    response.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Cache-Control', 'no-store');
  }
  next();
};
