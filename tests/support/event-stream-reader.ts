/**
 * A server-sent-events client for tests, as a screen's EventSource would read the stream: it
 * keeps the `id:` of each event (what `Last-Event-ID` resumes from) and the parsed `data:`.
 */
import http from 'node:http';

export interface StreamedEvent {
  id: string;
  event: string;
  data: { id: string; type: string; subject: string; data: Record<string, unknown> };
}

export interface EventStreamReader {
  status: number;
  contentType: string | undefined;
  events: StreamedEvent[];
  close(): void;
}

export function readEventStream(url: string, headers: Record<string, string>): Promise<EventStreamReader> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      const reader: EventStreamReader = {
        status: response.statusCode ?? 0,
        contentType: response.headers['content-type'],
        events: [],
        close: () => request.destroy(),
      };
      let buffered = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffered += chunk;
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const fields = new Map<string, string>();
          for (const line of block.split('\n')) {
            const colon = line.indexOf(':');
            if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
          }
          if (fields.has('data') && fields.has('id'))
            reader.events.push({
              id: fields.get('id')!,
              event: fields.get('event') ?? 'message',
              data: JSON.parse(fields.get('data')!),
            });
        }
      });
      response.on('error', () => undefined);
      resolve(reader);
    });
    request.on('error', (error) => {
      if (!('code' in error && error.code === 'ECONNRESET')) reject(error);
    });
  });
}
