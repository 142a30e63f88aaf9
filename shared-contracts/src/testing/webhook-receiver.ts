import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER } from '../contracts/events/webhook-signature';
import type { CloudEvent } from '../contracts/model/cloud-event';

/** One delivery as a subscriber received it: the raw body (what the signature covers), the signature header and the event. */
export interface ReceivedDelivery {
  body: string;
  signature: string | undefined;
  event: CloudEvent;
}

/** A subscriber's webhook endpoint for tests: a real HTTP server that records what it is sent. */
export interface WebhookReceiver {
  url: string;
  /** Deliveries answered 2xx, in the order they arrived. */
  received: ReceivedDelivery[];
  /** Deliveries answered 503 while down. */
  refused: number;
  /** 'up' answers 204; 'down' answers 503; 'slow' holds every answer until `release()`. */
  mode: 'up' | 'down' | 'slow';
  release(): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let waiting: (() => void)[] = [];
  const receiver: WebhookReceiver = {
    url: '',
    received: [],
    refused: 0,
    mode: 'up',
    release() {
      for (const answer of waiting) answer();
      waiting = [];
    },
    close: () =>
      new Promise<void>((done) => {
        receiver.release();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const answer = (): void => {
        if (receiver.mode === 'down') {
          receiver.refused += 1;
          response.writeHead(503).end();
          return;
        }
        const signature = request.headers[SIGNATURE_HEADER];
        receiver.received.push({
          body,
          signature: Array.isArray(signature) ? signature[0] : signature,
          event: JSON.parse(body) as CloudEvent,
        });
        response.writeHead(204).end();
      };
      if (receiver.mode === 'slow') waiting.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/crossdock`;
  return receiver;
}
