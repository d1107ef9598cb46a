import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canUse, SHARED } from '../../support/outside-tools.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES, fixtureCopies } from '../../support/workspace.js';

const copy = fixtureCopies();

const ICD = `# Interface control document

Every centre implements this interface.

## 1. Messages

| Message | Payload |
| --- | --- |
| event | EMSI |

- one
- two
`;
/** bytes that are not text: an annex is copied as it is */
const SUITE = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function fixtureText(file: string): Promise<string> {
  return readFile(path.join(FIXTURES, 'variants-basic', file), 'utf8');
}

/** variants-basic with an ICD annex on the baseline and a binary suite added by be. */
async function workspace(edits: Record<string, string | null> = {}): Promise<string> {
  const baseline = await fixtureText('specs/eu-baseline.yaml');
  const be = await fixtureText('specs/national/be.yaml');
  const root = await copy('variants-basic', {
    'annexes/icd.md': ICD,
    'specs/eu-baseline.yaml': `${baseline}annexes:\n  - { path: annexes/icd.md, title: Interface control document }\n`,
    'specs/national/be.yaml': `${be}annexes:\n  - path: suites/conformance-suite.bin\n    title: Conformance suite\n`,
    ...edits,
  });
  await mkdir(path.join(root, 'suites'), { recursive: true });
  await writeFile(path.join(root, 'suites', 'conformance-suite.bin'), SUITE);
  return root;
}

async function build(root: string, out = path.join(root, 'out'), ...specs: string[]) {
  return runCli(['build', ...(specs.length ? specs : ['eu-baseline', 'be', 'lu']), '--root', root, '--out-dir', out]);
}

/** A build as the command line makes it, with the workspace's cache, which leaves a pack whose inputs did not change. */
async function cachedBuild(root: string, spec: string) {
  return runCli(['build', spec, '--root', root], { cache: true });
}

type Manifest = {
  outputs: Array<{ path: string; sha256: string }>;
  inputs: Array<{ path: string; sha256: string }>;
  annexes: Array<{ title: string; source: string; spec: string; files: string[] }>;
};

const manifestOf = async (pack: string) =>
  JSON.parse(await readFile(path.join(pack, 'manifest.json'), 'utf8')) as Manifest;

