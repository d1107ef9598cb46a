import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processIO } from '../../../src/cli/io.js';
import { sortDiagnostics } from '../../../src/lib/diagnostics.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';
import type { Workspace } from '../../../src/load/workspace.js';
import type { Resolution } from '../../../src/resolve/resolve.js';
import { readFiles } from '../../../src/load/read-files.js';
import { isJsonExact } from '../../../src/load/cache/shard.js';
import { readRecord, storeEntries, storeFile, writeRecord } from '../../support/cache-files.js';
import { runCli } from '../../support/cli.js';
import { fixtureCopies } from '../../support/workspace.js';

const copyOf = fixtureCopies();
const frontMatterFile = (root: string) => storeFile(root, 'front-matter');

/** Everything a command shows of a loaded workspace: findings (positions included) and each effective requirement. */
function visible(w: Workspace<Resolution>): unknown {
  return {
    diagnostics: sortDiagnostics(w.diagnostics),
    specs: [...w.resolution.resolved].map(([id, r]) => [
      id,
      r.requirements.map((e) => ({
        id: e.id,
        title: e.title,
        obligation: e.obligation,
        statement: e.statement.markdown,
        parameters: [...e.parameters],
        references: e.source.references,
      })),
    ]),
  };
}

async function countFiles(root: string): Promise<number> {
  let n = 0;
  for (const dir of ['requirements', 'specs']) {
    const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
    n += entries.filter((e) => e.isFile() && !/\.[a-z]{2}\.md$/.test(e.name)).length;
  }
  return n + (existsSync(path.join(root, 'tenderkit.yaml')) ? 1 : 0);
}

