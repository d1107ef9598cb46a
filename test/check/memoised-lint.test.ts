import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortDiagnostics, type Diagnostic } from '../../src/lib/diagnostics.js';
import { memoisedCheck } from '../../src/load/memoised-check.js';
import { Cache } from '../../src/load/cache/cache.js';
import { loadWorkspace } from '../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../src/check/pipeline-steps.js';
import type { SourceFile } from '../../src/load/source-file.js';
import { fixtureCopies } from '../support/workspace.js';

const copyOf = fixtureCopies();
const INT_001 = 'requirements/INT-001.md';

const source = (p: string, sha: string): SourceFile => ({ path: p, text: '', sha256: sha, size: 0 });
const finding: Diagnostic = {
  severity: 'warning',
  rule: 'vague-term',
  message: '"fast" is vague',
  file: 'requirements/A.md',
  line: 3,
  column: 7,
};

describe('the lint findings kept between runs', () => {
  it('are taken instead of running the rules while no input changed, and the rules run again when one did', async () => {
    const ws = await copyOf('lint-problems');
    let runs = 0;
    const run = () => {
      runs++;
      return [finding];
    };
    const sources = [source('requirements/A.md', 'a'.repeat(64)), source('specs/s.yaml', 'b'.repeat(64))];
    expect(memoisedCheck(Cache.open(ws), sources, run)).toEqual([finding]);
    expect(memoisedCheck(Cache.open(ws), [...sources].reverse(), run)).toEqual([finding]);
    expect(runs).toBe(1);
    // one file's bytes changed, a file added, a file renamed
    memoisedCheck(Cache.open(ws), [source('requirements/A.md', 'c'.repeat(64)), sources[1]!], run);
    memoisedCheck(Cache.open(ws), [...sources, source('templates/x.hbs', 'd'.repeat(64))], run);
    memoisedCheck(Cache.open(ws), [source('requirements/B.md', 'a'.repeat(64)), sources[1]!], run);
    expect(runs).toBe(4);
  });

  it('count as absent when edited, damaged or of another shape', async () => {
    const ws = await copyOf('lint-problems');
    const sources = [source('requirements/A.md', 'a'.repeat(64))];
    let runs = 0;
    const run = () => {
      runs++;
      return [finding];
    };
    memoisedCheck(Cache.open(ws), sources, run);
    const file = Cache.open(ws).memo.fileOf({ command: 'lint' });
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"line":3', '"line":4'));
    expect(memoisedCheck(Cache.open(ws), sources, run)).toEqual([finding]);
    writeFileSync(file, text.slice(0, text.length - 20));
    expect(memoisedCheck(Cache.open(ws), sources, run)).toEqual([finding]);
    expect(runs).toBe(3);
  });

  it('give a workspace the same findings as running the rules, before and after an edit', async () => {
    const ws = await copyOf('lint-problems');
    const uncached = sortDiagnostics((await loadWorkspace(ws, { cache: false }, RESOLVE_AND_CHECK)).diagnostics);
    expect(uncached.some((d) => d.file === INT_001 && d.rule === 'vague-term')).toBe(true);
    expect(sortDiagnostics((await loadWorkspace(ws, { cache: true }, RESOLVE_AND_CHECK)).diagnostics)).toEqual(
      uncached,
    );
    expect(sortDiagnostics((await loadWorkspace(ws, { cache: true }, RESOLVE_AND_CHECK)).diagnostics)).toEqual(
      uncached,
    );

    const file = path.join(ws, INT_001);
    writeFileSync(file, readFileSync(file, 'utf8').replace('every peer centre fast.', 'every peer centre within 5 s.'));
    const edited = sortDiagnostics((await loadWorkspace(ws, { cache: true }, RESOLVE_AND_CHECK)).diagnostics);
    expect(edited).toEqual(sortDiagnostics((await loadWorkspace(ws, { cache: false }, RESOLVE_AND_CHECK)).diagnostics));
    expect(edited.filter((d) => d.file === INT_001 && d.message.includes('"fast"'))).toEqual([]);
    expect(edited.length).toBeLessThan(uncached.length);
  });
});
