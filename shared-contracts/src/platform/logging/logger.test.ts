import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runWithContext } from '../context/request-context';
import { createLogger, type Logger } from './logger';
import { REDACTED } from './redact';

/** A stream that keeps every line written to it; `nextLine()` resolves with the next one to arrive. */
class LineCapture extends Writable {
  readonly lines: string[] = [];
  private waiting: ((line: string) => void)[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      const waiter = this.waiting.shift();
      if (waiter) waiter(line);
      else this.lines.push(line);
    }
    done();
  }

  nextLine(): Promise<string> {
    const ready = this.lines.shift();
    return ready !== undefined ? Promise.resolve(ready) : new Promise((resolve) => this.waiting.push(resolve));
  }
}

function loggerWithCapture(): { logger: Logger; capture: LineCapture } {
  const capture = new LineCapture();
  return { logger: createLogger({ service: 'process-apis', stream: capture }), capture };
}

/** Logs one entry and answers the raw line and its parsed JSON. */
async function logged(write: (logger: Logger) => void): Promise<{ raw: string; entry: Record<string, unknown> }> {
  const { logger, capture } = loggerWithCapture();
  const line = capture.nextLine();
  write(logger);
  const raw = await line;
  return { raw, entry: JSON.parse(raw) as Record<string, unknown> };
}

describe('log lines', () => {
  it('are one JSON object per line with the level, message, service and a timestamp', async () => {
    const { entry } = await logged((logger) => logger.info('order received', { orderId: 'O-1' }));

    expect(entry).toMatchObject({ level: 'info', message: 'order received', service: 'process-apis', orderId: 'O-1' });
    expect(typeof entry.timestamp).toBe('string');
  });

  it('carry the correlation id of the request context they are written in', async () => {
    const { entry } = await logged((logger) =>
      runWithContext({ correlationId: 'corr-7781' }, () => logger.info('validated')),
    );

    expect(entry.correlationId).toBe('corr-7781');
  });

  it('carry no correlation id outside a request context', async () => {
    const { entry } = await logged((logger) => logger.info('started'));

    expect(entry).not.toHaveProperty('correlationId');
  });

  it('keep the correlation id of each context when requests interleave', async () => {
    const { logger, capture } = loggerWithCapture();
    const first = capture.nextLine();
    const second = capture.nextLine();

    await Promise.all([
      runWithContext({ correlationId: 'corr-a' }, async () => {
        await Promise.resolve();
        logger.info('a');
      }),
      runWithContext({ correlationId: 'corr-b' }, () => logger.info('b')),
    ]);

    const entries = [JSON.parse(await first), JSON.parse(await second)] as { message: string; correlationId: string }[];
    expect(entries.map((entry) => `${entry.message}:${entry.correlationId}`).sort()).toEqual(['a:corr-a', 'b:corr-b']);
  });
});

describe('secrets never reach a log line', () => {
  it('an Authorization header is redacted', async () => {
    const { raw, entry } = await logged((logger) =>
      logger.info('calling system-apis', {
        headers: { Authorization: 'Bearer eyJhbGciOi.secret', Accept: 'application/json' },
      }),
    );

    expect(entry.headers).toEqual({ Authorization: REDACTED, Accept: 'application/json' });
    expect(raw).not.toContain('eyJhbGciOi');
  });

  it('password, apiKey and token fields are redacted, also when logged as top-level fields', async () => {
    const { raw, entry } = await logged((logger) =>
      logger.warn('login attempt', { user: 'alice', password: 'hunter2', apiKey: 'ak_live_123', token: 'tok_456' }),
    );

    expect(entry).toMatchObject({ user: 'alice', password: REDACTED, apiKey: REDACTED, token: REDACTED });
    for (const secret of ['hunter2', 'ak_live_123', 'tok_456']) expect(raw).not.toContain(secret);
  });

  it('secret fields nested in objects and arrays are redacted', async () => {
    const { raw, entry } = await logged((logger) =>
      logger.info('partner configured', {
        partner: {
          name: 'Acme',
          credentials: { password: 'p4ss', apiKey: 'k3y' },
          webhooks: [{ url: 'https://acme.example/hook', token: 't0k' }],
        },
      }),
    );

    expect(entry.partner).toEqual({
      name: 'Acme',
      credentials: { password: REDACTED, apiKey: REDACTED },
      webhooks: [{ url: 'https://acme.example/hook', token: REDACTED }],
    });
    for (const secret of ['p4ss', 'k3y', 't0k']) expect(raw).not.toContain(secret);
  });

  it('a 16-digit card number in a message shows only its last four digits', async () => {
    const { raw, entry } = await logged((logger) =>
      logger.info('paid with 4111 1111 1111 1234, then 5500-0000-0000-0004 and 4012888888881881'),
    );

    expect(entry.message).toBe('paid with ****1234, then ****0004 and ****1881');
    expect(raw).not.toMatch(/4111|5500|40128/);
  });

  it('a card number in a nested field shows only its last four digits', async () => {
    const { entry } = await logged((logger) =>
      logger.info('payment', { payment: { note: 'card 4111111111111234 on file' } }),
    );

    expect(entry.payment).toEqual({ note: 'card ****1234 on file' });
  });

  it('an order number shorter than a card number is left alone', async () => {
    const { entry } = await logged((logger) => logger.info('order SO-000042 for PO 7781-22'));

    expect(entry.message).toBe('order SO-000042 for PO 7781-22');
  });
});
