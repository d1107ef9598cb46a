import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const requireFromHere = createRequire(import.meta.url);

/**
 * A CommonJS library loaded on first use. Parsers that a run may not need (the YAML parser with positions, the
 * schema compiler, the Markdown parser) then cost nothing at start-up: a warm `diff` takes its YAML from the parse
 * cache and never renders Markdown. The build puts a one-file copy of each such library in dist/vendor (see
 * scripts/build.mjs): one file loads several times faster than a package's dozens. Sources run by the test runner
 * load the package itself.
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}

/** The file name of a library's one-file copy: `ajv/dist/2020.js` -> `ajv_dist_2020_js.cjs`. */
export function vendorFileName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9-]+/g, '_')}.cjs`;
}

function load(id: string): unknown {
  const bundled = fileURLToPath(new URL(`./vendor/${vendorFileName(id)}`, import.meta.url));
  return requireFromHere(existsSync(bundled) ? bundled : id);
}