describe('the parse cache', () => {
  it('parses every file once, then reuses them all, and the workspace reads the same either way', async () => {
    const root = await copyOf('variants-basic');
    const files = await countFiles(root);
    const uncached = await loadWorkspace(root, { cache: false }, RESOLVE_AND_CHECK);
    expect(existsSync(frontMatterFile(root))).toBe(false);

    const first = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    expect(first.parseCache).toEqual({ reused: 0, parsed: files });
    expect(existsSync(frontMatterFile(root))).toBe(true);

    const second = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    expect(second.parseCache).toEqual({ reused: files, parsed: 0 });
    expect(visible(second)).toEqual(visible(uncached));
    expect(visible(first)).toEqual(visible(uncached));
  });

  it('re-parses only the file that changed, and shows its new content', async () => {
    const root = await copyOf('variants-basic');
    const files = await countFiles(root);
    await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    const file = path.join(root, 'requirements/eu-sourcing/EUS-001.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        'title: Location of operational data',
        'title: Where operational data lives',
      ),
    );

    const after = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    expect(after.parseCache).toEqual({ reused: files - 1, parsed: 1 });
    expect(after.catalogue.requirements.get('EUS-001')!.title).toBe('Where operational data lives');
    expect(visible(after)).toEqual(visible(await loadWorkspace(root, { cache: false }, RESOLVE_AND_CHECK)));
  });

  it('keeps translations too, and a changed translation is read again with its findings', async () => {
    const root = await copyOf('i18n-basic');
    const translations = (w: Workspace<Resolution>) =>
      [...w.i18n!.translations].map(([id, byLang]) => [
        id,
        [...byLang].map(([lang, t]) => [lang, t.title, t.statement?.markdown, t.file]),
      ]);
    const fresh = await loadWorkspace(root, { cache: false }, RESOLVE_AND_CHECK);
    const first = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    const second = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    expect(second.parseCache!.parsed).toBe(0);
    expect(second.parseCache!.reused).toBe(first.parseCache!.parsed);
    expect(translations(second)).toEqual(translations(fresh));
    expect(translations(second).length).toBeGreaterThan(0);
    expect(sortDiagnostics(second.diagnostics)).toEqual(sortDiagnostics(fresh.diagnostics));

    const file = path.join(root, 'requirements/interconnection/INT-002.fr.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^lang: fr$/m, 'lang: fr\ncolour: blue'));
    const changed = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    expect(changed.parseCache!.parsed).toBe(1);
    const finding = changed.diagnostics.find((d) => d.file === 'requirements/interconnection/INT-002.fr.md');
    expect(finding?.message).toContain('unknown field "colour"');
    expect((await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK)).diagnostics).toContainEqual(finding);
  });

  it('never keeps a file with a finding: its errors come back on every run, at the same position', async () => {
    const broken =
      '---\nid: EUS-001\ntitle: Location\ndomain: eu-sourcing\nobligation: mandatory\nverification: [inspection]\nstatus: approvd\n---\nThe system shall store data.\n';
    const root = await copyOf('variants-basic', { 'requirements/eu-sourcing/EUS-001.md': broken });
    const runs = [
      await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK),
      await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK),
    ];
    for (const run of runs) {
      expect(run.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toContain(
        'requirements/eu-sourcing/EUS-001.md:7:9 schema',
      );
    }
    expect(runs[1]!.parseCache!.parsed).toBe(1);
  });

  it('points findings about cached files at the same line and column as a fresh parse', async () => {
    const root = await copyOf('lint-problems');
    const fresh = await loadWorkspace(root, { cache: false }, RESOLVE_AND_CHECK);
    expect(fresh.diagnostics.length).toBeGreaterThan(0);
    await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    const cached = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    expect(cached.parseCache!.reused).toBeGreaterThan(0);
    expect(sortDiagnostics(cached.diagnostics)).toEqual(sortDiagnostics(fresh.diagnostics));
  });

  it('starts afresh from a cache of another version, from a damaged one, and from one edited after writing', async () => {
    const root = await copyOf('variants-basic');
    const files = await countFiles(root);
    await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    // requirement files in one file, specs and tenderkit.yaml in the other
    const caches = [storeFile(root, 'front-matter'), storeFile(root, 'specs')];
    const texts = caches.map((f) => readFileSync(f, 'utf8'));
    const records = caches.map(readRecord);
    const rewrite = (change: (record: { key: string; body: string }) => { key: string; body: string }) =>
      caches.forEach((f, i) => {
        const changed = change(records[i]!);
        writeRecord(f, changed.key, changed.body);
      });

    // the key of another version of the tool or of the schemas
    rewrite(({ body }) => ({ key: 'f'.repeat(64), body }));
    expect((await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK)).parseCache).toEqual({
      reused: 0,
      parsed: files,
    });

    rewrite(({ key, body }) => ({
      key,
      body: JSON.stringify(Object.fromEntries(Object.keys(JSON.parse(body) as object).map((k) => [k, null]))),
    }));
    expect((await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK)).parseCache).toEqual({
      reused: 0,
      parsed: files,
    });

    // an entry of the right shape with other content, the record's hash left as it was: the title of a requirement
    // changed in the cache itself
    const edited = texts[0]!.replace('"title":"Location of operational data"', '"title":"Edited in the cache"');
    expect(edited).not.toBe(texts[0]);
    rewrite((record) => record);
    writeFileSync(caches[0]!, edited);
    const afterEdit = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    const requirementFiles = readFiles(root).requirements.length;
    expect(afterEdit.parseCache).toEqual({ reused: files - requirementFiles, parsed: requirementFiles });
    expect(afterEdit.catalogue.requirements.get('EUS-001')!.title).toBe('Location of operational data');

    for (const [i, f] of caches.entries()) writeFileSync(f, texts[i]!.slice(0, texts[i]!.length / 2));
    const damaged = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    expect(damaged.parseCache).toEqual({ reused: 0, parsed: files });
    expect(visible(damaged)).toEqual(visible(await loadWorkspace(root, { cache: false }, RESOLVE_AND_CHECK)));
    for (const f of caches) expect(Object.keys(storeEntries(f)).length).toBeGreaterThan(0);
  });

  it('drops the entries of files no longer in the workspace', async () => {
    const root = await copyOf('variants-basic');
    await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    const before = Object.keys(storeEntries(frontMatterFile(root))).length;
    await writeFile(path.join(root, 'requirements/eu-sourcing/EUS-002.md'), '');
    await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    const after = Object.keys(storeEntries(frontMatterFile(root))).length;
    expect(after).toBe(before - 1);
  });

  it('works on when the cache cannot be written', async () => {
    const root = await copyOf('variants-basic');
    mkdirSync(path.join(root, 'out'), { recursive: true });
    writeFileSync(path.join(root, 'out', '.cache'), 'a file where the cache folder would go');
    const run = await loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);
    expect(visible(run)).toEqual(visible(await loadWorkspace(root, { cache: false }, RESOLVE_AND_CHECK)));
    expect(readFileSync(path.join(root, 'out', '.cache'), 'utf8')).toBe('a file where the cache folder would go');
    expect((await readdir(path.join(root, 'out'))).sort()).toEqual(['.cache']);
  });

  it('is used by the command line, and TENDERKIT_CACHE=off leaves it out', async () => {
    const off = await copyOf('variants-basic');
    expect((await runCli(['validate', '--root', off], { cache: false })).code).toBe(0);
    expect(existsSync(frontMatterFile(off))).toBe(false);
    const on = await copyOf('variants-basic');
    const first = await runCli(['diff', 'be', '--root', on, '--format', 'json'], { cache: true });
    expect(existsSync(frontMatterFile(on))).toBe(true);
    const again = await runCli(['diff', 'be', '--root', on, '--format', 'json'], { cache: true });
    expect(again).toEqual(first);

    const saved = process.env['TENDERKIT_CACHE'];
    try {
      delete process.env['TENDERKIT_CACHE'];
      expect(processIO().cache).toBe(true);
      process.env['TENDERKIT_CACHE'] = 'off';
      expect(processIO().cache).toBe(false);
    } finally {
      if (saved === undefined) delete process.env['TENDERKIT_CACHE'];
      else process.env['TENDERKIT_CACHE'] = saved;
    }
  });
});

describe('isJsonExact', () => {
  it('accepts plain data and refuses what JSON would change', () => {
    expect(isJsonExact({ a: [1, 'x', true, null, { b: 2.5 }] })).toBe(true);
    for (const bad of [Infinity, -Infinity, NaN, -0, new Date(0), undefined, { a: [1, Infinity] }, { a: () => 1 }]) {
      expect(isJsonExact(bad)).toBe(false);
    }
  });
});
