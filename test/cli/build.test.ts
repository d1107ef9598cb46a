import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/hash/sha256.js';
import { runCli } from '../support/cli.js';
import { expectGolden } from '../support/golden.js';
import { FIXTURES, workspaceFrom } from '../support/workspace.js';

const basic = path.join(FIXTURES, 'basic');
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-out-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('tenderkit build', () => {
  it('writes one pack per spec with the Markdown specification, the CSV matrix and a manifest', async () => {
    const run = await runCli(['build', '--root', basic, '--out', out, '--format', 'md,csv']);
    expect(run.stderr).not.toMatch(/: error /);
    expect(run.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['be', 'benelux', 'eu-baseline']);
    expect((await readdir(path.join(out, 'be'))).sort()).toEqual([
      'compliance-matrix.csv',
      'manifest.json',
      'tender-specification.md',
    ]);
    expectGolden(
      await readFile(path.join(out, 'be', 'tender-specification.md'), 'utf8'),
      'basic/be/tender-specification.md',
    );
    expectGolden(
      await readFile(path.join(out, 'be', 'compliance-matrix.csv'), 'utf8'),
      'basic/be/compliance-matrix.csv',
    );
  });

  it('records the SHA-256 of every input and output in the manifest', async () => {
    await runCli(['build', 'be', '--root', basic, '--out', out, '--format', 'md,csv']);
    const manifest = JSON.parse(await readFile(path.join(out, 'be', 'manifest.json'), 'utf8')) as {
      tool: { name: string };
      spec: string;
      chain: string[];
      inputs: Array<{ path: string; sha256: string; size: number }>;
      outputs: Array<{ path: string; sha256: string; size: number }>;
    };
    expect(manifest.tool.name).toBe('tenderkit');
    expect(manifest.chain).toEqual(['eu-baseline', 'benelux', 'be']);
    expect(manifest.inputs.map((i) => i.path)).toContain('requirements/national/BE-INT-001.md');
    expect(manifest.inputs.map((i) => i.path)).toContain('specs/benelux.yaml');
    for (const input of manifest.inputs) {
      expect(sha256(await readFile(path.join(basic, input.path)))).toBe(input.sha256);
    }
    for (const output of manifest.outputs) {
      const bytes = await readFile(path.join(out, 'be', output.path));
      expect([sha256(bytes), bytes.length]).toEqual([output.sha256, output.size]);
    }
  });

  it('writes the same bytes twice (reproducible)', async () => {
    const second = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-out2-'));
    try {
      await runCli(['build', '--root', basic, '--out', out, '--format', 'md,csv']);
      await runCli(['build', '--root', basic, '--out', second, '--format', 'md,csv']);
      for (const spec of ['eu-baseline', 'benelux', 'be']) {
        for (const f of await readdir(path.join(out, spec))) {
          expect(sha256(await readFile(path.join(second, spec, f))), `${spec}/${f}`).toBe(
            sha256(await readFile(path.join(out, spec, f))),
          );
        }
      }
    } finally {
      await rm(second, { recursive: true, force: true });
    }
  });

  it('writes nothing when the workspace has errors, and a previous pack survives untouched', async () => {
    const ws = await workspaceFrom('basic');
    try {
      const packOut = path.join(ws.root, 'out');
      expect((await runCli(['build', 'be', '--root', ws.root, '--format', 'md'])).code).toBe(0);
      const before = await readFile(path.join(packOut, 'be', 'tender-specification.md'));
      await writeFile(path.join(ws.root, 'specs/eu-baseline.yaml'), 'id: eu-baseline\ntitle: [broken\n');
      const run = await runCli(['build', '--root', ws.root, '--format', 'md']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('nothing was written');
      expect(await readdir(packOut)).toEqual(['be']);
      expect(await readFile(path.join(packOut, 'be', 'tender-specification.md'))).toEqual(before);
    } finally {
      await ws.dispose();
    }
  });

  it('refuses an unknown spec or format with exit 2 and writes nothing', async () => {
    const target = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-none-'));
    try {
      const a = await runCli(['build', 'xx', '--root', basic, '--out', target]);
      expect(a.code).toBe(2);
      expect(a.stderr).toContain('unknown spec "xx"');
      const typo = await runCli(['build', 'bee', '--root', basic, '--out-dir', target]);
      expect(typo.code).toBe(2);
      expect(typo.stderr).toMatch(/^tenderkit: unknown spec "bee"; did you mean "be"\? \(the workspace has .*\)\n$/);
      const b = await runCli(['build', '--root', basic, '--out', target, '--format', 'pdf']);
      expect(b.code).toBe(2);
      expect(b.stderr).toContain('unknown format "pdf"');
      expect(await readdir(target)).toEqual([]);
    } finally {
      await rm(target, { recursive: true, force: true });
    }
  });

  it('uses workspace templates over the built-in ones and reports template errors at their position', async () => {
    // "be" is in Dutch: its introduction is introduction.nl.md.hbs (introduction.md.hbs is in the default language)
    const ws = await workspaceFrom('basic', {
      'templates/introduction.nl.md.hbs': 'Tender of {{authority.name}} with {{counts.total}} requirements.\n',
    });
    try {
      expect((await runCli(['build', 'be', '--root', ws.root, '--format', 'md'])).code).toBe(0);
      const md = await readFile(path.join(ws.root, 'out/be/tender-specification.md'), 'utf8');
      expect(md).toContain('Tender of Federal Police with 7 requirements.');
      await writeFile(
        path.join(ws.root, 'templates/introduction.nl.md.hbs'),
        'Hello {{#each counts}}{{constructor}}{{/each}} {{nosuch}}\n',
      );
      const run = await runCli(['build', 'be', '--root', ws.root, '--format', 'md']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^templates\/introduction\.nl\.md\.hbs:\d+:\d+: error .* \[template\]$/m);
      await writeFile(
        path.join(ws.root, 'templates/introduction.nl.md.hbs'),
        '{{#each chain}}{{helperThatDoesNotExist this}}{{/each}}\n',
      );
      const run2 = await runCli(['build', 'be', '--root', ws.root, '--format', 'md']);
      expect(run2.code).toBe(1);
      expect(run2.stderr).toContain('[template]');
    } finally {
      await ws.dispose();
    }
  });
});
