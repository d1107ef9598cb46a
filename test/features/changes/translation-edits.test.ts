import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { fixtureInGit, type GitRepo } from '../../support/git-repo.js';

const FR = 'requirements/interconnection/INT-001.fr.md';
const DE = 'requirements/interconnection/INT-001.de.md';
const RES_001 = 'requirements/resilience/RES-001.md';

let repo: GitRepo & { root: string };

async function changes(...args: string[]): Promise<string> {
  const run = await runCli(['changes', ...args, '--root', repo.root]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

/**
 * v1: the i18n fixture. v2: the French and German translations of INT-001 edited. v3: RES-001's default changed
 * (the French spec's deviation on it rests on it) without a review. v4: the same, and the French spec reviewed.
 */
beforeAll(async () => {
  repo = await fixtureInGit('i18n-basic');
  repo.git('tag', 'v1');
  await repo.edit(FR, (t) =>
    t.replace('à chaque centre opérationnel homologue', 'à tout centre opérationnel homologue'),
  );
  await repo.edit(DE, (t) => t.replace('gemeinsames', 'einheitliches'));
  repo.commit('translations edited');
  repo.git('tag', 'v2');
  await repo.edit(RES_001, (t) => t.replace('default: 30', 'default: 60'));
  repo.commit('RES-001 keeps its logs longer');
  repo.git('tag', 'v3');
  const review = await runCli(['review', 'fr', '--root', repo.root]);
  expect(review.code, review.stderr).toBe(0);
  repo.commit('fr reviewed');
  repo.git('tag', 'v4');
}, 60_000);

afterAll(async () => {
  await rm(repo.dir, { recursive: true, force: true });
});

describe('changes between revisions', () => {
  it('issue 28.5 lists the translation edits per language with the word diff', async () => {
    const json = JSON.parse(await changes('v1..v2', '--format', 'json'));
    expect(json.requirements).toEqual([]);
    expect(json.translationEdits).toEqual([
      {
        requirement: 'INT-001',
        language: 'de',
        file: DE,
        change: 'modified',
        fields: [
          {
            field: 'sections.Begründung',
            from: expect.stringContaining('gemeinsames'),
            to: expect.stringContaining('einheitliches'),
          },
        ],
      },
      {
        requirement: 'INT-001',
        language: 'fr',
        file: FR,
        change: 'modified',
        fields: [
          { field: 'statement', from: expect.stringContaining('à chaque'), to: expect.stringContaining('à tout') },
        ],
      },
    ]);
    const text = await changes('v1..v2');
    expect(text).toContain('Translations edited');
    expect(text).toMatch(/\[-chaque-\]\{\+tout\+\}/);
    const md = await changes('v1..v2', '--format', 'md');
    expect(md).toContain('## Translations edited');
    expect(md).toMatch(/<del>gemeinsames<\/del>/);
  });

  it('issue 28.5 drops from review a deviation reviewed inside the range', async () => {
    const unreviewed = JSON.parse(await changes('v2..v3', '--format', 'json'));
    expect(unreviewed.review).toContainEqual({ spec: 'fr', requirement: 'RES-001' });
    const reviewed = JSON.parse(await changes('v2..v4', '--format', 'json'));
    expect(reviewed.review).not.toContainEqual({ spec: 'fr', requirement: 'RES-001' });
  });
});
