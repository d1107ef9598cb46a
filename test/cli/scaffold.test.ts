import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-scaffold-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('tenderkit init and new requirement', () => {
  it('init writes a workspace that validates and builds', async () => {
    const dir = path.join(tmp, 'ws');
    expect((await runCli(['init', dir])).code).toBe(0);
    const validate = await runCli(['validate', '--root', dir]);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
    expect((await runCli(['build', '--root', dir, '--format', 'md,csv'])).code).toBe(0);
    expect(await readFile(path.join(dir, 'out/baseline/tender-specification.md'), 'utf8')).toContain(
      'INT-001 Incident information exchange in EMSI',
    );
  });

  it('init refuses a folder that is not empty', async () => {
    await writeFile(path.join(tmp, 'keep.txt'), 'x');
    const run = await runCli(['init', tmp]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not empty');
  });

  it('new requirement takes the next free id of the domain and writes a file that validates', async () => {
    const dir = path.join(tmp, 'ws');
    await runCli(['init', dir]);
    await mkdir(path.join(dir, 'requirements/security'), { recursive: true });
    const first = await runCli(
      ['new', 'requirement', '--domain', 'interconnection', '--title', 'Peer directory', '--root', dir],
      { cwd: dir },
    );
    expect(first.stdout.trim()).toBe(path.join('requirements', 'interconnection', 'INT-002.md'));
    const second = await runCli(['new', 'requirement', '--domain', 'eu-sourcing', '--root', dir], { cwd: dir });
    expect(second.stdout.trim()).toBe(path.join('requirements', 'eu-sourcing', 'EUS-001.md'));
    const text = await readFile(path.join(dir, 'requirements/interconnection/INT-002.md'), 'utf8');
    expect(text).toContain('title: "Peer directory"');
    expect(text).toContain('## Acceptance criteria');
    const validate = await runCli(['validate', '--root', dir, '--format', 'json']);
    const result = JSON.parse(validate.stdout) as { summary: { errors: number } };
    expect(result.summary.errors).toBe(0);
  });

  it('new requirement refuses an unknown domain with exit 2', async () => {
    const dir = path.join(tmp, 'ws');
    await runCli(['init', dir]);
    const run = await runCli(['new', 'requirement', '--domain', 'logistics', '--root', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown domain "logistics"');
  });
});
