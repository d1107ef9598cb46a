import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { canUse } from '../../support/outside-tools.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES, fixtureCopies } from '../../support/workspace.js';

const copy = fixtureCopies();

async function withVersion(version: string): Promise<string> {
  const config = await readFile(path.join(FIXTURES, 'variants-basic', 'tenderkit.yaml'), 'utf8');
  return copy('variants-basic', { 'tenderkit.yaml': `version: ${version}\n${config}` });
}

async function build(root: string, out = path.join(root, 'out')): Promise<string> {
  const run = await runCli(['build', 'be', 'eu-baseline', '--root', root, '--out-dir', out]);
  expect(run.code, run.stderr).toBe(0);
  return out;
}

describe('the catalogue version of tenderkit.yaml', () => {
  it('is on the cover of the Markdown and Word documents, in the Word footer, and in the manifest', async () => {
    const root = await withVersion('"2026.12"');
    const out = await build(root);
    const md = await readFile(path.join(out, 'be', 'tender-specification.md'), 'utf8');
    // be is in Dutch: the built-in Dutch frame names the row
    expect(md).toContain('| Catalogusversie | 2026.12 |');
    const en = await readFile(path.join(out, 'eu-baseline', 'tender-specification.md'), 'utf8');
    expect(en).toContain('| Catalogue version | 2026.12 |');
    const docx = unzipSync(new Uint8Array(await readFile(path.join(out, 'eu-baseline', 'tender-specification.docx'))));
    expect(strFromU8(docx['word/footer1.xml']!)).toContain('Catalogue version 2026.12');
    const manifest = JSON.parse(await readFile(path.join(out, 'be', 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest['catalogueVersion']).toBe('2026.12');
    expect(manifest).toHaveProperty('gitCommit', null);
  });

  it.runIf(canUse('pandoc', 'reading the version on the Word cover'))('reads back from the Word cover', async () => {
    const out = await build(await withVersion('"2027.1-rc1"'));
    const text = execFileSync('pandoc', [path.join(out, 'eu-baseline', 'tender-specification.docx'), '-t', 'plain'], {
      encoding: 'utf8',
    });
    expect(text).toMatch(/Catalogue version\s+2027\.1-rc1/);
  });

  it('gives the same bytes on a second build, and verify passes', async () => {
    const root = await withVersion('"2026.12"');
    const a = await build(root, path.join(root, 'a'));
    const b = await build(root, path.join(root, 'b'));
    for (const file of ['tender-specification.md', 'tender-specification.docx', 'manifest.json'])
      expect(Buffer.compare(await readFile(path.join(a, 'be', file)), await readFile(path.join(b, 'be', file)))).toBe(
        0,
      );
    const verified = await runCli(['verify', path.join(a, 'be'), '--format', 'json']);
    expect(verified.code, verified.stdout).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ builtWith: { catalogueVersion: '2026.12' } });
  });

  it('records the git commit beside it when the workspace is in git', async () => {
    const root = await withVersion('"2026.12"');
    const commit = '0123456789abcdef0123456789abcdef01234567';
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(path.join(root, '.git'), { recursive: true });
    await writeFile(path.join(root, '.git', 'HEAD'), `${commit}\n`);
    const out = await build(root);
    const manifest = JSON.parse(await readFile(path.join(out, 'be', 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({ catalogueVersion: '2026.12', gitCommit: commit });
  });

  it('is absent from documents and null in the manifest when tenderkit.yaml states none', async () => {
    const root = await copy('variants-basic');
    const out = await build(root);
    const md = await readFile(path.join(out, 'eu-baseline', 'tender-specification.md'), 'utf8');
    expect(md).not.toContain('Catalogue version');
    const manifest = JSON.parse(await readFile(path.join(out, 'be', 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest['catalogueVersion']).toBeNull();
  });

  it('must be a string: an unquoted number is an error at its position, and nothing is built', async () => {
    const root = await withVersion('2026.10');
    const run = await runCli(['build', '--root', root, '--out-dir', path.join(root, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tenderkit\.yaml:1:10: error .*string/m);
    const { existsSync } = await import('node:fs');
    expect(existsSync(path.join(root, 'out', 'be'))).toBe(false);
  });

  it('is on the home page of the site', async () => {
    const root = await withVersion('"2026.12"');
    const out = path.join(root, 'site');
    const run = await runCli(['site', '--root', root, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('<p class="catalogue-version">Version <strong>2026.12</strong></p>');
  });
});
