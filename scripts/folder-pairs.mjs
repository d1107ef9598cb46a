// No two folders of src/ import each other, even round about through other modules: the top-level folders (the
// pipeline's stages, features, interchange, cli) and, inside src/features/, each feature. dependency-cruiser checks
// modules; this checks the folders they lie in, over its JSON. `npm run lint` runs it.
//
//   node scripts/folder-pairs.mjs            cruise src/ and check it
//   node scripts/folder-pairs.mjs FILE.json  check a cruise result saved with --output-type json

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The folder a module belongs to: src/features/<feature> inside features/, else src/<folder>; undefined for src/*.ts. */
export function folderOf(path) {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts.length < 3) return undefined;
  if (parts[1] === 'features' && parts.length >= 4) return `src/features/${parts[2]}`;
  return `src/${parts[1]}`;
}

/** Every pair of folders that import each other (directly or through other folders), with one import each way. */
export function folderPairs(cruiseResult) {
  const edges = new Map(); // folder -> folder -> "from -> to"
  for (const module of cruiseResult.modules) {
    const from = folderOf(module.source);
    if (!from) continue;
    for (const dependency of module.dependencies) {
      const to = folderOf(dependency.resolved);
      if (!to || to === from) continue;
      // features/ as a whole is one top-level folder too: a feature importing a stage is an edge features -> stage
      for (const [a, b] of levels(from, to)) {
        if (!edges.has(a)) edges.set(a, new Map());
        if (!edges.get(a).has(b)) edges.get(a).set(b, `${module.source} -> ${dependency.resolved}`);
      }
    }
  }
  const reach = (start) => {
    const seen = new Map([[start, []]]);
    const queue = [start];
    while (queue.length) {
      const at = queue.shift();
      for (const [next, example] of edges.get(at) ?? []) {
        if (seen.has(next)) continue;
        seen.set(next, [...seen.get(at), example]);
        queue.push(next);
      }
    }
    return seen;
  };
  const pairs = [];
  const folders = [...edges.keys()].sort();
  for (const a of folders) {
    const fromA = reach(a);
    for (const [b, there] of fromA) {
      if (b <= a) continue;
      const back = reach(b).get(a);
      if (back) pairs.push({ folders: [a, b], there, back });
    }
  }
  return pairs;
}

/** The edge between two module folders, and the edge between their top-level folders when those differ. */
function levels(from, to) {
  const top = (f) => f.split('/').slice(0, 2).join('/');
  const out = [[from, to]];
  if (top(from) !== top(to) && (top(from) !== from || top(to) !== to)) out.push([top(from), top(to)]);
  return out;
}

async function main() {
  const file = process.argv[2];
  let result;
  if (file) result = JSON.parse(readFileSync(file, 'utf8'));
  else {
    const { cruise } = await import('dependency-cruiser');
    const { createRequire } = await import('node:module');
    const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs');
    const cruised = await cruise(['src'], { ...config.options, ruleSet: { forbidden: [] }, validate: false });
    result = cruised.output;
  }
  const pairs = folderPairs(result);
  for (const { folders, there, back } of pairs) {
    console.error(`error ${folders[0]} and ${folders[1]} import each other:`);
    for (const step of there) console.error(`  ${step}`);
    console.error('  and back:');
    for (const step of back) console.error(`  ${step}`);
  }
  if (pairs.length) {
    console.error(`${pairs.length} pair${pairs.length === 1 ? '' : 's'} of folders that import each other`);
    process.exit(1);
  }
  console.log(`✔ no two folders of src/ import each other (${result.modules.length} modules)`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
