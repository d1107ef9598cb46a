import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { fixtureInGit, type GitRepo } from '../../support/git-repo.js';
import { canUse } from '../../support/outside-tools.js';

const PANDOC = canUse('pandoc', 'reading the redline between revisions back');
const INT_001 = 'requirements/interconnection/INT-001.md';
const RES_001 = 'requirements/resilience/RES-001.md';
const OLD_STATEMENT = 'The system shall deliver EMSI event messages to every connected peer operational centre';
const NEW_STATEMENT =
  'The system shall send EMSI event messages to every connected and trusted peer operational centre';

let repo: GitRepo & { root: string };
let scratch: string;

/**
 * v1.0: the i18n fixture. v1.1: the INT-001 statement reworded (its French and German translations become stale),
 * RES-001 keeps its logs longer (the French deviation on RES-001 rests on it), INT-003 added, SEC-002's
 * Acceptance criteria changed, and the French spec gains a deviation and a reworded justification.
 */
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'tenderkit-changes-'));
  repo = await fixtureInGit('i18n-basic');
  repo.git('tag', 'v1.0');
  await repo.edit(INT_001, (t) => t.replace(OLD_STATEMENT, NEW_STATEMENT));
  await repo.edit(RES_001, (t) => t.replace('default: 30', 'default: 60'));
  await repo.write(
    'requirements/interconnection/INT-003.md',
    (await repo.read('requirements/interconnection/INT-002.md'))
      .replace(/^id: INT-002$/m, 'id: INT-003')
      .replace(/^title: .*$/m, 'title: A third interconnection requirement'),
  );
  await repo.edit('requirements/interconnection/INT-002.md', (t) =>
    t.replace('issue public warnings', 'issue public alerts'),
  );
  await repo.edit('specs/fr.yaml', (t) =>
    t
      .replace(
        'Le centre reçoit des informations classifiées.',
        'Le centre reçoit et émet des informations classifiées.',
      )
      .replace(
        'award:',
        '  - requirement: INT-001\n    set: { parameters: { max_delivery_seconds: 3 } }\n    justification: Le réseau national le permet.\naward:',
      ),
  );
  repo.commit('release 1.1');
  repo.git('tag', 'v1.1');
}, 60_000);

