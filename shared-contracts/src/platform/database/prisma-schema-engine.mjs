#!/usr/bin/env node
// Prisma's schema engine for PostgreSQL, from npm alone. The Prisma CLI (`generate`, `migrate`, `db`)
// insists on a native `schema-engine` binary that it downloads from Prisma's own servers on first use;
// a build machine that reaches only the npm registry (as many corporate ones, and Crossdock's CI) gets
// ENOTFOUND. This file stands in for that binary: it speaks the same JSON-RPC over stdin/stdout and the
// same `cli <command>` sub-commands, and runs `@prisma/schema-engine-wasm` (an npm package) against the
// `@prisma/adapter-pg` driver adapter.
//
// Point the CLI at it with PRISMA_SCHEMA_ENGINE_BINARY (see prisma-engine.ts, which the Prisma wrappers
// and tests use). It resolves its packages from the directory the CLI runs in: a tier's folder, whose
// devDependencies pin prisma, @prisma/schema-engine-wasm, @prisma/driver-adapter-utils, @prisma/adapter-pg, pg.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(path.join(process.cwd(), 'package.json'));

/** Log lines go to stderr as JSON, the way the native engine writes them (the CLI reads the error line). */
function log(level, message, extra = {}) {
  const fields = { message, ...extra };
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: 'schema_engine::logger' })}\n`,
  );
}

function readArguments(argv) {
  const options = { datamodels: [], datasource: {}, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--version' || argument === '-V') options.version = true;
    else if (argument === '--datamodels' || argument === '-d') options.datamodels.push(argv[++i]);
    else if (argument === '--datasource') options.datasource = JSON.parse(argv[++i]) ?? {};
    else if (argument === '--enabled-preview-features' || argument === '--extension-types') i++;
    else if (argument === 'cli') options.cli = argv[++i];
  }
  return options;
}

async function loadWasmRuntime() {
  const bindingsUrl = pathToFileURL(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')).href;
  const runtime = await import(bindingsUrl);
  const wasmFile = path.join(path.dirname(fileURLToPath(bindingsUrl)), 'schema_engine_bg.wasm');
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmFile)), {
    './schema_engine_bg.js': runtime,
  });
  runtime.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return runtime;
}

/**
 * Discrete connection fields rather than a connection string: the adapter opens the shadow database
 * with `{ ...config, database }`, which a `connectionString` key would silently override.
 */
function postgresConfig(url) {
  const { parse } = createRequire(require.resolve('pg'))('pg-connection-string');
  const config = parse(url);
  const { schema } = config;
  delete config.schema;
  for (const key of Object.keys(config)) if (config[key] === undefined || config[key] === null) delete config[key];
  if (schema) config.options = `${config.options ?? ''} -c search_path="${schema}"`.trim();
  return { config, schema: schema ?? 'public' };
}

/**
 * The schema describer reads catalogue columns of PostgreSQL's one-byte type "char" (OID 18, e.g.
 * pg_constraint.contype), which the adapter cannot decode. pg returns their values as strings anyway,
 * so they are announced as text (OID 25).
 */
function readCharColumnsAsText(pg) {
  const query = pg.Query?.prototype;
  if (!query || query.crossdockCharAsText) return;
  const handleRowDescription = query.handleRowDescription;
  query.handleRowDescription = function (message) {
    for (const field of message.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return handleRowDescription.call(this, message);
  };
  query.crossdockCharAsText = true;
}

async function runAdminStatement(pg, config, sql) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function postgresAdapterFactory(datasource) {
  const { PrismaPg } = require('@prisma/adapter-pg');
  const pg = require('pg');
  readCharColumnsAsText(pg);
  const { config, schema } = postgresConfig(datasource.url ?? 'postgresql://localhost:5432/postgres');
  const factory = new PrismaPg(config, { schema });
  if (datasource.shadowDatabaseUrl) {
    const shadow = postgresConfig(datasource.shadowDatabaseUrl);
    factory.connectToShadowDb = () => new PrismaPg(shadow.config, { schema: shadow.schema }).connect();
    return factory;
  }
  // A shadow database of our own: the adapter's own drops the database while its pool still holds it.
  factory.connectToShadowDb = async () => {
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await runAdminStatement(pg, config, `CREATE DATABASE "${name}"`);
    const adapter = await new PrismaPg({ ...config, database: name }, { schema }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await runAdminStatement(pg, config, `DROP DATABASE IF EXISTS "${name}"`);
    };
    return adapter;
  };
  return factory;
}

/** `schema-engine cli can-connect-to-database | create-database | drop-database`, as the CLI calls them. */
async function runCliCommand(command, datasource) {
  const fail = (code, message) => {
    // The CLI skips the first stderr line before it looks for the error.
    log('INFO', `schema engine: cli ${command}`);
    log('ERROR', message, { error_code: code });
    process.exit(1);
  };
  if (!/^postgres(ql)?:\/\//.test(datasource.url ?? ''))
    fail('P1012', 'This schema engine speaks PostgreSQL only; the datasource URL is not a postgresql:// URL.');
  const pg = require('pg');
  const { config } = postgresConfig(datasource.url);
  const where = `${config.host}:${config.port ?? 5432}`;
  try {
    if (command === 'can-connect-to-database') {
      await runAdminStatement(pg, config, 'select 1');
    } else if (command === 'create-database' || command === 'drop-database') {
      const name = config.database.replace(/"/g, '""');
      const sql = command === 'create-database' ? `CREATE DATABASE "${name}"` : `DROP DATABASE IF EXISTS "${name}"`;
      await runAdminStatement(pg, { ...config, database: 'postgres' }, sql).catch(() =>
        runAdminStatement(pg, { ...config, database: 'template1' }, sql),
      );
    } else fail('P1012', `unsupported cli command ${command}`);
  } catch (error) {
    if (error.code === '3D000')
      fail('P1003', `Database \`${config.database}\` does not exist on the database server at \`${where}\``);
    if (error.code === '28P01' || error.code === '28000')
      fail('P1000', `Authentication failed against database server at \`${config.host}\`: ${error.message}`);
    if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT'].includes(error.code))
      fail('P1001', `Can't reach database server at \`${where}\``);
    fail('P1000', error.message);
  }
  process.exit(0);
}