describe('annexes in a pack', () => {
  it('copies each annex, renders Markdown to Word, and lists them with their hashes in the manifest', async () => {
    const root = await workspace();
    const run = await build(root);
    expect(run.code, run.stderr).toBe(0);
    const be = path.join(root, 'out', 'be');
    expect(await readFile(path.join(be, 'annexes', 'icd.md'), 'utf8')).toBe(ICD);
    expect(Buffer.compare(await readFile(path.join(be, 'annexes', 'conformance-suite.bin')), SUITE)).toBe(0);
    const manifest = await manifestOf(be);
    // inherited first, in chain order
    expect(manifest.annexes).toEqual([
      {
        title: 'Interface control document',
        source: 'annexes/icd.md',
        spec: 'eu-baseline',
        files: ['annexes/icd.md', 'annexes/icd.docx'],
      },
      {
        title: 'Conformance suite',
        source: 'suites/conformance-suite.bin',
        spec: 'be',
        files: ['annexes/conformance-suite.bin'],
      },
    ]);
    for (const file of ['annexes/icd.md', 'annexes/icd.docx', 'annexes/conformance-suite.bin']) {
      const entry = manifest.outputs.find((o) => o.path === file);
      expect(entry?.sha256, file).toBe(sha256(await readFile(path.join(be, file))));
    }
    expect(manifest.inputs.find((i) => i.path === 'annexes/icd.md')?.sha256).toBe(sha256(ICD));
    expect(manifest.inputs.find((i) => i.path === 'suites/conformance-suite.bin')?.sha256).toBe(sha256(SUITE));
    // the baseline has only its own; lu inherits it
    expect((await manifestOf(path.join(root, 'out', 'eu-baseline'))).annexes.map((a) => a.source)).toEqual([
      'annexes/icd.md',
    ]);
    expect(existsSync(path.join(root, 'out', 'lu', 'annexes', 'icd.docx'))).toBe(true);
    expect(existsSync(path.join(root, 'out', 'lu', 'annexes', 'conformance-suite.bin'))).toBe(false);
  });

  it('lists the annexes in the tender document, with the frame words of its language', async () => {
    const root = await workspace();
    expect((await build(root)).code).toBe(0);
    const en = await readFile(path.join(root, 'out', 'eu-baseline', 'tender-specification.md'), 'utf8');
    expect(en).toMatch(/^# <a id="chapter-\d+"><\/a>\d+ Annexes$/m);
    expect(en).toContain('| Annex | Files |');
    expect(en).toContain(
      '| Interface control document | [annexes/icd.md](annexes/icd.md), [annexes/icd.docx](annexes/icd.docx) |',
    );
    const nl = await readFile(path.join(root, 'out', 'be', 'tender-specification.md'), 'utf8');
    expect(nl).toMatch(/^# <a id="chapter-\d+"><\/a>\d+ Bijlagen$/m);
    expect(nl).toContain('| Conformance suite | [annexes/conformance-suite.bin](annexes/conformance-suite.bin) |');
    const fr = await readFile(path.join(root, 'out', 'lu', 'tender-specification.md'), 'utf8');
    expect(fr).toMatch(/^# <a id="chapter-\d+"><\/a>\d+ Annexes$/m);
    expect(fr).toContain('| Annexe | Fichiers |');
  });

  it('links a file name with a space or "#" as one relative link in Markdown, and names it in Word', async () => {
    const be = await fixtureText('specs/national/be.yaml');
    const root = await workspace({
      'specs/national/be.yaml': `${be}annexes:\n  - { path: "plans/site plan #2.txt", title: Site plan }\n`,
      'plans/site plan #2.txt': 'plan\n',
    });
    expect((await build(root, undefined, 'be')).code).toBe(0);
    const pack = path.join(root, 'out', 'be');
    expect(await readFile(path.join(pack, 'annexes', 'site plan #2.txt'), 'utf8')).toBe('plan\n');
    const md = await readFile(path.join(pack, 'tender-specification.md'), 'utf8');
    expect(md).toContain('[annexes/site plan #2.txt](annexes/site%20plan%20%232.txt)');
    // Word keeps relative addresses as plain text: the file name is there, readable
    if (canUse('pandoc', 'reading the annex list in Word')) {
      const read = execFileSync('pandoc', [path.join(pack, 'tender-specification.docx'), '-t', 'plain'], {
        encoding: 'utf8',
      });
      expect(read).toContain('annexes/site plan #2.txt');
    }
  });

  it('gives the same bytes on every build', async () => {
    const root = await workspace();
    expect((await build(root, path.join(root, 'a'))).code).toBe(0);
    expect((await build(root, path.join(root, 'b'))).code).toBe(0);
    for (const file of ['annexes/icd.md', 'annexes/icd.docx', 'annexes/conformance-suite.bin', 'manifest.json']) {
      const a = await readFile(path.join(root, 'a', 'be', file));
      const b = await readFile(path.join(root, 'b', 'be', file));
      expect(Buffer.compare(a, b), file).toBe(0);
    }
  });

  it('rebuilds a pack whose annex changed, and leaves it when nothing did', async () => {
    const root = await workspace();
    expect((await cachedBuild(root, 'be')).code).toBe(0);
    const unchanged = await cachedBuild(root, 'be');
    expect(`${unchanged.stdout}${unchanged.stderr}`).toContain('up to date');
    await writeFile(path.join(root, 'annexes', 'icd.md'), `${ICD}\nVersion 1.1.\n`);
    const again = await cachedBuild(root, 'be');
    expect(`${again.stdout}${again.stderr}`).not.toContain('up to date');
    expect(await readFile(path.join(root, 'out', 'be', 'annexes', 'icd.md'), 'utf8')).toContain('Version 1.1.');
  });
});

describe('verify and annexes', () => {
  it('detects a changed, a missing and a removed annex file', async () => {
    const root = await workspace();
    expect((await build(root)).code).toBe(0);
    const be = path.join(root, 'out', 'be');
    expect((await runCli(['verify', be])).code).toBe(0);
    await writeFile(path.join(be, 'annexes', 'icd.md'), `${ICD}edited\n`);
    await rm(path.join(be, 'annexes', 'conformance-suite.bin'));
    const run = await runCli(['verify', be]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('annexes/icd.md: changed');
    expect(run.stdout).toContain('annexes/conformance-suite.bin: missing');
  });

  it('with --against-sources, detects an annex that changed in the workspace since the build', async () => {
    const root = await workspace();
    expect((await build(root)).code).toBe(0);
    await writeFile(path.join(root, 'suites', 'conformance-suite.bin'), SUITE.slice(1));
    const run = await runCli(['verify', path.join(root, 'out', 'be'), '--against-sources', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('suites/conformance-suite.bin: changed');
  });
});

describe('bad annexes: exit 1 at the entry, nothing written', () => {
  /** The position of the `path` value of the annex entry that names `annexPath`, found in the spec's text. */
  async function positionOf(root: string, spec: string, annexPath: string): Promise<string> {
    const lines = (await readFile(path.join(root, spec), 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.includes(annexPath));
    return `${spec}:${line + 1}:${lines[line]!.indexOf(annexPath) + 1}`;
  }

  async function refused(root: string, spec: string, annexPath: string, message: RegExp): Promise<void> {
    const out = path.join(root, 'out');
    const run = await build(root, out);
    expect(run.code).toBe(1);
    const at = await positionOf(root, spec, annexPath);
    const line = run.stderr.split('\n').find((l) => l.startsWith(`${at}: error `));
    expect(line, run.stderr).toBeDefined();
    expect(line).toMatch(message);
    expect(line).toMatch(/\[annex\]$/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    const validate = await runCli(['validate', '--root', root]);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain(at);
  }

  const be = (annex: string) => async () => {
    const text = await fixtureText('specs/national/be.yaml');
    return { 'specs/national/be.yaml': `${text}annexes:\n  - { path: ${annex}, title: An annex }\n` };
  };

  it('a missing file', async () => {
    const root = await workspace(await be('annexes/missing.md')());
    await refused(root, 'specs/national/be.yaml', 'annexes/missing.md', /annexes\/missing\.md does not exist/);
  });

  it('a path that leaves the workspace', async () => {
    const root = await workspace(await be('../outside.md')());
    await refused(root, 'specs/national/be.yaml', '../outside.md', /leaves the workspace/);
  });

  it('an absolute path', async () => {
    const root = await workspace(await be('/etc/hostname')());
    await refused(root, 'specs/national/be.yaml', '/etc/hostname', /is absolute/);
  });

  it('a link that leads out of the workspace', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.md'), '# secret\n');
      const root = await workspace(await be('annexes/linked.md')());
      await symlink(path.join(outside, 'secret.md'), path.join(root, 'annexes', 'linked.md'));
      await refused(root, 'specs/national/be.yaml', 'annexes/linked.md', /outside the workspace/);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('a folder that is a link out of the workspace', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-outside-'));
    try {
      await writeFile(path.join(outside, 'secret.md'), '# secret\n');
      const root = await workspace(await be('shared/secret.md')());
      await symlink(outside, path.join(root, 'shared'));
      await refused(root, 'specs/national/be.yaml', 'shared/secret.md', /outside the workspace/);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('two annexes of one pack with the same file name', async () => {
    const root = await workspace({ ...(await be('other/icd.md')()), 'other/icd.md': '# Another\n' });
    await refused(root, 'specs/national/be.yaml', 'other/icd.md', /would both be written as annexes\/icd\.md/);
  });

  it('an annex the parent already lists', async () => {
    const root = await workspace(await be('annexes/icd.md')());
    await refused(root, 'specs/national/be.yaml', 'annexes/icd.md', /already an annex of spec eu-baseline/);
  });
});

describe.runIf(
  canUse('pandoc', 'reading a rendered annex') && canUse('shared', 'checking the annex against the OOXML schemas'),
)('a Markdown annex rendered to Word', () => {
  it('is valid OOXML and reads back with its headings, table and list', async () => {
    const root = await workspace();
    expect((await build(root)).code).toBe(0);
    const docx = path.join(root, 'out', 'be', 'annexes', 'icd.docx');
    const check = spawnSync('bash', [path.join(SHARED, 'ooxml', 'validate-ooxml.sh'), docx], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const md = execFileSync('pandoc', [docx, '-t', 'gfm'], { encoding: 'utf8' });
    expect(md).toMatch(/^# Interface control document$/m);
    expect(md).toMatch(/^## 1\. Messages$/m);
    expect(md).toMatch(/\| event +\| EMSI +\|/);
    expect(md).toMatch(/^- +one$/m);
  });
});
