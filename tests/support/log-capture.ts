import { Writable } from 'node:stream';

/** Collects the platform's JSON log lines so a test can read what was logged. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  readonly raw: string[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      this.raw.push(line);
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    done();
  }

  withCorrelationId(correlationId: string): Record<string, unknown>[] {
    return this.lines.filter((line) => line.correlationId === correlationId);
  }
}
