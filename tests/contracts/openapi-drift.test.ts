/**
 * The committed OpenAPI documents and tsoa routes are what the controllers generate today. The test
 * runs the same generation as `pnpm generate` into a scratch folder and compares.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMMITTED,
  generateContracts,
  MERGED_DOCUMENT,
  REPO_ROOT,
  TIERS,
  type GenerationTarget,
} from '../../openapi/generate-contracts';
import { describeDrift, failOnDrift } from './drift';

// tsoa compiles every controller of the three tiers; a few seconds here, far more on a busy machine.
const GENERATION_TIMEOUT_MS = 180_000;

let scratch: string;
let regenerated: GenerationTarget;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'crossdock-openapi-drift-'));
  regenerated = { specDir: scratch, routesDirFor: (tier) => path.join(scratch, tier) };
  await generateContracts(regenerated);
}, GENERATION_TIMEOUT_MS);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const DOCUMENTS = [...TIERS.map((tier) => `${tier.name}.json`), MERGED_DOCUMENT];

describe('committed OpenAPI documents', () => {
  it.each(DOCUMENTS)('openapi/%s is exactly what the controllers generate', async (document) => {
    const drift = await describeDrift({
      committedPath: path.join(COMMITTED.specDir, document),
      regenerated: await readFile(path.join(regenerated.specDir, document)),
      repoRoot: REPO_ROOT,
    });
    failOnDrift(drift);
  });
});

describe('drift detection', () => {
  it('reports a document that differs by one byte, naming the file, the line and the generate command', async () => {
    const committedPath = path.join(COMMITTED.specDir, 'system-apis.json');
    const changed = Buffer.from((await readFile(committedPath, 'utf8')).replace('"openapi"', '"OpenAPI"'));

    const drift = await describeDrift({ committedPath, regenerated: changed, repoRoot: REPO_ROOT });

    expect(drift).toContain('openapi/system-apis.json has drifted');
    expect(drift).toContain('first difference at line 2');
    expect(drift).toContain('npx -y pnpm@10 generate');
  });
});

describe('committed tsoa routes', () => {
  it.each(TIERS.map((tier) => tier.name))(
    '%s/src/generated/routes.ts is exactly what the controllers generate',
    async (tier) => {
      const drift = await describeDrift({
        committedPath: path.join(COMMITTED.routesDirFor(tier), 'routes.ts'),
        regenerated: Buffer.from(
          asIfWrittenWhereCommitted(
            tier,
            await readFile(path.join(regenerated.routesDirFor(tier), 'routes.ts'), 'utf8'),
          ),
        ),
        repoRoot: REPO_ROOT,
      });
      failOnDrift(drift);
    },
  );
});

/**
 * tsoa imports the controllers by a path relative to where routes.ts is written, so a copy written to
 * the scratch folder says `./../../../<repo>/system-apis/src/items/...` where the committed one says
 * `./../items/...`. Map that one location-dependent prefix back; every other byte must match as is.
 */
function asIfWrittenWhereCommitted(tier: string, routes: string): string {
  const tierSource = path.join(REPO_ROOT, tier, 'src');
  const fromScratch = `'./${toPosix(path.relative(regenerated.routesDirFor(tier), tierSource))}/`;
  const fromCommitted = `'./${toPosix(path.relative(COMMITTED.routesDirFor(tier), tierSource))}/`;
  return routes.split(fromScratch).join(fromCommitted);
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}

interface Operation {
  method: string;
  path: string;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
const PROBLEM_SCHEMA = '#/components/schemas/ProblemDetails';

async function mergedDocument(): Promise<{ paths: Record<string, Record<string, unknown>> }> {
  return JSON.parse(await readFile(path.join(COMMITTED.specDir, MERGED_DOCUMENT), 'utf8'));
}

function operationsOf(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([route, item]) =>
    Object.entries(item)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path: route,
        responses: (operation as Pick<Operation, 'responses'>).responses ?? {},
      })),
  );
}

function declaresProblemResponse(operation: Operation): boolean {
  return Object.entries(operation.responses).some(
    ([status, response]) =>
      /^4\d\d$/.test(status) &&
      Object.values(response.content ?? {}).some((media) => media.schema?.$ref === PROBLEM_SCHEMA),
  );
}

describe('the merged document the gateway publishes', () => {
  it.each(['/system/v1/', '/process/v1/', '/experience/portal/v1/'])(
    'documents at least one path under %s',
    async (prefix) => {
      const paths = Object.keys((await mergedDocument()).paths);

      expect(
        paths.filter((route) => route.startsWith(prefix)),
        `no path under ${prefix} in openapi/${MERGED_DOCUMENT}`,
      ).not.toEqual([]);
    },
  );

  it('declares a 4xx problem (ProblemDetails) response on every operation', async () => {
    const operations = operationsOf(await mergedDocument());
    const withoutProblem = operations
      .filter((operation) => !declaresProblemResponse(operation))
      .map((operation) => `${operation.method} ${operation.path}`);

    expect(operations.length).toBeGreaterThan(0);
    expect(
      withoutProblem,
      `these operations declare no 4xx response with a ${PROBLEM_SCHEMA} body (add @Response<ProblemDetails>(4xx, ...) to the controller method):\n  ${withoutProblem.join('\n  ')}`,
    ).toEqual([]);
  });
});
