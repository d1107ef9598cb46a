import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script of the repository, without type declarations
import { folderOf, folderPairs } from '../../scripts/folder-pairs.mjs';

type Module = { source: string; dependencies: Array<{ resolved: string }> };
const cruised = (edges: Array<[string, string]>): { modules: Module[] } => {
  const modules = new Map<string, Module>();
  for (const [from, to] of edges) {
    if (!modules.has(from)) modules.set(from, { source: from, dependencies: [] });
    modules.get(from)!.dependencies.push({ resolved: to });
  }
  return { modules: [...modules.values()] };
};

describe('no two folders of src/ import each other', () => {
  it('names the folder of a module: each feature, else the top-level folder', () => {
    expect(folderOf('src/features/build/formats.ts')).toBe('src/features/build');
    expect(folderOf('src/load/spec/spec.ts')).toBe('src/load');
    expect(folderOf('node_modules/yaml/index.js')).toBeUndefined();
  });

  it('finds two features that import each other through different modules, which no module cycle shows', () => {
    const pairs = folderPairs(
      cruised([
        ['src/features/build/formats.ts', 'src/features/diff/diff-json.ts'],
        ['src/features/diff/render.ts', 'src/features/build/pack-format.ts'],
      ]),
    );
    expect(pairs.map((p: { folders: string[] }) => p.folders)).toEqual([['src/features/build', 'src/features/diff']]);
  });

  it('finds a pair round about through a third folder, and a pair of top-level folders', () => {
    const pairs = folderPairs(
      cruised([
        ['src/load/a.ts', 'src/resolve/b.ts'],
        ['src/resolve/b.ts', 'src/check/c.ts'],
        ['src/check/c.ts', 'src/load/d.ts'],
      ]),
    );
    expect(pairs.map((p: { folders: string[] }) => p.folders)).toContainEqual(['src/check', 'src/load']);
  });

  it('lets imports flow one way', () => {
    const pairs = folderPairs(
      cruised([
        ['src/features/build/a.ts', 'src/features/diff/b.ts'],
        ['src/features/diff/b.ts', 'src/load/c.ts'],
        ['src/cli/d.ts', 'src/features/build/a.ts'],
      ]),
    );
    expect(pairs).toEqual([]);
  });
});
