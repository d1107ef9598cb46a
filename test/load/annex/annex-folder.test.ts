import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { FIXTURES, fixtureCopies } from '../../support/workspace.js';

/**
 * An annex may be a folder (a package of machine-readable documents, such as the interface package): the pack holds
 * its tree under annexes/<folder name>/, every file as it is and listed with its hash, and `verify` checks each.
 */
const copy = fixtureCopies();

const PACKAGE: Record<string, string | Uint8Array> = {
  'annexes/interface/README.md': '# Interface package\n\nCopied as it is, not rendered.\n',
  'annexes/interface/oci-v1.openapi.yaml': 'openapi: 3.1.1\ninfo: { title: Exchange, version: 1.0.1 }\npaths: {}\n',
  'annexes/interface/schemas/envelope.xsd': '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>\n',
  'annexes/interface/samples/photo.png': Uint8Array.from({ length: 300 }, (_, i) => (i * 13) % 256),
  'annexes/interface/.gitkeep': '',
};
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function workspace(extra = ''): Promise<string> {
  const baseline = await readFile(path.join(FIXTURES, 'variants-basic', 'specs/eu-baseline.yaml'), 'utf8');
  const root = await copy('variants-basic', {
    'specs/eu-baseline.yaml': `${baseline}annexes:\n  - { path: annexes/interface, title: Interface package }\n${extra}`,
  });
  for (const [file, content] of Object.entries(PACKAGE)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return root;
}

const build = (root: string) => runCli(['build', 'be', '--root', root, '--out-dir', path.join(root, 'out')]);
type Manifest = {
  outputs: Array<{ path: string; sha256: string }>;
  inputs: Array<{ path: string; sha256: string }>;
  annexes: Array<{ source: string; files: string[] }>;
};

describe('an annex folder', () => {
  it('is copied with its tree into every pack of the chain, each file listed with its hash', async () => {
    const root = await workspace();
    const run = await build(root);
    expect(run.code, run.stderr).toBe(0);
    const pack = path.join(root, 'out', 'be');
    const manifest = JSON.parse(await readFile(path.join(pack, 'manifest.json'), 'utf8')) as Manifest;
    const files = Object.keys(PACKAGE)
      .filter((f) => !f.endsWith('.gitkeep'))
      .sort();
    expect(manifest.annexes).toEqual([expect.objectContaining({ source: 'annexes/interface', files })]);
    for (const f of files) {
      const bytes = await readFile(path.join(pack, f));
      expect(Buffer.compare(bytes, Buffer.from(PACKAGE[f]!))).toBe(0);
      expect(manifest.outputs.find((o) => o.path === f)?.sha256).toBe(sha256(bytes));
      // the workspace file is an input of the pack, with the same hash
      expect(manifest.inputs.find((i) => i.path === f)?.sha256).toBe(sha256(bytes));
    }
    // a file whose name begins with a dot is not part of a tender document; Markdown in a folder is not rendered
    expect(existsSync(path.join(pack, 'annexes/interface/.gitkeep'))).toBe(false);
    expect(existsSync(path.join(pack, 'annexes/interface/README.docx'))).toBe(false);
    expect((await runCli(['verify', pack])).code).toBe(0);
  });

  it('is checked by verify file by file, in the pack and against the workspace', async () => {
    const root = await workspace();
    expect((await build(root)).code).toBe(0);
    const pack = path.join(root, 'out', 'be');
    await writeFile(path.join(pack, 'annexes/interface/schemas/envelope.xsd'), '<changed/>\n');
    await rm(path.join(pack, 'annexes/interface/samples/photo.png'));
    const run = await runCli(['verify', pack]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('annexes/interface/schemas/envelope.xsd: changed');
    expect(run.stdout).toContain('annexes/interface/samples/photo.png: missing');

    await writeFile(path.join(root, 'annexes/interface/oci-v1.openapi.yaml'), 'openapi: 3.1.1\n');
    await writeFile(path.join(root, 'annexes/interface/samples/new.xml'), '<new/>\n');
    const sources = await runCli(['verify', pack, '--against-sources', '--root', root]);
    expect(sources.code).toBe(1);
    expect(sources.stdout).toContain('annexes/interface/oci-v1.openapi.yaml: changed');
    expect(sources.stdout).toContain('annexes/interface/samples/new.xml: added');
  });

  it.each([
    [
      'an empty folder',
      async (root: string) =>
        rm(path.join(root, 'annexes/interface'), { recursive: true }).then(() =>
          mkdir(path.join(root, 'annexes/interface')),
        ),
      /the annex folder annexes\/interface is an empty folder/,
    ],
    [
      'a folder holding a link to a folder',
      async (root: string) => symlink(path.join(root, 'specs'), path.join(root, 'annexes/interface/specs')),
      /holds annexes\/interface\/specs, a link to a folder/,
    ],
  ])('refuses %s at the annex entry, writing nothing', async (_name, spoil, message) => {
    const root = await workspace();
    await spoil(root);
    const run = await build(root);
    expect(run.code).toBe(1);
    const line = run.stderr.split('\n').find((l) => l.startsWith('specs/eu-baseline.yaml:') && l.includes('[annex]'));
    expect(line, run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });
});
