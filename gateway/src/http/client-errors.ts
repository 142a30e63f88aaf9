import type { Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { CrossdockError } from '@crossdock/shared-contracts/contracts/errors/crossdock-error';
import { PROBLEM_CONTENT_TYPE } from '@crossdock/shared-contracts/contracts/errors/problem';

/** The client took longer than gateway.yaml's headersTimeoutMs or requestTimeoutMs to send its request. */
export class RequestTimeoutError extends CrossdockError {
  constructor() {
    super({
      slug: 'request-timeout',
      title: 'Request not received in time',
      status: 408,
      kind: 'client',
      detail: 'The request (its headers, or its headers and body) did not arrive in time; the connection is closed.',
    });
  }
}

/** More header lines, or more header bytes, than gateway.yaml's maxHeadersCount or maxHeaderBytes. */
export class RequestHeadersTooLargeError extends CrossdockError {
  constructor(detail: string) {
    super({
      slug: 'request-headers-too-large',
      title: 'Request headers too large',
      status: 431,
      kind: 'client',
      detail,
    });
  }
}

/** A request Node's HTTP parser could not read at all. */
class UnreadableRequestError extends CrossdockError {
  constructor() {
    super({
      slug: 'unreadable-request',
      title: 'The request is not HTTP Crossdock can read',
      status: 400,
      kind: 'client',
      detail: 'The request line or its headers are not well-formed HTTP/1.1.',
    });
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * Answers what Node refuses before express sees a request (a request past its time, headers over
 * maxHeaderBytes, unreadable HTTP) as problem+json, where Node would send a bare status line. There is
 * no express response for such a request, so the answer is written on the socket; then it is closed.
 */
export function answerClientErrors(server: Server, maxHeaderBytes: number): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const refusal = refusalFor(error.code, maxHeaderBytes);
    // Node's own test before it answers: nothing of an answer to this request is on the wire yet.
    const answering = (socket as { _httpMessage?: ServerResponse | null })._httpMessage;
    if (refusal && socket.writable && !answering?.headersSent) socket.write(rawProblem(refusal));
    socket.destroy();
  });
}

function refusalFor(code: string | undefined, maxHeaderBytes: number): CrossdockError | undefined {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new RequestTimeoutError();
  if (code === 'HPE_HEADER_OVERFLOW')
    return new RequestHeadersTooLargeError(`The request's headers are larger than ${maxHeaderBytes} bytes.`);
  // A reset or a socket error is nobody to answer; any other parser error is a malformed request.
  if (code?.startsWith('HPE_')) return new UnreadableRequestError();
  return undefined;
}

function rawProblem(error: CrossdockError): string {
  const body = JSON.stringify(error.toProblem());
  return (
    `HTTP/1.1 ${error.status} ${REASONS[error.status]}\r\n` +
    `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}
