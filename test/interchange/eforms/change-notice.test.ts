import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { canUse } from '../../support/outside-tools.js';
import { fixtureInGit, gitRepos } from '../../support/git-repo.js';
import { FULL_NOTICE } from './full-notice.js';
import { compiledSchematron, HAVE_XSLT3, schematronFailures } from './schematron.js';
import { HAVE_SDK, SDK } from './sdk.js';

const XSD = path.join(SDK, 'schemas/maindoc/UBL-ContractNotice-2.3.xsd');
const repos = gitRepos();

describe.runIf(HAVE_SDK && HAVE_XSLT3 && canUse('xmllint', 'the change notice test'))(
  'export eforms --change-from: the change notice',
  () => {
    it('changes the notice published from the first commit with what the second commit changed', async () => {
      const repo = repos.track(await fixtureInGit('basic'));
      for (const [file, text] of Object.entries(FULL_NOTICE)) await writeFile(path.join(repo.root, file), text);
      repo.commit('Tender documents as published');
      const published = path.join(repo.dir, 'published.xml');
      const first = await runCli(['export', 'eforms', 'be', '--out', published, '--root', repo.root]);
      expect(first.code, first.stderr).toBe(0);

      await repo.edit('specs/be.yaml', (t) =>
        t.replace('deadline: 2027-03-15T12:00+01:00', 'deadline: 2027-03-29T12:00+02:00'),
      );
      await repo.edit('requirements/interconnection/INT-002.md', (t) =>
        t.replace(/^title: .*$/m, 'title: Public warning in CAP 1.2'),
      );
      repo.commit('Deadline moved by two weeks; INT-002 names the CAP version');
      const notice = path.join(repo.dir, 'change.xml');
      const run = await runCli([
        'export',
        'eforms',
        'be',
        '--change-from',
        'HEAD~1',
        '--out',
        notice,
        '--root',
        repo.root,
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('change notice of the notice from HEAD~1');
      execFileSync('xmllint', ['--noout', '--schema', XSD, notice], { stdio: 'pipe' });

      const value = (file: string, e: string) =>
        execFileSync('xmllint', ['--xpath', `string(${e})`, file], { encoding: 'utf8' }).trim();
      const changes = "//*[local-name()='Changes']";
      // BT-758: the published notice, by its identifier and version
      expect(value(notice, `${changes}/*[local-name()='ChangedNoticeIdentifier']`)).toBe(
        `${value(published, "/*/*[local-name()='ID']")}-01`,
      );
      expect(value(notice, "/*/*[local-name()='ID']")).not.toBe(value(published, "/*/*[local-name()='ID']"));
      expect(value(notice, "/*/*[local-name()='ContractFolderID']")).toBe(
        value(published, "/*/*[local-name()='ContractFolderID']"),
      );
      // BT-140 and BT-762: the reason, and the commit's subject as its description
      expect(value(notice, `${changes}//*[local-name()='ReasonCode']`)).toBe('update-add');
      expect(value(notice, `${changes}//*[local-name()='ReasonDescription']`)).toBe(
        'Deadline moved by two weeks; INT-002 names the CAP version',
      );
      // the procedure: the tender documents changed (BT-718, BT-719 the commit's day) in INT-002
      const change = (section: string) =>
        `${changes}/*[local-name()='Change'][*[local-name()='ChangedSection']/*[local-name()='ChangedSectionIdentifier']='${section}']`;
      expect(value(notice, `${change('PROCEDURE')}/*[local-name()='ChangeDescription']`)).toContain('INT-002');
      expect(value(notice, `${change('PROCEDURE')}/*[local-name()='ProcurementDocumentsChangeIndicator']`)).toBe(
        'true',
      );
      const day = new Date(Number(repo.git('show', '-s', '--format=%ct', 'HEAD')) * 1000).toISOString().slice(0, 10);
      expect(value(notice, `${change('PROCEDURE')}/*[local-name()='ProcurementDocumentsChangeDate']`)).toBe(`${day}Z`);
      // each lot: the deadline (BT-131) changed, nothing else
      for (const lot of ['LOT-0001', 'LOT-0002'])
        expect(value(notice, `${change(lot)}/*[local-name()='ChangeDescription']`)).toMatch(/: BT-131\.$/);

      // the change notice fails no rule of subtype 16 that the plain notice of the same spec passes
      const plain = path.join(repo.dir, 'plain.xml');
      expect((await runCli(['export', 'eforms', 'be', '--out', plain, '--root', repo.root])).code).toBe(0);
      const sef = compiledSchematron('eforms-16', [readFileSync(plain, 'utf8'), readFileSync(notice, 'utf8')]);
      const errors = (file: string) =>
        new Set(
          schematronFailures(sef, file)
            .filter((f) => f.role === 'ERROR')
            .map((f) => f.id),
        );
      const plainErrors = errors(plain);
      expect([...errors(notice)].filter((id) => !plainErrors.has(id))).toEqual([]);
    }, 600_000);

    it('refuses a revision that does not exist, as wrong usage', async () => {
      const repo = repos.track(await fixtureInGit('basic'));
      for (const [file, text] of Object.entries(FULL_NOTICE)) await writeFile(path.join(repo.root, file), text);
      const run = await runCli([
        'export',
        'eforms',
        'be',
        '--change-from',
        'v9',
        '--out',
        path.join(repo.dir, 'n.xml'),
        '--root',
        repo.root,
      ]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('unknown revision "v9"');
    });
  },
);