/** The JSON-RPC server the CLI talks to; requests are answered one at a time, in order. */
function serveJsonRpc(options) {
  const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  let printId = 1_000_000;
  let errorRegistry;
  let engine;
  const startEngine = async () => {
    const runtime = await loadWasmRuntime();
    const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils');
    const factory = bindMigrationAwareSqlAdapterFactory(postgresAdapterFactory(options.datasource));
    errorRegistry = factory.errorRegistry;
    const datamodels = options.datamodels.map((file) => [file, fs.readFileSync(file, 'utf8')]);
    return runtime.SchemaEngine.new(
      { datamodels: datamodels.length ? datamodels : undefined },
      (line) => process.stderr.write(`${line}\n`),
      factory,
    );
  };
  // "External error id#N" only names an entry of the adapter's error registry: spell out what it says.
  const explain = (message) =>
    message.replace(/External error id#(\d+)/g, (whole, id) => {
      const error = errorRegistry?.consumeError(Number(id))?.error;
      const cause = error?.cause ?? error;
      return cause
        ? `${whole}: ${cause.kind ? `${cause.kind}: ` : ''}${cause.originalMessage ?? cause.message ?? JSON.stringify(cause)}`
        : whole;
    });

  const handle = async ({ id, method, params }) => {
    try {
      // The wasm engine has no createDatabase; the CLI creates databases through `cli create-database`.
      if (method === 'createDatabase') return send({ id, result: { databaseName: '' } });
      engine ??= startEngine();
      const running = await engine;
      const name = method === 'getDatabaseVersion' ? 'version' : method;
      if (typeof running[name] !== 'function')
        throw new Error(`schema engine: "${method}" is not supported by the WebAssembly engine`);
      let result = await running[name](params ?? undefined);
      if (method === 'diff' && typeof result?.stdout === 'string') {
        // The native engine prints a diff through a `print` request to the CLI, not in its answer.
        const { stdout, ...rest } = result;
        if (stdout) send({ id: printId++, method: 'print', params: { content: stdout.replace(/\n$/, '') } });
        result = rest;
      }
      send({ id, result: result ?? null });
    } catch (error) {
      const isPanic = error?.name === 'RuntimeError' || /unreachable|panicked/i.test(String(error?.message));
      const data = { is_panic: isPanic, message: explain(String(error?.message ?? error)) };
      if (typeof error?.code === 'string') data.error_code = error.code;
      if (error?.meta) data.meta = error.meta;
      if (isPanic) data.error = { message: data.message };
      log('ERROR', data.message, data.error_code ? { error_code: data.error_code } : {});
      send({ id, error: { code: 4466, message: 'An error happened. Check the data field for details.', data } });
      if (isPanic) process.exit(101);
    }
  };

  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    // Answers to our own `print` requests carry no method.
    if (message?.method) queue = queue.then(() => handle(message));
  });
  lines.on('close', async () => {
    await queue;
    try {
      (await engine)?.free?.();
    } catch {
      // Exiting anyway.
    }
    process.exit(0);
  });
}

const options = readArguments(process.argv.slice(2));
if (options.version) {
  process.stdout.write(`schema-engine-cli ${(await loadWasmRuntime()).version()} (WebAssembly, from npm)\n`);
  process.exit(0);
} else if (options.cli) {
  await runCliCommand(options.cli, options.datasource);
} else {
  serveJsonRpc(options);
}
