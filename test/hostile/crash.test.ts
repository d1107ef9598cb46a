import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { RegisterCommand } from '../../src/cli/command.js';
import { runCli } from '../support/cli.js';

/** Commands that fail the way bugs and full disks do, added to the real ones. */
vi.mock('../../src/cli/commands/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/cli/commands/index.js')>();
  const explode: RegisterCommand = (program) => {
    program.command('explode').action(() => {
      const value = undefined as unknown as { field: string };
      void value.field.length;
    });
  };
  const fullDisk: RegisterCommand = (program) => {
    program.command('full-disk').action(() => {
      throw Object.assign(new Error("ENOSPC: no space left on device, write '/srv/out/be/x'"), {
        code: 'ENOSPC',
        syscall: 'write',
        path: '/srv/out/be/x',
      });
    });
  };
  return { COMMANDS: [...original.COMMANDS, explode, fullDisk] };
});

describe('an internal error', () => {
  it('prints one line saying it is a bug, with a hint to rerun with --debug, and exits 2', async () => {
    const run = await runCli(['explode']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^tenderkit: internal error \(this is a bug in tenderkit, please report it\): .*reading 'field'.*; rerun with --debug to see the stack\n$/,
    );
  });

  it('prints the stack with --debug', async () => {
    const run = await runCli(['explode', '--debug']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^tenderkit: internal error \(this is a bug in tenderkit, please report it\): .*field/);
    expect(lines[0]).not.toContain('--debug');
    expect(lines[1]).toMatch(/^TypeError: /);
    expect(lines.slice(2).some((l) => /^\s+at /.test(l))).toBe(true);
  });

  it('names a refusal of the file system as such, not as a bug', async () => {
    const run = await runCli(['full-disk']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'tenderkit: cannot write /srv/out/be/x: no space left on the device (ENOSPC); rerun with --debug to see the stack\n',
    );
  });

  it('reports an output folder that cannot be made (a file is in the way) in one line, exit 2', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-blocked-'));
    try {
      await writeFile(path.join(dir, 'out'), 'a file, not a folder');
      const { FIXTURES } = await import('../support/workspace.js');
      const run = await runCli([
        'build',
        'eu-baseline',
        '--root',
        path.join(FIXTURES, 'basic'),
        '--out',
        path.join(dir, 'out/packs'),
        '--format',
        'md',
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^tenderkit: cannot mkdir .*out\/packs: a part of the path is a file, not a folder \(ENOTDIR\); rerun with --debug to see the stack$/m,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
