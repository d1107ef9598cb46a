import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../support/cli.js';
import { REPO_ROOT } from '../support/outside-tools.js';

/** The CI recipes of docs/ci.md: each is YAML that parses, and each tenderkit command in it runs on the catalogue. */
const page = readFileSync(path.join(REPO_ROOT, 'docs/ci.md'), 'utf8');
const recipes = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
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
      const dir = mkdtempSync(path.join(os.tmpdir(), 'tk-ci-'));
      dirs.push(dir);
      for (const part of ['requirements', 'specs', 'tenderkit.yaml', 'labels', 'annexes', 'glossary', 'templates'])
        if (existsSync(path.join(REPO_ROOT, part)))
          cpSync(path.join(REPO_ROOT, part), path.join(dir, part), { recursive: true });
      const commands = commandsOf(recipe);
      expect(commands.length).toBeGreaterThanOrEqual(4);
      for (const argv of commands) {
        const run = await runCli(argv, { cwd: dir, env: { GITHUB_ACTIONS: i === 0 ? 'true' : '' } });
        expect(run.code, `tenderkit ${argv.join(' ')}\n${run.stderr}`).toBe(0);
        if (argv.includes('sarif')) expect(JSON.parse(run.stdout).version).toBe('2.1.0');
      }
      expect(readdirSync(path.join(dir, 'out')).length).toBeGreaterThan(10);
      expect(existsSync(path.join(dir, 'public', 'index.html'))).toBe(true);
    });
  }
});
