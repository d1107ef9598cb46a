import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/main.js';
import { FIXTURES } from '../support/workspace.js';
import { runCli } from '../support/cli.js';

/** Every command that does work (a group such as `export` only holds them), as its words: ['export', 'reqif']. */
function leafCommands(cmd: Command, prefix: string[] = []): string[][] {
  return cmd.commands.flatMap((c) =>
    c.commands.length ? leafCommands(c, [...prefix, c.name()]) : [[...prefix, c.name()]],
  );
}

function optionsOf(words: string[]): string[] {
  let cmd: Command = createProgram({ stdout: () => {}, stderr: () => {}, env: {}, cwd: '.', isTTY: false }, () => {});
  for (const w of words) cmd = cmd.commands.find((c) => c.name() === w)!;
  return cmd.options.map((o) => o.long ?? '');
}

const PROGRAM = createProgram({ stdout: () => {}, stderr: () => {}, env: {}, cwd: '.', isTTY: false }, () => {});
const COMMANDS = leafCommands(PROGRAM);
const basic = path.join(FIXTURES, 'basic');
let tmp = '';

/** The arguments that make each command with `--format json` do real work on the fixture catalogue. */
const JSON_RUNS: Record<string, () => string[]> = {
  validate: () => ['--root', basic],
  diff: () => ['be', '--root', basic],
  matrix: () => ['--root', basic],
  coverage: () => ['--root', basic],
  explain: () => ['be', 'INT-001', '--root', basic],
  changes: () => ['HEAD', '--root', path.join(tmp, 'in-git')],
  impact: () => ['INT-001', '--root', basic],
  responses: () => [path.join(tmp, 'out', 'be', 'compliance-matrix.xlsx'), '--spec', 'be', '--root', basic],
  translations: () => ['--root', basic],
  'import reqif': () => [
    path.join(FIXTURES, 'reqif-foreign', 'doors-like.reqif'),
    '--into',
    path.join(tmp, 'imported'),
  ],
  'import docx': () => [path.join(tmp, 'out', 'be', 'tender-specification.docx'), '--root', basic],
  'import xliff': () => [path.join(tmp, 'nl.xlf'), '--dry-run', '--root', basic],
  rules: () => ['--root', basic],
  verify: () => [path.join(tmp, 'out', 'be')],
  'acceptance report': () => ['be', '--plan', path.join(tmp, 'acceptance'), '--root', basic],
};

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-commands-'));
  const built = await runCli(['build', 'be', '--root', basic, '--out-dir', path.join(tmp, 'out')]);
  expect(built.code, built.stderr).toBe(0);
  const plan = await runCli(['acceptance', 'plan', 'be', '--root', basic, '--out-dir', path.join(tmp, 'acceptance')]);
  expect(plan.code, plan.stderr).toBe(0);
  const xliff = await runCli(['export', 'xliff', '--lang', 'nl', '--root', basic, '--out', path.join(tmp, 'nl.xlf')]);
  expect(xliff.code, xliff.stderr).toBe(0);
  // changes compares revisions: the fixture committed to a repository of its own
  const inGit = path.join(tmp, 'in-git');
  await cp(basic, inGit, { recursive: true, filter: (from) => !from.includes(`${path.sep}out`) });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: inGit });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'the fixture');
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('every registered command', () => {
  it('is found in the program (the list is not empty and holds the nested ones)', () => {
    const names = COMMANDS.map((c) => c.join(' '));
    expect(names).toContain('validate');
    expect(names).toContain('export reqif');
    expect(names).toContain('new requirement');
  });

  describe.each(COMMANDS.map((words) => [words.join(' '), words] as const))('%s', (name, words) => {
    const options = optionsOf(words);

    it('accepts --root and names the common options in --help', async () => {
      expect(options).toContain('--root');
      const help = await runCli([...words, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--root <dir>');
      if (options.includes('--format')) expect(help.stdout).toContain('--format <');
    });

    // only reports print JSON: a command without --format has nothing to test here, and build's --format names pack formats
    if (options.includes('--format') && name !== 'build')
      it('prints JSON with --format json', async () => {
        const args = JSON_RUNS[name];
        expect(args, `add the arguments for \`${name} --format json\` to JSON_RUNS`).toBeDefined();
        const run = await runCli([...words, ...args!(), '--format', 'json']);
        expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
        expect([0, 1]).toContain(run.code);
        expect(() => JSON.parse(run.stdout)).not.toThrow();
      }, 60_000);

    it('refuses bad usage with an error line and exit 2, no stack', async () => {
      const run = await runCli([...words, '--no-such-option']);
      expect(run.code).toBe(2);
      // an unknown option, or first a missing required one: either way one "error:" line and the usage hint
      expect(run.stderr).toMatch(
        /^error: (unknown option '--no-such-option'|required option|missing required argument)/,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  });
});

describe('the common options', () => {
  it('take text for the Markdown report of a command, like json everywhere', async () => {
    const md = await runCli(['coverage', '--root', basic]);
    const text = await runCli(['coverage', '--root', basic, '--format', 'text']);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(md.stdout);
  });

  it('refuses --out and --out-dir naming two folders', async () => {
    const run = await runCli([
      'build',
      '--root',
      basic,
      '--out',
      path.join(tmp, 'a'),
      '--out-dir',
      path.join(tmp, 'b'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('tenderkit: --out and --out-dir name the same folder: give one of them\n');
  });
});
