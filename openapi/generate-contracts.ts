/**
 * Generates each tier's tsoa routes and OpenAPI document, and the merged document the gateway
 * publishes, from the controllers. `pnpm generate` writes them; the contract test runs the same
 * generation into a scratch folder and fails when anything committed differs (drift).
 *
 * Run from anywhere: `tsx openapi/generate-contracts.ts [--out <dir>]`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSpecAndRoutes } from '@tsoa/cli';
import ts from 'typescript';
import { mergeOpenApi, type OpenApiDocument } from '../gateway/src/docs/merge-openapi';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TIERS = [
  { name: 'system-apis', basePath: '/system/v1' },
  { name: 'process-apis', basePath: '/process/v1' },
  { name: 'experience-apis', basePath: '/experience' },
] as const;
export const MERGED_DOCUMENT = 'crossdock.json';
export const PLATFORM_VERSION = '1.0.0';

const COMPILER_OPTIONS = ts.convertCompilerOptionsFromJson(
  {
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    strict: true,
    experimentalDecorators: true,
    skipLibCheck: true,
  },
  REPO_ROOT,
).options;

export interface GenerationTarget {
  /** Where the OpenAPI documents go (normally `openapi/`). */
  specDir: string;
  /** Where tier `name`'s routes go (normally `<tier>/src/generated`). */
  routesDirFor(tier: string): string;
}

export const COMMITTED: GenerationTarget = {
  specDir: path.join(REPO_ROOT, 'openapi'),
  routesDirFor: (tier) => path.join(REPO_ROOT, tier, 'src/generated'),
};

/** Generates every tier's routes and document, then the merged document, into `target`. */
export async function generateContracts(target: GenerationTarget): Promise<void> {
  await mkdir(target.specDir, { recursive: true });
  for (const tier of TIERS) await generateTier(tier.name, target);
  const documents = await Promise.all(
    TIERS.map(async (tier) => ({
      basePath: tier.basePath,
      document: JSON.parse(await readFile(path.join(target.specDir, `${tier.name}.json`), 'utf8')) as OpenApiDocument,
    })),
  );
  await writeFile(
    path.join(target.specDir, MERGED_DOCUMENT),
    `${JSON.stringify(mergeOpenApi(documents, PLATFORM_VERSION), null, '\t')}\n`,
  );
}

async function generateTier(tier: string, target: GenerationTarget): Promise<void> {
  const tierDir = path.join(REPO_ROOT, tier);
  const config = JSON.parse(await readFile(path.join(tierDir, 'tsoa.json'), 'utf8'));
  // tsoa resolves paths from the working directory; absolute paths let this run from anywhere.
  config.entryFile = path.join(tierDir, config.entryFile);
  config.controllerPathGlobs = config.controllerPathGlobs.map((glob: string) => path.join(tierDir, glob));
  config.spec.outputDirectory = target.specDir;
  config.routes.routesDir = target.routesDirFor(tier);
  config.routes.iocModule = path.join(tierDir, config.routes.iocModule);
  config.routes.authenticationModule = path.join(tierDir, config.routes.authenticationModule);
  config.compilerOptions = COMPILER_OPTIONS;
  await mkdir(config.routes.routesDir, { recursive: true });
  await generateSpecAndRoutes({ configuration: config } as Parameters<typeof generateSpecAndRoutes>[0]);
  const specFile = path.join(target.specDir, `${tier}.json`);
  const document = JSON.parse(await readFile(specFile, 'utf8')) as OpenApiDocument;
  assertStableOperationIds(tier, document);
  await writeFile(specFile, `${JSON.stringify(withoutRefSiblings(withProblemMediaType(document)), null, '\t')}\n`);
}

/**
 * A generated client names its functions after operationIds, so they must be unique across the
 * merged document and not change when a route is added: `<tier or consumer>_<method name>`, from
 * each tier's `operationIdTemplate`. The experience tier's template maps its controllers' tags to
 * `portal`/`mobile`/`marketplace`; a new tag it does not know would give a malformed id, stopped here.
 */
function assertStableOperationIds(tier: string, document: OpenApiDocument): void {
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(document.paths) as [string, Record<string, { operationId?: string }>][]) {
    for (const [method, operation] of Object.entries(item)) {
      const id = operation.operationId ?? '';
      if (!/^(system|process|portal|mobile|marketplace)_[a-z][A-Za-z0-9]*$/.test(id) || seen.has(id)) {
        throw new Error(
          `${tier}: ${method.toUpperCase()} ${path} has operationId "${id}", malformed or used twice; check operationIdTemplate in ${tier}/tsoa.json and the method's name.`,
        );
      }
      seen.add(id);
    }
  }
}

/**
 * OpenAPI 3.0 ignores every key beside a `$ref`, so tsoa's `{ $ref, description }` for a property
 * typed by a named schema loses its description in other tools (Redocly's spec-ref-siblings). tsoa has
 * no setting for it; `allOf` with the one reference is the 3.0 way to say "this schema, described so".
 */
function withoutRefSiblings<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutRefSiblings) as T;
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([key, value]) => [key, withoutRefSiblings(value)] as const);
  const { $ref, ...siblings } = Object.fromEntries(entries) as { $ref?: unknown; [key: string]: unknown };
  if (typeof $ref !== 'string' || Object.keys(siblings).length === 0) return Object.fromEntries(entries) as T;
  return { allOf: [{ $ref }], ...siblings } as T;
}

/**
 * Errors are answered as application/problem+json. tsoa honours a media type on a method's
 * @Response but not on a controller's, so the document is made to say what the APIs do.
 */
function withProblemMediaType(document: OpenApiDocument): OpenApiDocument {
  for (const item of Object.values(document.paths) as Record<
    string,
    { responses?: Record<string, { content?: Record<string, unknown> }> }
  >[]) {
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'] as { schema?: { $ref?: string } } | undefined;
        if (Number(status) >= 400 && json?.schema?.$ref === '#/components/schemas/ProblemDetails') {
          response.content = { 'application/problem+json': json };
        }
      }
    }
  }
  return document;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await generateContracts(COMMITTED);
}