afterAll(async () => {
  await rm(repo.dir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

async function changes(...args: string[]) {
  const run = await runCli(['changes', ...args, '--root', repo.root]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

describe('tenderkit changes', () => {
  it('prints the JSON of the design: requirements field by field, specs with deviations, review, stale translations', async () => {
    const json = JSON.parse(await changes('v1.0..v1.1', '--format', 'json'));
    const normalised = (s: string) => s.replace(/\s+/g, ' ');
    expect(json).toEqual({
      from: 'v1.0',
      to: 'v1.1',
      requirements: [
        {
          id: 'INT-001',
          change: 'modified',
          fields: [{ field: 'statement', from: expect.any(String), to: expect.any(String) }],
        },
        {
          id: 'INT-002',
          change: 'modified',
          fields: [
            {
              field: 'statement',
              from: 'The system should issue public warnings as CAP 1.2 messages in at least {{warning_languages}} languages.',
              to: 'The system should issue public alerts as CAP 1.2 messages in at least {{warning_languages}} languages.',
            },
          ],
        },
        { id: 'INT-003', change: 'added', fields: [] },
        { id: 'RES-001', change: 'modified', fields: [{ field: 'parameters.log_retention', from: 30, to: 60 }] },
      ],
      specs: [
        {
          id: 'fr',
          change: 'modified',
          deviations: [
            { requirement: 'SEC-002', change: 'modified' },
            { requirement: 'INT-001', change: 'added' },
          ],
        },
      ],
      review: [
        { spec: 'fr', requirement: 'INT-002' },
        { spec: 'fr', requirement: 'RES-001' },
      ],
      translations: [
        { requirement: 'INT-001', language: 'de', file: 'requirements/interconnection/INT-001.de.md' },
        { requirement: 'INT-001', language: 'fr', file: 'requirements/interconnection/INT-001.fr.md' },
        { requirement: 'INT-002', language: 'fr', file: 'requirements/interconnection/INT-002.fr.md' },
      ],
      // no translation file was edited in this release
      translationEdits: [],
    });
    const statement = json.requirements[0].fields[0];
    expect(normalised(statement.from)).toContain(OLD_STATEMENT);
    expect(normalised(statement.to)).toContain(NEW_STATEMENT);
  });

  it('compares with the working tree by default, which JSON calls WORKTREE', async () => {
    await repo.edit(INT_001, (t) =>
      t.replace('title: Incident information exchange in EMSI', 'title: Incident data exchange in EMSI'),
    );
    try {
      const json = JSON.parse(await changes('v1.1', '--format', 'json'));
      expect(json.from).toBe('v1.1');
      expect(json.to).toBe('WORKTREE');
      expect(json.requirements).toEqual([
        {
          id: 'INT-001',
          change: 'modified',
          fields: [
            { field: 'title', from: 'Incident information exchange in EMSI', to: 'Incident data exchange in EMSI' },
          ],
        },
      ]);
      // the title is part of the translated text: the translations made for v1.1 would be stale, but they already were
      expect(json.translations).toEqual([]);
    } finally {
      repo.git('checkout', '-q', '--', INT_001);
    }
  });

  it('shows word diffs in text, Markdown and HTML', async () => {
    const text = await changes('v1.0..v1.1');
    expect(text).toContain(
      'statement: The system shall [-deliver-]{+send+} EMSI event messages to every connected {+and trusted +}peer',
    );
    expect(text).toContain('parameters.log_retention: 30 -> 60');
    expect(text).toMatch(/fr on RES-001 \(parent eu-baseline\): log_retention 30 days -> 60 days/);
    const md = await changes('v1.0..v1.1', '--format', 'md');
    expect(md).toMatch(/^# Changes from v1\.0 to v1\.1\n/);
    expect(md).toContain(
      '> The system shall <del>deliver</del><ins>send</ins> EMSI event messages to every connected <ins>and trusted </ins>peer',
    );
    expect(md).toContain('| parameters.log_retention | 30 | 60 |');
    expect(md).toContain('- **INT-003** A third interconnection requirement');
    expect(md).toContain('| INT-001 | fr | requirements/interconnection/INT-001.fr.md |');
    expect(md).toContain(
      '| fr | INT-002 | eu-baseline | statement The system should issue public <del>warnings</del><ins>alerts</ins> as CAP 1.2 messages in at ... |',
    );
    const html = await changes('v1.0..v1.1', '--format', 'html');
    expect(html).toContain('The system shall <del>deliver</del><ins>send</ins> EMSI event messages');
    expect(html).not.toMatch(/<script/);
  });

  it.skipIf(!PANDOC)(
    'writes a Word redline of the root spec: accept all gives the new release, reject all the old one',
    async () => {
      const file = path.join(scratch, 'redline.docx');
      const run = await runCli(['changes', 'v1.0..v1.1', '--root', repo.root, '--format', 'docx', '--out', file]);
      expect(run.code, run.stderr).toBe(0);
      const read = (mode: string) =>
        execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', `--track-changes=${mode}`, file], {
          encoding: 'utf8',
        }).replace(/\u00a0/g, ' ');
      const accepted = read('accept');
      const rejected = read('reject');
      const filled = (s: string) => s.replace('{{max_delivery_seconds}}', '5 s');
      // the baseline's INT-001 statement, values filled in
      const oldText = filled(`${OLD_STATEMENT} within {{max_delivery_seconds}} of the event being recorded.`);
      const newText = filled(`${NEW_STATEMENT} within {{max_delivery_seconds}} of the event being recorded.`);
      expect(accepted).toContain(newText);
      expect(accepted).not.toContain(oldText);
      expect(rejected).toContain(oldText);
      expect(rejected).not.toContain(newText);
      expect(accepted).toContain('INT-003 A third interconnection requirement');
      expect(rejected).not.toContain('INT-003');
      expect(accepted).toMatch(/keep its logs for\s+60 days/);
      expect(rejected).toMatch(/keep its logs for\s+30 days/);
      // reproducible: the date is the commit's
      const again = path.join(scratch, 'again.docx');
      await runCli(['changes', 'v1.0..v1.1', '--root', repo.root, '--format', 'docx', '--out', again]);
      expect(await readFile(again)).toEqual(await readFile(file));
    },
  );
});
