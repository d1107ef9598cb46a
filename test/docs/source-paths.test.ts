import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/outside-tools.js';

/** The README, every page of docs/, and every source and script: the places that name files of src/ to a reader. */
function pages(): string[] {
  const under = (dir: string, ext: RegExp): string[] =>
    readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? under(path.join(dir, e.name), ext) : ext.test(e.name) ? [path.join(dir, e.name)] : [],
    );
  return ['README.md', ...under('docs', /\.md$/), ...under('src', /\.(ts|js|css)$/), ...under('scripts', /\.mjs$/)];
}

/** `src/...` paths as written (a file, or a folder with its slash); patterns with `<name>` or `*` stand for many. */
function namedPaths(text: string): string[] {
  return [...text.matchAll(/(?<![\w./-])src\/[\w./<>*-]*[\w/]/g)].map((m) => m[0]).filter((p) => !/[<>*]/.test(p));
}

describe('paths of src/ named in the docs and in comments', () => {
  it('finds such paths (the check reads what it should)', () => {
    expect(namedPaths(readFileSync(path.join(REPO_ROOT, 'docs/architecture.md'), 'utf8')).length).toBeGreaterThan(5);
  });

  it('all exist: a file moved or renamed takes its mentions with it', () => {
    const missing: string[] = [];
    for (const page of pages()) {
      for (const named of namedPaths(readFileSync(path.join(REPO_ROOT, page), 'utf8'))) {
        const file = path.join(REPO_ROOT, named);
        // an import names a .ts module by its .js name
        if (!existsSync(file) && !existsSync(file.replace(/\.js$/, '.ts'))) missing.push(`${page}: ${named}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
