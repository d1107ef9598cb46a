import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { githubAnnotations } from '../../../src/cli/github-annotations.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES } from '../../support/workspace.js';

const SCHEMA = JSON.parse(readFileSync(path.join(FIXTURES, 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
/** ajv for the draft-04 schema SARIF is written in (a CommonJS module whose default export is the class). */
type Validator = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv = (
  createRequire(import.meta.url)('ajv-draft-04') as {
    default: new (options: Record<string, unknown>) => { compile(schema: unknown): Validator };
  }
).default;
const validateSarif = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(SCHEMA);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
  }>;
}

describe('validate --format sarif', () => {
  it('writes a SARIF 2.1.0 log, valid against its schema, with every finding of --format json at its place', async () => {
    const root = path.join(FIXTURES, 'lint-problems');
    const sarif = await runCli(['validate', '--root', root, '--format', 'sarif']);
    const plain = await runCli(['validate', '--root', root, '--format', 'json']);
    expect(sarif.code).toBe(plain.code);
    const log = JSON.parse(sarif.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('tenderkit');
    const rules: Array<{ id: string; defaultConfiguration: { level?: string } }> = run.tool.driver.rules;
    expect(rules.find((r) => r.id === 'modal-verb')?.defaultConfiguration.level).toBe('error');
    expect(rules.find((r) => r.id === 'vague-term')?.defaultConfiguration.level).toBe('warning');
    const expected = (JSON.parse(plain.stdout).diagnostics as Array<Record<string, string | number>>).map((d) => ({
      rule: d['rule'],
      level: d['severity'] === 'info' ? 'note' : d['severity'],
      file: d['file'],
      line: d['line'],
      column: d['column'],
      message: d['message'],
    }));
    expect(expected.length).toBeGreaterThan(2);
    const results = (run.results as SarifResult[]).map((r) => ({
      rule: r.ruleId,
      level: r.level,
      file: decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri),
      line: r.locations[0]!.physicalLocation.region.startLine,
      column: r.locations[0]!.physicalLocation.region.startColumn,
      message: r.message.text,
    }));
    expect(results).toEqual(expected);
    for (const r of run.results as SarifResult[]) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('is a valid log with no results for a clean workspace', async () => {
    const run = await runCli(['validate', '--root', path.join(FIXTURES, 'basic'), '--format', 'sarif']);
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results.filter((r: SarifResult) => r.level === 'error')).toEqual([]);
  });
});

describe('GitHub workflow commands', () => {
  it('are printed by validate on GitHub Actions, one per problem at its line', async () => {
    const root = path.join(FIXTURES, 'lint-problems');
    const run = await runCli(['validate', '--root', root], { env: { GITHUB_ACTIONS: 'true' } });
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toMatch(
      /^::(error|warning|notice) file=requirements\/[A-Z0-9-]+\.md,line=\d+,col=\d+,title=tenderkit [a-z-]+::/,
    );
    const quiet = await runCli(['validate', '--root', root]);
    expect(quiet.stdout).not.toContain('::');
  });

  it('escape what GitHub would read as the end of a property or of the message', () => {
    const out = githubAnnotations(
      [
        {
          severity: 'error',
          rule: 'schema',
          message: '100% wrong\nsecond line',
          file: 'specs/a,b:c.yaml',
          line: 3,
          column: 4,
        },
      ],
      'catalogue',
    );
    expect(out).toBe(
      '::error file=catalogue/specs/a%2Cb%3Ac.yaml,line=3,col=4,title=tenderkit schema::100%25 wrong%0Asecond line\n',
    );
  });
});
