import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { UsageError } from './usage-error';

/**
 * Asks for a password twice at the terminal, echoing nothing: readline takes the terminal in raw
 * mode (so the terminal itself echoes nothing) and its own echo goes to an output muted after each
 * question. Answers the password as one line, as a piped standard input would give it.
 */
export async function promptPassword(input: NodeJS.ReadStream, output: NodeJS.WritableStream): Promise<string> {
  let muted = false;
  const shown = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) output.write(chunk);
      done();
    },
  });
  const lines = createInterface({ input, output: shown, terminal: true });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      muted = false;
      lines.question(question, (answer) => {
        output.write('\n');
        resolve(answer);
      });
      muted = true;
    });
  try {
    const password = await ask('Password: ');
    if ((await ask('Again: ')) !== password) throw new UsageError('The two passwords differ; nothing was changed.');
    return `${password}\n`;
  } finally {
    lines.close();
  }
}
