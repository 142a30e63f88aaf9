import { connect, type Socket } from 'node:net';

/**
 * Test support (for the gateway's limits and the reliability suite): a client on a bare socket, which can
 * send a request as slowly as a hostile caller would, and see exactly what the server answered and when
 * it hung up.
 */
export interface SlowClient {
  socket: Socket;
  /** Everything the server sent, once the connection is closed (by either end). */
  closed: Promise<string>;
  /** True once the connection is closed. */
  isClosed(): boolean;
  /**
   * Sends `text` one byte every `everyMs`, stopping early if the connection closes; answers how many
   * bytes went out.
   */
  trickle(text: string, everyMs: number): Promise<number>;
}

/** Opens a connection to `url`'s host and port, from `localAddress` (another loopback address, say) if given. */
export function slowClient(url: string, localAddress?: string): Promise<SlowClient> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), localAddress });
    const received: Buffer[] = [];
    let closedYet = false;
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    // A server that drops a connection may reset it: that is a close too, with what arrived before it.
    socket.on('error', () => undefined);
    const closed = new Promise<string>((done) =>
      socket.once('close', () => {
        closedYet = true;
        done(Buffer.concat(received).toString('utf8'));
      }),
    );
    socket.once('connect', () =>
      resolve({
        socket,
        closed,
        isClosed: () => closedYet,
        trickle: (text, everyMs) => trickle(socket, text, everyMs),
      }),
    );
    socket.once('error', reject);
  });
}

async function trickle(socket: Socket, text: string, everyMs: number): Promise<number> {
  const bytes = Buffer.from(text, 'utf8');
  let sent = 0;
  while (sent < bytes.length && !socket.destroyed && socket.writable) {
    socket.write(bytes.subarray(sent, sent + 1));
    sent += 1;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return sent;
}

/** The status code and JSON body of the one HTTP answer in `raw`. */
export function parseAnswer(raw: string): { status: number; headers: string; body: unknown } {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
  return { status, headers: head, body: body ? (JSON.parse(body) as unknown) : undefined };
}
