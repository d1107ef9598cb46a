import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/lib/diagnostics.js';
import { runCli } from '../../support/cli.js';
import { fixtureInGit, gitRepos } from '../../support/git-repo.js';
import { fixtureCopies } from '../../support/workspace.js';
import { REPO_ROOT } from '../../support/outside-tools.js';

const copy = fixtureCopies();
const repos = gitRepos();
const STAMP_LINE = /\n {4}reviewed: [0-9a-f]{16}(?=\n)/g;

async function reviewFindings(root: string): Promise<Diagnostic[]> {
  const run = await runCli(['validate', '--root', root, '--format', 'json']);
  return (JSON.parse(run.stdout).diagnostics as Diagnostic[]).filter((d) => d.rule === 'deviation-review');
}

async function unstamped(root: string, file: string): Promise<string> {
  const text = (await readFile(path.join(root, file), 'utf8')).replace(STAMP_LINE, '');
  await writeFile(path.join(root, file), text);
  return text;
}

describe('tenderkit review', () => {
  it('writes the stamps and changes nothing else in the file; validate is then quiet', async () => {
    const root = await copy('basic');
    const before = await unstamped(root, 'specs/be.yaml');
    expect(await reviewFindings(root)).toEqual([
      expect.objectContaining({
        severity: 'info',
        file: 'specs/be.yaml',
        message: expect.stringContaining(
          'no deviation of be records a review against benelux (INT-001, RES-001, BE-INT-001)',
        ),
      }),
    ]);
    const run = await runCli(['review', 'be', '--root', root]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^specs\/be\.yaml: 3 of 3 deviations stamped as reviewed against benelux\n/);
    const after = await readFile(path.join(root, 'specs/be.yaml'), 'utf8');
    expect(after.match(STAMP_LINE)).toHaveLength(3);
    expect(after.replace(STAMP_LINE, '')).toBe(before);
    expect(await reviewFindings(root)).toEqual([]);
    // a second review changes nothing
    const again = await runCli(['review', 'be', '--root', root]);
    expect(again.stdout).toContain('0 of 3 deviations stamped');
    expect(await readFile(path.join(root, 'specs/be.yaml'), 'utf8')).toBe(after);
  });

  it('--dry-run shows the stamps it would write and writes nothing, like every command that writes the workspace', async () => {
    const root = await copy('basic');
    const before = await unstamped(root, 'specs/be.yaml');
    const run = await runCli(['review', 'be', '--dry-run', '--root', root]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^specs\/be\.yaml: 3 of 3 deviations would be stamped as reviewed against benelux\n/);
    expect(await readFile(path.join(root, 'specs/be.yaml'), 'utf8')).toBe(before);
  });

  it('--requirement stamps the deviations on one requirement only', async () => {
    const root = await copy('basic');
    await unstamped(root, 'specs/be.yaml');
    const run = await runCli(['review', 'be', '--requirement', 'RES-001', '--root', root]);
    expect(run.code, run.stderr).toBe(0);
    const after = await readFile(path.join(root, 'specs/be.yaml'), 'utf8');
    expect(after.match(STAMP_LINE)).toHaveLength(1);
    expect(after).toMatch(/availability_percent: 99\.5 } }\n.*\n {4}reviewed: [0-9a-f]{16}\n/);
    const findings = await reviewFindings(root);
    expect(findings.map((d) => d.message)).toEqual([
      expect.stringContaining('2 of the 3 deviations of be record no review against benelux (INT-001, BE-INT-001)'),
    ]);
  });

  it('refuses a file it cannot edit safely: exit 1, the position, nothing written', async () => {
    const flow = [
      'id: benelux',
      'title: Benelux cluster profile',
      'extends: eu-baseline',
      'deviations:',
      '  - { requirement: SEC-002, set: { obligation: mandatory }, justification: Agreed. }',
      '',
    ].join('\n');
    const root = await copy('basic', { 'specs/benelux.yaml': flow });
    const run = await runCli(['review', 'benelux', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^specs\/benelux\.yaml:5:5: error deviation 1 is written as a flow mapping .*nothing was written \[review\]\n/,
    );
    expect(await readFile(path.join(root, 'specs/benelux.yaml'), 'utf8')).toBe(flow);
  });

  it('refuses wrong usage with exit 2: a root spec, an unknown spec or requirement', async () => {
    const root = await copy('basic');
    for (const [args, message] of [
      [['eu-baseline'], 'eu-baseline extends no other spec'],
      [['bee'], 'unknown spec "bee"; did you mean "be"?'],
      [['be', '--requirement', 'INT-01'], 'did you mean "INT-001"?'],
    ] as const) {
      const run = await runCli(['review', ...args, '--root', root]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });
});

describe('the deviation-review rule', () => {
  it('warns at the stamp when the parent changed, and says what changed when git knows the review', async () => {
    const repo = repos.track(await fixtureInGit('basic'));
    await repo.edit('requirements/interconnection/INT-001.md', (t) =>
      t.replace('default: 5', 'default: 4').replace('shall deliver EMSI event', 'shall send EMSI event'),
    );
    repo.commit('a new baseline text');
    const findings = await reviewFindings(repo.root);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    const stampLine = (await repo.read('specs/be.yaml')).split('\n').findIndex((l) => l.includes('reviewed:')) + 1;
    expect(finding).toMatchObject({ severity: 'warning', file: 'specs/be.yaml', line: stampLine, column: 15 });
    const reviewCommit = repo.git('rev-list', '--max-parents=0', 'HEAD').slice(0, 12);
    expect(finding!.message).toBe(
      `INT-001 changed in benelux since the review (commit ${reviewCommit}): max_delivery_seconds 5 s -> 4 s; statement The system shall [-deliver-]{+send+} EMSI event messages to every connected ...; check the deviation against it, then run \`tenderkit review be --requirement INT-001\``,
    );
    // reviewed again: quiet
    expect((await runCli(['review', 'be', '--requirement', 'INT-001', '--root', repo.root])).code).toBe(0);
    expect(await reviewFindings(repo.root)).toEqual([]);
  });

  it('without git, says that the parent changed since the review', async () => {
    const root = await copy('basic');
    const file = path.join(root, 'requirements/interconnection/INT-001.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('default: 5', 'default: 4'));
    const findings = await reviewFindings(root);
    expect(findings.map((d) => `${d.severity} ${d.file} ${d.message}`)).toEqual([
      'warning specs/be.yaml INT-001 changed in benelux since this deviation was reviewed; check the deviation against it, then run `tenderkit review be --requirement INT-001`',
    ]);
  });

  it('finds every deviation of the shipped catalogue reviewed', async () => {
    expect(await reviewFindings(REPO_ROOT)).toEqual([]);
  });
});
