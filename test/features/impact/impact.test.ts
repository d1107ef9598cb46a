import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Impact } from '../../../src/features/impact/impact.js';
import { runCli } from '../../support/cli.js';
import { fixtureCopies } from '../../support/workspace.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const copy = fixtureCopies();

const INT_001_STATEMENT = `The system shall deliver EMSI event messages to every connected peer operational centre
within {{max_delivery_seconds}} of the event being recorded.`;
const INT_001_CRITERIA =
  '- A test with 3 peer centres shows that 99 % of messages arrive within {{max_delivery_seconds}}.';

/** The source fingerprint as docs/file-formats.md defines it, computed here from the requirement's text. */
function fingerprint(title: string, statement: string, sections: Array<[string, string]>): string {
  const text = [`# ${title}`, statement, ...sections.flatMap(([h, md]) => [`## ${h}`, md])].join('\n\n');
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

function translation(lang: string, source: string, title: string): string {
  return `---\nid: INT-001\nlang: ${lang}\ntitle: ${title}\nsource: ${source}\n---\n${title}: {{max_delivery_seconds}}.\n\n## Acceptance criteria\n\n- ${title}: {{max_delivery_seconds}}.\n`;
}

async function impact(root: string, id: string): Promise<Impact> {
  const run = await runCli(['impact', id, '--root', root, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Impact;
}

describe('impact on a fixture with a chain, a removal, an addition, award criteria and translations', () => {
  async function workspace(): Promise<string> {
    const current = fingerprint('Incident information exchange in EMSI', INT_001_STATEMENT, [
      ['Acceptance criteria', INT_001_CRITERIA],
    ]);
    const fixture = path.join(REPO, 'test/fixtures/variants-basic');
    const be = readFileSync(path.join(fixture, 'specs/national/be.yaml'), 'utf8');
    const benelux = readFileSync(path.join(fixture, 'specs/clusters/benelux.yaml'), 'utf8');
    const int1 = readFileSync(path.join(fixture, 'requirements/interconnection/INT-001.md'), 'utf8');
    return copy('variants-basic', {
      'requirements/interconnection/INT-001.md': int1.replace(
        'status: approved\n',
        'status: approved\nscenarios: [flood]\n',
      ),
      'requirements/interconnection/INT-001.nl.md': translation('nl', current, 'Uitwisseling van incidentinformatie'),
      'requirements/interconnection/INT-001.fr.md': translation('fr', '0123456789abcdef', 'Échange d’incidents'),
      'annexes/icd.md':
        '# ICD\n\nINT-001 messages use EMSI.\n\nBE-INT-001 and INT-0010 are other requirements.\n\nSee INT-001.\n',
      'specs/clusters/benelux.yaml': `${benelux}annexes:\n  - { path: annexes/icd.md, title: Interface control document }\n`,
      'specs/national/be.yaml': `${be}award:\n  - { id: quality, title: Interconnection quality, weight: 60, requirements: [INT-002, INT-001] }\n  - { id: price, title: Price, weight: 40 }\n`,
    });
  }

  it('names every spec with its effective values and the spec that set each', async () => {
    const result = await impact(await workspace(), 'INT-001');
    expect(result.requirement).toMatchObject({ id: 'INT-001', file: 'requirements/interconnection/INT-001.md' });
    expect(result.specs.map((s) => s.spec)).toEqual(['eu-baseline', 'benelux', 'be', 'lu']);
    expect(result.specs.every((s) => s.selected)).toBe(true);
    const be = result.specs.find((s) => s.spec === 'be')!;
    expect(be.effective).toMatchObject({ obligation: 'mandatory', parameters: { max_delivery_seconds: 3 } });
    expect(be.setBy).toMatchObject({ obligation: 'eu-baseline', parameters: { max_delivery_seconds: 'be' } });
    const lu = result.specs.find((s) => s.spec === 'lu')!;
    expect(lu.effective).toMatchObject({ obligation: 'recommended', parameters: { max_delivery_seconds: 5 } });
    expect(lu.setBy).toMatchObject({ obligation: 'lu', parameters: { max_delivery_seconds: 'eu-baseline' } });
  });

  it('lists the deviations at every level with their justification and position', async () => {
    const root = await workspace();
    const result = await impact(root, 'INT-001');
    expect(result.deviations.map((d) => [d.spec, d.action, d.set])).toEqual([
      ['be', 'set', { parameters: { max_delivery_seconds: 3 } }],
      ['lu', 'set', { obligation: 'recommended' }],
    ]);
    for (const d of result.deviations) {
      const lines = readFileSync(path.join(root, d.file), 'utf8').split('\n');
      expect(lines[d.line - 1]!.slice(d.column - 1)).toBe('requirement: INT-001');
      expect(d.justification).toMatch(/\w/);
    }
    const sec = await impact(root, 'SEC-001');
    expect(sec.deviations.map((d) => [d.spec, d.appliesTo])).toEqual([
      ['benelux', ['benelux', 'be', 'lu']],
      ['be', ['be']],
    ]);
  });

  it('names the award criteria, the translations with their state and the scenarios', async () => {
    const result = await impact(await workspace(), 'INT-001');
    expect(result.awardCriteria).toEqual([
      { spec: 'be', criterion: 'quality', title: 'Interconnection quality', weight: 60 },
    ]);
    expect(result.translations).toEqual([
      {
        lang: 'fr',
        name: 'French',
        state: 'stale',
        file: 'requirements/interconnection/INT-001.fr.md',
        usedBy: ['lu'],
      },
      {
        lang: 'nl',
        name: 'Dutch',
        state: 'current',
        file: 'requirements/interconnection/INT-001.nl.md',
        usedBy: ['be'],
      },
    ]);
    expect(result.scenarios).toEqual([{ id: 'flood', title: 'Large-scale cross-border flooding' }]);
    expect(result.annexes).toEqual([
      {
        path: 'annexes/icd.md',
        title: 'Interface control document',
        spec: 'benelux',
        carriedBy: ['benelux', 'be', 'lu'],
        lines: [3, 7],
      },
    ]);
    const int2 = await impact(await workspace(), 'INT-002');
    expect(int2.translations.map((t) => t.state)).toEqual(['missing', 'missing']);
  });

  it('tells removed from never selected', async () => {
    const root = await workspace();
    const removed = await impact(root, 'EUS-002');
    expect(removed.specs.filter((s) => !s.selected).map((s) => [s.spec, s.status])).toEqual([['be', 'removed']]);
    const added = await impact(root, 'LU-INT-001');
    expect(added.specs.filter((s) => s.selected).map((s) => s.spec)).toEqual(['lu']);
    expect(added.specs.find((s) => s.spec === 'be')).toMatchObject({ status: 'absent', effective: null });
    const text = await runCli(['impact', 'EUS-002', '--root', root]);
    expect(text.stdout).toContain('removed in: be');
    expect(text.stdout).toMatch(/specs\/national\/be\.yaml:\d+:\d+ be: remove/);
  });

  it('refuses an unknown id with the nearest one, exit 2', async () => {
    const run = await runCli(['impact', 'INT-01', '--root', await workspace()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown requirement "INT-01"; did you mean "INT-001"?');
    expect(run.stdout).toBe('');
  });

  it('stops at an invalid workspace with its diagnostics, exit 1', async () => {
    const root = await copy('variants-basic', { 'specs/national/be.yaml': 'id: be\ntitle: [\n' });
    const run = await runCli(['impact', 'INT-001', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/specs\/national\/be\.yaml:\d+:\d+: error/);
  });
});

const shipped = existsSync(path.join(REPO, 'specs')) && existsSync(path.join(REPO, 'requirements'));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(path.join(dir, e.name)) : e.name.endsWith('.yaml') ? [path.join(dir, e.name)] : [],
  );
}

describe.skipIf(!shipped)('impact on the shipped catalogue', () => {
  type RawSpec = {
    id: string;
    deviations?: Array<{ requirement: string; justification?: string }>;
    award?: Array<{ id: string; requirements?: string[] }>;
  };
  const specs = yamlFiles(path.join(REPO, 'specs')).map((f) => parse(readFileSync(f, 'utf8')) as RawSpec);

  it.each(['INT-001', 'INT-005', 'EUS-010', 'SEC-006'])(
    '%s: every spec, deviation, award criterion and translation file the spec files name',
    async (id) => {
      const result = await impact(REPO, id);
      expect(result.specs.map((s) => s.spec).sort()).toEqual(specs.map((s) => s.id).sort());
      const deviations = specs.flatMap((s) => (s.deviations ?? []).filter((d) => d.requirement === id).map(() => s.id));
      expect(result.deviations.map((d) => d.spec).sort()).toEqual(deviations.sort());
      const criteria = specs.flatMap((s) =>
        (s.award ?? []).filter((a) => a.requirements?.includes(id)).map((a) => `${s.id}/${a.id}`),
      );
      expect(result.awardCriteria.map((a) => `${a.spec}/${a.criterion}`).sort()).toEqual(criteria.sort());
      const dir = path.dirname(path.join(REPO, result.requirement.file));
      const files = readdirSync(dir).filter((f) => new RegExp(`^${id}\\.[a-z]{2}\\.md$`).test(f));
      expect(
        result.translations
          .filter((t) => t.state !== 'missing')
          .map((t) => path.basename(t.file!))
          .sort(),
      ).toEqual(files.sort());
      const annexes = ['annexes/interface-control-document.md', 'annexes/conformance-suite.md'].filter((f) =>
        readFileSync(path.join(REPO, f), 'utf8')
          .split(/[^A-Z0-9-]/)
          .includes(id),
      );
      expect(result.annexes.map((a) => a.path)).toEqual(annexes);
      for (const s of result.specs.filter((x) => x.selected))
        expect(s.effective?.obligation).toMatch(/mandatory|recommended|optional/);
    },
    60_000,
  );

  it('INT-001 in text names the Benelux deviation and where it applies', async () => {
    const run = await runCli(['impact', 'INT-001', '--root', REPO]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^INT-001 /);
    expect(run.stdout).toMatch(/specs\/clusters\/benelux\.yaml:\d+:\d+ benelux: set max_delivery_seconds = 3 s/);
    expect(run.stdout).toMatch(/applies to benelux, be, lu, nl/);
  });
});

describe.skipIf(!existsSync(path.join(REPO, 'specs', 'national', 'be.yaml')))('impact on the shipped catalogue', () => {
  it('issue 28.6 counts every language of every spec among the users of a translation', async () => {
    const result = await impact(REPO, 'INT-001');
    const usedBy = (lang: string) => result.translations.find((t) => t.lang === lang)?.usedBy;
    // be is written in nl, fr and de, lu in fr and de: their further languages use the translations too
    expect(usedBy('fr')).toEqual(expect.arrayContaining(['be', 'lu']));
    expect(usedBy('de')).toEqual(expect.arrayContaining(['be', 'lu', 'at']));
    expect(usedBy('nl')).toEqual(expect.arrayContaining(['be', 'nl']));
    expect(usedBy('nl')).not.toContain('lu');
  });
});
