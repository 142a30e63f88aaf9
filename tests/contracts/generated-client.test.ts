/**
 * A partner points a mainstream generator at the published document and calls Crossdock through the
 * client it gets. This generates that client (openapi-typescript types for openapi-fetch) from
 * openapi/crossdock.json into a scratch folder and type-checks small programs against it: one that
 * reads an order the way the document describes it, and one that passes a number where the document
 * says the order id is a string, which the compiler must refuse, or the client checks nothing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PUBLISHED = path.join(REPO_ROOT, 'openapi/crossdock.json');
// The scratch folder is outside the repository, so the client library is found by its path.
const OPENAPI_FETCH = path.join(REPO_ROOT, 'tests/node_modules/openapi-fetch');

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'crossdock-generated-client-'));
  const document = JSON.parse(await readFile(PUBLISHED, 'utf8'));
  await writeFile(path.join(dir, 'crossdock.d.ts'), astToString(await openapiTS(document)));
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const program = (call: string) => `
import createClient from 'openapi-fetch';
import type { operations, paths } from './crossdock';

const crossdock = createClient<paths>({ baseUrl: 'https://crossdock.example.com' });

export async function orderTotal(): Promise<string | undefined> {
  const { data, error } = await crossdock.GET('/process/v1/orders/{orderId}', ${call});
  if (error) throw new Error(error.title);
  const status: string = data.status;
  return status === 'REJECTED' ? undefined : data.total;
}

// A generated SDK names the operation after its operationId; it must stay this one.
export type GetOrder = operations['process_getOrder'];
`;

/** Type-checks each program against the generated client; answers each one's errors as "line: message". */
function typeCheck<Name extends string>(programs: Record<Name, string>): Record<Name, string[]> {
  const files = Object.keys(programs).map((name) => path.join(dir, `${name}.ts`));
  const host = ts.createCompilerHost({});
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (programs as Record<string, string>)[path.basename(file, '.ts')] ?? readFile(file);
  host.fileExists = (file) => files.includes(file) || ts.sys.fileExists(file);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    paths: { 'openapi-fetch': [OPENAPI_FETCH] },
  };
  const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram(files, options, host));
  return Object.fromEntries(
    Object.keys(programs).map((name) => [
      name,
      diagnostics
        .filter((diagnostic) => diagnostic.file?.fileName === path.join(dir, `${name}.ts`))
        .map(
          (diagnostic) =>
            `${diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
        ),
    ]),
  ) as Record<Name, string[]>;
}

describe('a TypeScript client generated from the published document', () => {
  it('reads an order by id, its total a decimal string, and refuses a number for the order id', () => {
    const errors = typeCheck({
      right: program(`{ params: { path: { orderId: 'ORD-000042' } } }`),
      wrong: program(`{ params: { path: { orderId: 42 } } }`),
    });

    expect(errors.right).toEqual([]);
    expect(errors.wrong).toHaveLength(1);
    expect(errors.wrong[0]).toMatch(/^8: Type 'number' is not assignable to type 'string'/);
  }, 120_000);
});
