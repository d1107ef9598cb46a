import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runDiff, type DiffFormat } from '../../../src/features/diff/run-diff.js';
import { comparedChains } from '../../../src/load/compared-chains.js';
import { loadWorkspace } from '../../../src/load/load-workspace.js';
import { RESOLVE_AND_CHECK } from '../../../src/check/pipeline-steps.js';
import { Cache } from '../../../src/load/cache/cache.js';
import { digestWorkspace, readFiles } from '../../../src/load/read-files.js';
import { readRecord, storeFile } from '../../support/cache-files.js';
import { fixtureCopies } from '../../support/workspace.js';

const copyOf = fixtureCopies();
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

let made: string[] = [];
afterEach(async () => {
  for (const root of made) await rm(root, { recursive: true, force: true });
  made = [];
});

/** A throw-away copy of the catalogue the repository ships. */
async function shippedCatalogue(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-shipped-'));
  made.push(root);
  for (const entry of ['tenderkit.yaml', 'requirements', 'specs', 'templates', 'labels', 'glossary']) {
    if (existsSync(path.join(REPO, entry)))
      await cp(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  }
  return root;
}

/** A generated workspace (scripts/generate-workspace.mjs): 120 requirements, a baseline and four national variants. */
async function generated(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-generated-'));
  made.push(root);
  execFileSync(process.execPath, [
    path.join(REPO, 'scripts', 'generate-workspace.mjs'),
    root,
    '--requirements',
    '120',
    '--variants',
    '4',
  ]);
  return root;
}

/** A requirement file that no spec of the chain of `spec` names (and that has no translation). */
async function unnamedFile(root: string, spec: string): Promise<string> {
  const load = comparedChains(await digestWorkspace(root), [spec], RESOLVE_AND_CHECK);
  const read = new Set([...load!.workspace.catalogue.requirements.values()].map((r) => r.file));
  return readFiles(root).requirements.find((f) => !read.has(f.path))!.path;
}

/** A full load with the cache on, as validate and build do: it writes the index of clean requirement files. */
const fullLoad = (root: string) => loadWorkspace(root, { cache: true }, RESOLVE_AND_CHECK);

/** The report made from what the chains name (the digest given) and the one made from a full load (none given). */
async function bothWays(root: string, variant: string, format: DiffFormat, against?: string) {
  const request = { root, variant, format, sourceDateEpoch: 0, ...(against !== undefined ? { against } : {}) };
  const named = await runDiff({ ...request, digest: await digestWorkspace(root) });
  const full = await runDiff(request);
  return { named, full };
}

/** Whether the comparison of these specs can leave requirements out, and how many it reads. */
async function namedLoad(root: string, specs: string[]) {
  const load = comparedChains(await digestWorkspace(root), specs, RESOLVE_AND_CHECK);
  return (
    load && {
      read: load.workspace.catalogue.requirements.size,
      left: [...load.unnamed.values()].reduce((a, b) => a + b, 0),
    }
  );
}

const outputOf = (result: Awaited<ReturnType<typeof runDiff>>) => (result.kind === 'ok' ? result.output : result);

describe('a comparison that reads only the requirements its chains name', () => {
  it('makes the same Markdown, JSON and HTML reports as a full load, for every spec of the shipped catalogue', async () => {
    const root = await shippedCatalogue();
    const ws = await fullLoad(root);
    let leftOut = 0;
    for (const spec of ws.catalogue.specs.values()) {
      if (spec.extends === undefined) continue;
      const load = await namedLoad(root, [spec.id]);
      expect(load, spec.id).toBeDefined();
      leftOut += load!.left;
      for (const format of ['md', 'json', 'html'] as const) {
        const { named, full } = await bothWays(root, spec.id, format);
        expect(named.kind, `${spec.id} ${format}`).toBe('ok');
        expect(outputOf(named), `${spec.id} ${format}`).toEqual(outputOf(full));
      }
    }
    // every requirement of the shipped catalogue has translations: kept translations do not make it read
    expect(leftOut).toBeGreaterThan(0);
  });

  it('reads a translation again when it or its requirement changed, and gives way to a full load on a finding', async () => {
    const root = await shippedCatalogue();
    await fullLoad(root);
    const spec = 'at';
    const before = await namedLoad(root, [spec]);
    const translation = 'requirements/eu-sourcing/EUS-001.de.md';
    const text = await readFile(path.join(root, translation), 'utf8');
    await writeFile(path.join(root, translation), text.replace(/^title: .*$/m, 'title: Ein neuer Titel'));
    const after = await namedLoad(root, [spec]);
    // the translation and its requirement are read: the requirement is no longer left out
    expect(after?.left).toBe(before!.left - 1);
    expect(after!.read).toBe(before!.read + 1);
    const { named, full } = await bothWays(root, spec, 'json');
    expect(outputOf(named)).toEqual(outputOf(full));

    // a second German translation of the same requirement, in another folder
    await writeFile(path.join(root, 'requirements/security/EUS-001.de.md'), text);
    expect(await namedLoad(root, [spec])).toBeUndefined();
    const twice = await bothWays(root, spec, 'md');
    expect(twice.named.kind === 'invalid' && twice.named.diagnostics.some((d) => d.rule === 'translation')).toBe(true);
  });

  it('compares a variant with a spec of its chain other than the root', async () => {
    const root = await copyOf('variants-basic');
    await fullLoad(root);
    expect(await namedLoad(root, ['be', 'benelux'])).toBeDefined();
    for (const format of ['md', 'json'] as const) {
      const { named, full } = await bothWays(root, 'be', format, 'benelux');
      expect(named.kind).toBe('ok');
      expect(outputOf(named)).toEqual(outputOf(full));
    }
  });

  it('leaves out the requirements no spec of the chain names, and reads those that changed since the index was written', async () => {
    const root = await generated();
    await fullLoad(root);
    const before = await namedLoad(root, ['at']);
    expect(before!.left).toBeGreaterThan(60);
    const { named, full } = await bothWays(root, 'at', 'json');
    expect(outputOf(named)).toEqual(outputOf(full));

    const file = path.join(root, await unnamedFile(root, 'at'));
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace(/^title: .*$/m, 'title: A title changed after the last full load')
        .replace(/default: \d+/, 'default: 7'),
    );
    const after = await namedLoad(root, ['at']);
    expect(after).toEqual({ read: before!.read + 1, left: before!.left - 1 });
    for (const format of ['md', 'json'] as const) {
      const again = await bothWays(root, 'at', format);
      expect(again.named.kind).toBe('ok');
      expect(outputOf(again.named)).toEqual(outputOf(again.full));
    }
  });

  it('counts a requirement added to a selected domain, and one removed, as a full load does', async () => {
    const root = await generated();
    await fullLoad(root);
    const gone = await unnamedFile(root, 'be');
    const source = await readFile(path.join(root, gone), 'utf8');
    const id = /^id: (.*)$/m.exec(source)![1]!;
    const { named: was } = await bothWays(root, 'be', 'json');
    for (const digit of ['8', '9']) {
      const added = id.replace(/\d(\d+)$/, `${digit}$1`);
      await writeFile(path.join(root, path.dirname(gone), `${added}.md`), source.replace(/^id: .*$/m, `id: ${added}`));
    }
    await rm(path.join(root, gone));
    const { named, full } = await bothWays(root, 'be', 'json');
    expect(named.kind).toBe('ok');
    expect(outputOf(named)).toEqual(outputOf(full));
    const total = (result: typeof named) =>
      (JSON.parse(outputOf(result) as string) as { summary: { total: number } }).summary.total;
    expect(total(named)).toBe(total(was) + 1);
  });

  it('gives way to a full load, which reports the findings, when a requirement left out would no longer read cleanly', async () => {
    const root = await generated();
    await fullLoad(root);
    const broken = await unnamedFile(root, 'at');
    await writeFile(
      path.join(root, broken),
      (await readFile(path.join(root, broken), 'utf8')).replace(/^obligation: .*$/m, 'obligation: [not, a, word]'),
    );
    expect(await namedLoad(root, ['at'])).toBeUndefined();
    const { named } = await bothWays(root, 'at', 'json');
    expect(named.kind).toBe('invalid');
    expect(named.kind === 'invalid' && named.diagnostics.some((d) => d.file === broken && d.severity === 'error')).toBe(
      true,
    );
  });

  it('gives way to a full load when a new file takes the id of a requirement left out', async () => {
    const root = await generated();
    await fullLoad(root);
    const original = await unnamedFile(root, 'at');
    await writeFile(
      path.join(root, original.replace(/\.md$/, '-copy.md')),
      await readFile(path.join(root, original), 'utf8'),
    );
    expect(await namedLoad(root, ['at'])).toBeUndefined();
    const { named } = await bothWays(root, 'at', 'md');
    expect(named.kind === 'invalid' && named.diagnostics.some((d) => d.rule === 'duplicate-id')).toBe(true);
  });

  it('gives way to a full load for specs of two chains, and for the Word redline, which shows every requirement', async () => {
    const root = await generated();
    await writeFile(
      path.join(root, 'specs/other-root.yaml'),
      'id: other-root\ntitle: Another root\nlanguage: en\nprocurement:\n  title: Other\n  reference: OTHER-1\nselect:\n  domains: [security]\n',
    );
    await fullLoad(root);
    expect(await namedLoad(root, ['at', 'other-root'])).toBeUndefined();
    const { named, full } = await bothWays(root, 'at', 'json', 'other-root');
    expect(named.kind).toBe('ok');
    expect(outputOf(named)).toEqual(outputOf(full));
    const redline = await bothWays(root, 'at', 'docx');
    expect(redline.named.kind).toBe('ok');
    expect(outputOf(redline.named)).toEqual(outputOf(redline.full));
  });

  it('trusts no index entry that was edited, or written for another configuration', async () => {
    const root = await generated();
    await fullLoad(root);
    const files = readFiles(root);
    const unnamed = await unnamedFile(root, 'at');
    const file = files.requirements.find((f) => f.path === unnamed)!;
    const id = /^id: (.*)$/m.exec(file.text)![1]!;
    const domain = /^domain: (.*)$/m.exec(file.text)![1]!;
    expect(Cache.open(root).clean(files.config).requirement(file.sha256)).toEqual({ id, domain });
    expect(
      Cache.open(root)
        .clean({ ...files.config!, sha256: '0'.repeat(64) })
        .requirement(file.sha256),
    ).toBeUndefined();

    // a domain changed by hand: the entry would count the requirement in another domain
    const indexFile = storeFile(root, 'clean');
    const text = await readFile(indexFile, 'utf8');
    const { body } = readRecord(indexFile);
    const entry = `"r:${file.sha256}":${JSON.stringify({ id, domain })}`;
    expect(body).toContain(entry);
    await writeFile(indexFile, text.replace(entry, `"r:${file.sha256}":${JSON.stringify({ id, domain: 'nowhere' })}`));
    expect(Cache.open(root).clean(files.config).requirement(file.sha256)).toBeUndefined();
    const { named, full } = await bothWays(root, 'at', 'json');
    expect(outputOf(named)).toEqual(outputOf(full));

    // the configuration changed: every entry was checked against the old one, and none is used
    await fullLoad(root);
    expect(await namedLoad(root, ['at'])).toBeDefined();
    await writeFile(
      path.join(root, 'tenderkit.yaml'),
      `${await readFile(path.join(root, 'tenderkit.yaml'), 'utf8')}\n# edited\n`,
    );
    expect(await namedLoad(root, ['at'])).toBeUndefined();
  });
});
