#!/usr/bin/env node
// Bundles the CLI and the pack worker into a flat folder (default dist/): Node then loads a handful of files at
// start-up instead of several hundred small modules, which is most of the cost of a short command.
// Usage: node scripts/build.mjs [OUTDIR]. Type checking is separate: `npm run typecheck`. An OUTDIR named
// `dist` is owned by the build: whatever the build did not write there is removed.
//
// The folder must stay flat: src/lib/version.ts reads `../package.json` and src/features/build/parallel-plan.ts starts
// `./pack-worker.js`, both relative to the bundled file that holds them.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(repo, 'dist'));

/**
 * commander requires node:child_process (and with it net and dgram: ~2.5 ms of every start) only to run
 * executable subcommands, which tenderkit has none of: it gets the module when it first uses it instead.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(bundler) {
    bundler.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}commander${path.sep}`)
        ? { path: 'child_process', namespace: 'lazy-builtin' }
        : undefined,
    );
    bundler.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let loaded;\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:${args.path}'))[key] });`,
      resolveDir: repo,
    }));
  },
};

const result = await build({
  absWorkingDir: repo,
  entryPoints: { main: 'src/cli/main.ts', 'pack-worker': 'src/features/build/pack-worker.ts' },
  outdir,
  bundle: true,
  // commands import their library code lazily; splitting turns each such import into a chunk loaded on demand
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // CommonJS dependencies inside an ES module bundle call `require` for Node's built-in modules
  banner: {
    js: "import { createRequire as __tenderkitCreateRequire } from 'node:module';\nconst require = __tenderkitCreateRequire(import.meta.url);",
  },
  // read only when `--debug` turns source maps on (see bin/tenderkit.js); mappings suffice for stack traces
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'none',
  plugins: [lazyChildProcessForCommander],
  metafile: true,
  logLevel: 'warning',
});

/**
 * Libraries the code loads on first use through src/lib/lazy-require.ts, each bundled into one CommonJS file in
 * vendor/: a warm run never loads them, and a run that needs one loads a single file instead of the package's
 * dozens (yaml is 84 files, ajv 100). The names must match the ids given to lazyRequire.
 */
const LAZY_LIBRARIES = ['yaml', 'js-yaml', 'ajv/dist/2020.js', 'markdown-it'];
const vendorFileName = (id) => `${id.replace(/[^A-Za-z0-9-]+/g, '_')}.cjs`;

/** One CommonJS file in vendor/ bundled from `contents` (a module that requires what it needs). */
const vendorFile = (contents, fileName) =>
  build({
    absWorkingDir: repo,
    stdin: { contents, resolveDir: repo, sourcefile: fileName, loader: 'js' },
    outfile: path.join(outdir, 'vendor', fileName),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });

const vendored = await Promise.all(
  LAZY_LIBRARIES.map((id) => vendorFile(`module.exports = require(${JSON.stringify(id)});`, vendorFileName(id))),
);
for (const v of vendored) Object.assign(result.metafile.outputs, v.metafile.outputs);

/**
 * The schema validators, compiled ahead of time with ajv's standalone code generation, from the same schemas and
 * options as src/load/schema/validate-schema.ts compiles at run time (which it then no longer does: compiling three
 * schemas costs more than parsing a hundred files). Bundled with ajv's runtime helpers into vendor/.
 */
const schemaModule = await build({
  absWorkingDir: repo,
  stdin: {
    contents: [
      "export { requirementSchema } from './src/load/schema/requirement-schema.ts';",
      "export { specSchema } from './src/load/schema/spec-schema.ts';",
      "export { configSchema } from './src/load/schema/config-schema.ts';",
      "export { glossarySchema } from './src/load/schema/glossary-schema.ts';",
      "export { AJV_OPTIONS } from './src/load/schema/ajv-options.ts';",
    ].join('\n'),
    resolveDir: repo,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const schemas = await import(
  `data:text/javascript;base64,${Buffer.from(schemaModule.outputFiles[0].text).toString('base64')}`
);
const requireHere = createRequire(import.meta.url);
const { Ajv2020 } = requireHere('ajv/dist/2020.js');
const standaloneCode = requireHere('ajv/dist/standalone').default;
const ajv = new Ajv2020({ ...schemas.AJV_OPTIONS, code: { source: true } });
const exported = {
  requirement: schemas.requirementSchema,
  spec: schemas.specSchema,
  config: schemas.configSchema,
  glossary: schemas.glossarySchema,
};
for (const schema of Object.values(exported)) ajv.addSchema(schema);
const validators = await vendorFile(
  standaloneCode(ajv, Object.fromEntries(Object.entries(exported).map(([name, schema]) => [name, schema.$id]))),
  'schema-validators.cjs',
);
Object.assign(result.metafile.outputs, validators.metafile.outputs);

// The eForms SDK and ESPD-EDM data are bundled into the code; their licences and attributions (CC BY 4.0, EUPL 1.2)
// ship beside it.
for (const [folder, licence] of [
  ['eforms-sdk', 'LICENSE'],
  ['espd-edm', 'LICENCE'],
]) {
  await mkdir(path.join(outdir, folder), { recursive: true });
  for (const file of ['NOTICE.md', licence]) {
    const target = path.join(outdir, folder, file);
    await copyFile(path.join(repo, 'src/lib', folder, file), target);
    result.metafile.outputs[path.relative(repo, target)] = {};
  }
}

// The build's identity, a hash of every file it wrote: caches in out/.cache key on it (see src/lib/version.ts), so
// that two builds of one version never share cached results.
const outputs = Object.keys(result.metafile.outputs).sort();
const identity = createHash('sha256');
for (const file of outputs)
  identity
    .update(`${path.relative(outdir, path.resolve(repo, file))}\0`)
    .update(await readFile(path.resolve(repo, file)));
await writeFile(path.join(outdir, 'build-id'), `${identity.digest('hex')}\n`);
result.metafile.outputs[path.relative(repo, path.join(outdir, 'build-id'))] = {};

// Files of an earlier build (older chunk hashes, the former one-file-per-module layout) would otherwise linger.
if (path.basename(outdir) === 'dist') await removeStale();

async function removeStale() {
  const written = new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(repo, f)));
  for (const file of [...written]) written.add(path.dirname(file));
  for (const entry of await readdir(outdir)) {
    const file = path.join(outdir, entry);
    if (!written.has(file)) await rm(file, { recursive: true, force: true });
  }
}
