/**
 * `pnpm crossdock <command>`: the one command-line entry. The only place that reads process.env;
 * everything else is handed its settings.
 */
import { parseArgs } from 'node:util';
import { ConfigurationError } from '@crossdock/shared-contracts/platform/config/env';
import { coerceError } from '@crossdock/shared-contracts/contracts/errors/coerce-error';
import { loadCliClientConfig } from '../config/cli-client-config';
import { loadGatewayFile } from '@crossdock/gateway/config/gateway-config';
import { loadPlatformConfig } from '../config/platform-config';
import { API_KEY_USAGE, apiKeyCommand } from './api-key-command';
import { IMPORT_USAGE, importCommand } from './import/import-command';
import { TOKEN_USAGE, tokenCommand } from './token-command';
import { USER_USAGE, userCommand } from './user-command';
import { promptPassword } from './password-prompt';
import { parseOptions, UsageError } from './usage-error';

const USAGE = `Usage: crossdock <command>
  start    start the platform (gateway, three tiers, embedded PostgreSQL) in this process
           --tier system|process|experience|gateway: only that one, configured from the environment
  token    print a development JWT
${TOKEN_USAGE}
  import   import master data from a CSV file into a running Crossdock
${IMPORT_USAGE}
  api-key  create, list or revoke the API keys of gateway.yaml's API-key consumers
  ${API_KEY_USAGE}
  user     the console's users, who sign in with a name and password
  ${USER_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  // `pnpm start` runs from the repository root; INIT_CWD keeps paths relative to where the user typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  switch (command) {
    case 'start': {
      const { values } = parseOptions(() => parseArgs({ args, options: { tier: { type: 'string' } }, strict: true }));
      // Loaded only to start: the other commands do not pay for loading every tier.
      const { startCommand } = await import('./start-command');
      await startCommand(process.env, cwd, values.tier);
      return -1;
    }
    case 'import':
      return importCommand(args, loadCliClientConfig(process.env), cwd, {
        stdout: process.stdout,
        stderr: process.stderr,
      });
    case 'token':
      process.stdout.write(`${tokenCommand(args, loadPlatformConfig(process.env, cwd).tokens)}\n`);
      return 0;
    case 'api-key': {
      const gateway = await loadGatewayFile(loadPlatformConfig(process.env, cwd).gatewayFile, process.env);
      const output = await apiKeyCommand(args, gateway, new Date());
      process.stdout.write(output.stdout);
      process.stderr.write(output.stderr);
      return 0;
    }
    case 'user': {
      const gateway = await loadGatewayFile(loadPlatformConfig(process.env, cwd).gatewayFile, process.env);
      // At a terminal the password is asked for, unseen; otherwise it is the first line piped in.
      const readStdin = () =>
        process.stdin.isTTY ? promptPassword(process.stdin, process.stderr) : text(process.stdin);
      const output = await userCommand(args, gateway, new Date(), { readStdin });
      process.stdout.write(output.stdout);
      process.stderr.write(output.stderr);
      return 0;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return command ? 2 : 0;
  }
}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigurationError || error instanceof UsageError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`crossdock failed: ${coerceError(error).message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
