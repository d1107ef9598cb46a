import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { splitRequirement } from '../../../src/load/requirement/split-requirement.js';
import { sortDiagnostics } from '../../../src/lib/diagnostics.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';
import { storeEntries, storeFile } from '../../support/cache-files.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Position } from '../../../src/lib/diagnostics.js';
import { knownYaml, parseYaml, type PositionTable, type YamlPath } from '../../../src/load/yaml/parse-yaml.js';
import { workspaceFrom } from '../../support/workspace.js';

const repo = path.resolve(import.meta.dirname, '../../..');

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(path.join(repo, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));
}

/** Every path into a value, plus a child that does not exist under each node. */
function pathsOf(value: unknown, at: YamlPath = []): YamlPath[] {
  const out: YamlPath[] = [at, [...at, 'absent'], [...at, 99]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

/** The YAML texts of the shipped catalogue and the test fixtures: specs, configurations, front matter. */
function yamlTexts(): Array<{ file: string; text: string; lineOffset: number }> {
  const out: Array<{ file: string; text: string; lineOffset: number }> = [];
  for (const file of [...filesUnder('specs', '.yaml'), 'tenderkit.yaml', ...filesUnder('test/fixtures', '.yaml')]) {
    out.push({ file, text: readFileSync(path.join(repo, file), 'utf8'), lineOffset: 0 });
  }
  for (const file of [...filesUnder('requirements', '.md').slice(0, 60), ...filesUnder('test/fixtures', '.md')]) {
    const parts = splitRequirement(readFileSync(path.join(repo, file), 'utf8').replace(/\r\n?/g, '\n'));
    if (parts.frontMatter !== undefined)
      out.push({ file, text: parts.frontMatter, lineOffset: parts.frontMatterLine - 1 });
  }
  return out;
}

/**
 * The oracle: the yaml library's own document, walked path segment by path segment (the nearest existing ancestor
 * when the path goes on past the document; the key's position when asked for a map key).
 */
function reference(
  text: string,
  lineOffset: number,
): { ok: boolean; value: unknown; positionOf: (path: YamlPath, key?: boolean) => Position } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', version: '1.2', uniqueKeys: false });
  const start = (node: unknown): number => (node as { range?: number[] } | null)?.range?.[0] ?? 0;
  const offsetOf = (path: YamlPath, key: boolean): number => {
    let node: unknown = doc.contents;
    let best = start(node);
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment),
        );
        if (!pair) return best;
        if (i === path.length - 1 && key) return start(pair.key);
        node = pair.value;
        best = node ? start(node as Node) : start(pair.key);
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) return best;
        node = item;
        best = start(item);
      } else return best;
    }
    return best;
  };
  return {
    ok: doc.errors.length === 0,
    value: doc.toJS(),
    positionOf: (path, key = false) => {
      const p = lineCounter.linePos(Math.min(offsetOf(path, key), text.length));
      return { line: p.line + lineOffset, column: p.col };
    },
  };
}

describe('positions of YAML nodes from a position table', () => {
  it('are those the yaml library gives, for every node, absent child and key of the catalogue and fixtures', () => {
    let compared = 0;
    for (const { file, text, lineOffset } of yamlTexts()) {
      const oracle = reference(text, lineOffset);
      if (!oracle.ok) continue;
      let kept: PositionTable | undefined;
      const fresh = parseYaml(text, { file, lineOffset }, { lookup: () => undefined, remember: (t) => (kept = t) });
      for (const p of pathsOf(oracle.value)) {
        for (const key of [false, true]) {
          expect(fresh.positionOf(p, key), `${file} ${JSON.stringify(p)} key=${key}`).toEqual(
            oracle.positionOf(p, key),
          );
          compared++;
        }
      }
      expect(kept).toBeDefined();
      const fromTable = knownYaml(
        text,
        oracle.value,
        { file, lineOffset },
        { lookup: () => kept, remember: () => expect.fail('a kept table is not computed again') },
      );
      for (const p of pathsOf(oracle.value)) expect(fromTable.positionOf(p, true)).toEqual(oracle.positionOf(p, true));
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('handle duplicate-free odd keys: numbers, quoted, empty values and items, flow style', () => {
    const text = '1: one\n"a b": {c: [1, , 3]}\nempty:\nlist:\n  -\n  - x: 1\n    y: [a, {b: c}]\n';
    const oracle = reference(text, 0);
    const fresh = knownYaml(text, oracle.value, { file: 'odd.yaml' });
    for (const p of [
      ...pathsOf(oracle.value),
      [1],
      ['1'],
      ['list', '1'],
      ['a b', 'c', 1],
      ['list', 1, 'y', 1, 'b'],
    ] as YamlPath[]) {
      for (const key of [false, true])
        expect(fresh.positionOf(p, key), JSON.stringify(p)).toEqual(oracle.positionOf(p, key));
    }
  });
});

describe('the position cache', () => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await dispose?.();
    dispose = undefined;
  });

  it('keeps the positions findings pointed at, and a changed file gets new ones', async () => {
    const ws = await workspaceFrom('lint-problems');
    dispose = ws.dispose;
    const fresh = sortDiagnostics((await loadWorkspace(ws.root, { cache: false }, RESOLVE_AND_CHECK)).diagnostics);
    expect(fresh.some((d) => d.file.startsWith('specs/') || d.file.startsWith('requirements/'))).toBe(true);

    await loadWorkspace(ws.root, { cache: true }, RESOLVE_AND_CHECK);
    expect(Object.keys(storeEntries(storeFile(ws.root, 'positions'))).length).toBeGreaterThan(0);
    expect(sortDiagnostics((await loadWorkspace(ws.root, { cache: true }, RESOLVE_AND_CHECK)).diagnostics)).toEqual(
      fresh,
    );

    // two lines more at the top of every YAML text: every finding in them moves down by two lines
    const moved = fresh.filter((d) => /^specs\/.*\.ya?ml$/.test(d.file) && d.line > 0);
    expect(moved.length).toBeGreaterThan(0);
    for (const file of new Set(moved.map((d) => d.file))) {
      const target = path.join(ws.root, file);
      writeFileSync(target, `# note\n# another\n${readFileSync(target, 'utf8')}`);
    }
    const after = (await loadWorkspace(ws.root, { cache: true }, RESOLVE_AND_CHECK)).diagnostics;
    for (const d of moved) {
      expect(after).toContainEqual({ ...d, line: d.line + 2 });
    }
  });
});
