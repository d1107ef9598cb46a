import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/cli.js';
import { shippedCopy } from '../support/shipped.js';
import { REPO_ROOT } from '../support/outside-tools.js';

/** The CI recipes of docs/ci.md: each is YAML that parses, and each tenderkit command in it runs on the catalogue. */
const page = readFileSync(path.join(REPO_ROOT, 'docs/ci.md'), 'utf8');
const recipes = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const copies: Array<() => void> = [];
afterAll(() => {
  for (const dispose of copies) dispose();
});

/** Every `npx tenderkit ...` in a recipe's run or script lines, one spec of a loop standing for all. */
function commandsOf(recipe: string): string[][] {
  const out: string[][] = [];
  for (const [, line] of recipe.matchAll(/npx tenderkit ([^\n;>|]*)/g)) {
    out.push(
      line!
        .trim()
        .replace(/"\$spec"/, 'be')
        .split(/\s+/),
    );
  }
  return out;
}

describe('the CI recipes of docs/ci.md', () => {
  it('are two documents of valid YAML: a GitHub workflow and a GitLab pipeline', () => {
    expect(recipes).toHaveLength(2);
    const github = parse(recipes[0]!);
    expect(Object.keys(github.jobs)).toEqual(['check', 'pages']);
    const gitlab = parse(recipes[1]!);
    expect(gitlab.stages).toEqual(['check', 'build', 'publish']);
  });

  for (const [i, recipe] of recipes.entries()) {
    it(`recipe ${i + 1}: every tenderkit command runs on the shipped catalogue`, async () => {
      // the spec of the loops, the cluster of another country and their chains: `build` makes their packs
      const { root: dir, dispose } = shippedCopy(['be', 'at']);
      copies.push(dispose);
      const commands = commandsOf(recipe);
      expect(commands.length).toBeGreaterThanOrEqual(4);
      for (const argv of commands) {
        const run = await runCli(argv, { cwd: dir, env: { GITHUB_ACTIONS: i === 0 ? 'true' : '' } });
        expect(run.code, `tenderkit ${argv.join(' ')}\n${run.stderr}`).toBe(0);
        if (argv.includes('sarif')) expect(JSON.parse(run.stdout).version).toBe('2.1.0');
      }
      expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['at', 'be', 'benelux', 'central', 'eu-baseline']);
      expect(existsSync(path.join(dir, 'public', 'index.html'))).toBe(true);
    });
  }
});
