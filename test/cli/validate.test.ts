import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { FIXTURES, workspaceFrom } from '../support/workspace.js';

describe('tenderkit validate', () => {
  it('exits 0 on a valid workspace', async () => {
    const run = await runCli(['validate', '--root', path.join(FIXTURES, 'basic')]);
    // the fixture's spec be is in Dutch, of which it has no translations: validate says so, once
    expect(run.stderr.split('\n').filter((l) => l.includes('warning') || l.includes('error'))).toEqual([
      expect.stringMatching(/^specs\/be\.yaml:4:11: warning spec be: .* \[translations\]$/),
      '0 errors, 1 warning',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('the workspace is valid');
  });

  it('prints every problem as path:line:column: severity message [rule] and exits 1', async () => {
    const ws = await workspaceFrom('basic', {
      'requirements/security/SEC-001.md': (await import('node:fs'))
        .readFileSync(path.join(FIXTURES, 'basic/requirements/security/SEC-001.md'), 'utf8')
        .replace('obligation: mandatory', 'obligation: must'),
      'specs/benelux.yaml':
        'id: benelux\ntitle: Benelux\nextends: eu-baseline\ndeviations:\n  - requirement: SEC-002\n    set: { obligation: mandatory }\n',
      'requirements/resilience/RES-002.md': '---\nid: RES-002\ntitle: [unclosed\n---\nText.\n',
    });
    try {
      const run = await runCli(['validate', '--root', ws.root]);
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toContain(
        'requirements/security/SEC-001.md:5:13: error requirement obligation must be one of "mandatory", "recommended", "optional" [schema]'.replace(
          'requirement obligation',
          'obligation',
        ),
      );
      expect(
        lines.some((l) => /^specs\/benelux\.yaml:5:5: error .*justification.* \[deviation-justified\]$/.test(l)),
      ).toBe(true);
      expect(lines.some((l) => /^requirements\/resilience\/RES-002\.md:3:\d+: error .* \[yaml\]$/.test(l))).toBe(true);
      expect(lines.at(-1)).toMatch(/^\d+ errors?, \d+ warnings?$/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await ws.dispose();
    }
  });

  it('prints the JSON shape of the design with --format json', async () => {
    const ws = await workspaceFrom('basic', { 'specs/be.yaml': 'id: be\ntitle: BE\nextends: benelux\nlanguage: 12\n' });
    try {
      const run = await runCli(['validate', '--root', ws.root, '--format', 'json']);
      expect(run.code).toBe(1);
      const out = JSON.parse(run.stdout) as { diagnostics: unknown[]; summary: { errors: number; warnings: number } };
      expect(out.summary).toEqual({ errors: 1, warnings: 0 });
      expect(out.diagnostics).toEqual([
        {
          severity: 'error',
          rule: 'schema',
          message: 'language must be a language tag or a list of language tags',
          file: 'specs/be.yaml',
          line: 4,
          column: 11,
        },
      ]);
    } finally {
      await ws.dispose();
    }
  });

  it('exits 2 for a missing workspace or a wrong option', async () => {
    expect((await runCli(['validate', '--root', '/nonexistent/tk'])).code).toBe(2);
    const wrong = await runCli(['validate', '--format', 'xml']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('xml');
  });

  it('reports a spec that is a list, and an empty spec', async () => {
    const ws = await workspaceFrom('basic', { 'specs/x.yaml': '- a\n- b\n', 'specs/y.yaml': '' });
    try {
      const run = await runCli(['validate', '--root', ws.root]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'specs/x.yaml:1:1: error a spec must be a map of fields (id, title, ...), but this file is a list [schema]',
      );
      expect(run.stderr).toContain(
        'specs/y.yaml:1:1: error a spec must be a map of fields (id, title, ...), but this file is empty [schema]',
      );
    } finally {
      await ws.dispose();
    }
  });
});
