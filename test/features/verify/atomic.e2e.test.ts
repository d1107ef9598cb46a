import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi, inject } from 'vitest';
import { recoverInterrupted, writeFolderAtomically } from '../../../src/write/write-atomic.js';
import { runCli } from '../../support/cli.js';
import { workspaceFrom } from '../../support/workspace.js';
import { runNode } from '../../hostile/support/built-cli.js';

/** A format whose second file cannot be written: the failure happens after other files of the pack are on disk. */
vi.mock('../../../src/features/build/formats.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/features/build/formats.js')>();
  const broken = {
    id: 'broken',
    description: 'writes a file name the file system refuses',
    byDefault: false,
    async render() {
      return {
        files: [
          { name: 'written-first.txt', bytes: new Uint8Array([1]) },
          { name: 'bad\0name.txt', bytes: new Uint8Array([2]) },
        ],
        diagnostics: [],
      };
    },
  };
  return { ...original, FORMATS: [...original.FORMATS, broken] };
});

const utf8 = (s: string) => new TextEncoder().encode(s);

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const file = path.join(dir, name);
    try {
      out[name] = (await readFile(file)).toString('base64');
    } catch {
      out[name] = '<folder>';
    }
  }
  return out;
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('atomic writing of a pack', () => {
  it('leaves the previous folder exactly as it was when a write fails half-way, and no temporary folder', async () => {
    const target = path.join(dir, 'be');
    await writeFolderAtomically(target, [
      { name: 'a.md', bytes: utf8('old a') },
      { name: 'sub/b.md', bytes: utf8('old b') },
    ]);
    const before = await snapshot(target);
    // the third file needs a folder where the first one is a file
    await expect(
      writeFolderAtomically(target, [
        { name: 'a.md', bytes: utf8('new a') },
        { name: 'c.md', bytes: utf8('new c') },
        { name: 'a.md/x', bytes: utf8('x') },
      ]),
    ).rejects.toThrow();
    expect(await snapshot(target)).toEqual(before);
    expect(await readdir(dir)).toEqual(['be']);
  });

  it('refuses a file name that leaves the pack, before anything replaces the target', async () => {
    const target = path.join(dir, 'be');
    await writeFolderAtomically(target, [{ name: 'a.md', bytes: utf8('old') }]);
    await expect(
      writeFolderAtomically(target, [
        { name: 'a.md', bytes: utf8('new') },
        { name: '../escaped.md', bytes: utf8('x') },
      ]),
    ).rejects.toThrow(/outside the pack/);
    expect(await readFile(path.join(target, 'a.md'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['be']);
  });

  it('puts back the previous folder of a write that was killed between its two renames, and clears what it left', async () => {
    const pid = deadPid();
    const target = path.join(dir, 'be');
    await mkdir(path.join(dir, `.be.old-${pid}-0a1b2c3d`));
    await writeFile(path.join(dir, `.be.old-${pid}-0a1b2c3d`, 'a.md'), 'previous');
    await mkdir(path.join(dir, `.be.tmp-${pid}-0a1b2c3d`));
    await writeFile(path.join(dir, `.be.tmp-${pid}-0a1b2c3d`, 'a.md'), 'half-written');
    // a write of another pack that is still running keeps its folder
    await mkdir(path.join(dir, `.be.tmp-${process.pid}-ffffffff`));
    await recoverInterrupted(target);
    expect(await readFile(path.join(target, 'a.md'), 'utf8')).toBe('previous');
    expect((await readdir(dir)).sort()).toEqual([`.be.tmp-${process.pid}-ffffffff`, 'be']);
  });

  it('keeps the previous pack of a build whose format fails while the pack is written (exit 2, nothing left behind)', async () => {
    const ws = await workspaceFrom('basic');
    try {
      expect((await runCli(['build', 'be', '--root', ws.root, '--format', 'md,csv'])).code).toBe(0);
      const out = path.join(ws.root, 'out');
      const before = await snapshot(path.join(out, 'be'));
      await writeFile(
        path.join(ws.root, 'requirements/security/SEC-001.md'),
        `${await readFile(path.join(ws.root, 'requirements/security/SEC-001.md'), 'utf8')}\nA change.\n`,
      );
      const run = await runCli(['build', 'be', '--root', ws.root, '--format', 'md,csv,broken']);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(await snapshot(path.join(out, 'be'))).toEqual(before);
      expect(await readdir(out)).toEqual(['be']);
    } finally {
      await ws.dispose();
    }
  });
});

const KILL_AT_RENAME = fileURLToPath(new URL('./support/kill-at-rename.cjs', import.meta.url));

describe('a build killed while it writes', () => {
  /** the CLI compiled once for the e2e run (test/support/compiled-cli-setup.ts) */
  const cli = { bin: inject('compiledCli') };

  /** Starts a build that kills itself (SIGKILL) just before its Nth rename: a crash at a chosen point of the writes. */
  function buildKilledAtRename(root: string, renameNumber: number): Promise<{ killed: boolean }> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--require', KILL_AT_RENAME, cli.bin, 'build', '--root', root, '--format', 'md,csv', '--force', '--jobs', '1'],
        { stdio: 'ignore', env: { ...process.env, TENDERKIT_TEST_KILL_AT_RENAME: String(renameNumber) } },
      );
      child.on('error', reject);
      child.on('close', (_code, signal) => resolve({ killed: signal === 'SIGKILL' }));
    });
  }

  it('leaves each pack either as it was or complete; the next build repairs and clears what the kill left', async () => {
    // many packs make the writing phase long enough for kills to land at different places in it
    const variants: Record<string, string> = {};
    for (let i = 0; i < 40; i++)
      variants[`specs/variants/v${i}.yaml`] = `id: v${i}\ntitle: Variant ${i}\nextends: benelux\n`;
    const ws = await workspaceFrom('basic', variants);
    const specs = ['be', 'benelux', 'eu-baseline', ...Object.keys(variants).map((f) => path.basename(f, '.yaml'))];
    const out = path.join(ws.root, 'out');
    const verifyAll = async () => {
      const failures: string[] = [];
      for (const spec of specs) {
        const run = await runCli(['verify', path.join(out, spec)]);
        if (run.code !== 0) failures.push(`${spec}: ${run.stdout}${run.stderr}`);
      }
      return failures;
    };
    const build = () => runNode([cli.bin, 'build', '--root', ws.root, '--format', 'md,csv', '--force']);
    try {
      expect((await build()).code).toBe(0);
      let landed = 0;
      // the first pack's two renames (old aside, new in place), the next pack's, and points further on
      for (const [i, renameNumber] of [1, 2, 3, 4, 5, 9, 20].entries()) {
        await writeFile(
          path.join(ws.root, 'requirements/security/SEC-001.md'),
          `${await readFile(path.join(ws.root, 'requirements/security/SEC-001.md'), 'utf8')}\nChange ${i}.\n`,
        );
        const { killed } = await buildKilledAtRename(ws.root, renameNumber);
        expect(killed, `killed before rename ${renameNumber}`).toBe(true);
        const leftovers = (await readdir(out)).filter((n) => n.startsWith('.') && n !== '.cache');
        if (killed && leftovers.length > 0) landed++;
        // a pack caught between its two renames sits under its .old- name until the next write puts it back
        const between = new Set(
          leftovers.filter((n) => /\.old-/.test(n)).map((n) => n.replace(/^\.(.*)\.old-.*$/, '$1')),
        );
        const broken = (await verifyAll()).filter((f) => !between.has(f.split(':')[0]!));
        expect(broken, `killed before rename ${renameNumber}`).toEqual([]);
        expect((await build()).code).toBe(0);
        expect(await verifyAll()).toEqual([]);
        expect((await readdir(out)).filter((n) => n.startsWith('.') && n !== '.cache')).toEqual([]);
      }
      expect(landed, 'kills that left a write unfinished').toBeGreaterThanOrEqual(3);
    } finally {
      await ws.dispose();
    }
  });
});
