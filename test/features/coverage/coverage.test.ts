import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCoverage } from '../../../src/features/coverage/run-coverage.js';
import { runCli } from '../../support/cli.js';
import { FIXTURES, workspaceFrom } from '../../support/workspace.js';

const root = path.join(FIXTURES, 'lint-coverage');

interface JsonDomain {
  domain: string;
  mandatory: string[];
  recommended: string[];
  optional: string[];
  gap: boolean;
}
interface JsonSpec {
  spec: string;
  domains: string[];
  scenarios: Array<{ id: string; gap: boolean; domains: JsonDomain[] }>;
  gaps: Array<{ scenario: string; domain: string | null }>;
}

async function json(...args: string[]): Promise<JsonSpec[]> {
  const run = await runCli(['coverage', '--root', root, '--format', 'json', ...args]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { specs: JsonSpec[] }).specs;
}

describe('tenderkit coverage', () => {
  it('lists every spec in chain order when no spec is named', async () => {
    expect((await json()).map((s) => s.spec)).toEqual(['base', 'variant', 'narrow']);
  });

  it('groups the supporting requirements of each scenario by domain and effective obligation', async () => {
    const [base] = await json('base');
    const flood = base!.scenarios.find((s) => s.id === 'flood')!;
    expect(flood.domains).toEqual([
      { domain: 'interconnection', mandatory: ['INT-001'], recommended: ['INT-002'], optional: [], gap: false },
      { domain: 'security', mandatory: ['SEC-002'], recommended: [], optional: [], gap: false },
      { domain: 'resilience', mandatory: ['RES-001'], recommended: [], optional: [], gap: false },
    ]);
    expect(base!.gaps).toEqual([
      { scenario: 'radiological', domain: 'security' },
      { scenario: 'radiological', domain: 'resilience' },
      { scenario: 'cyber-incident', domain: 'interconnection' },
    ]);
  });

  it('shows the gaps a variant opens by removing or loosening requirements', async () => {
    const [variant] = await json('variant');
    const flood = variant!.scenarios.find((s) => s.id === 'flood')!;
    expect(flood.domains.find((d) => d.domain === 'security')).toMatchObject({ mandatory: [], gap: true });
    expect(flood.domains.find((d) => d.domain === 'resilience')).toMatchObject({
      mandatory: [],
      recommended: ['RES-001'],
      gap: true,
    });
    expect(variant!.gaps).toContainEqual({ scenario: 'flood', domain: 'security' });
  });

  it('flags a scenario with no mandatory requirement at all once, and reports only the selected domains', async () => {
    const [narrow] = await json('narrow');
    expect(narrow!.domains).toEqual(['interconnection']);
    expect(narrow!.gaps).toEqual([{ scenario: 'cyber-incident', domain: null }]);
  });

  it('writes Markdown tables by default, with the gaps first', async () => {
    const run = await runCli(['coverage', 'variant', '--root', root]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## variant: A variant that drops flood support');
    expect(run.stdout).toContain('- Flooding: no mandatory requirement in Security');
    expect(run.stdout).toContain('| Resilience | **gap** | RES-001 | \u2013 |');
  });

  it('is a usage error for an unknown spec', async () => {
    const run = await runCli(['coverage', 'nowhere', '--root', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown spec "nowhere"; the workspace has base, narrow, variant');
  });

  it('says so when tenderkit.yaml defines no scenarios', async () => {
    const ws = await workspaceFrom('lint-coverage', {
      'tenderkit.yaml':
        'domains:\n  - { id: interconnection, prefix: INT, title: Interconnection }\n  - { id: security, prefix: SEC, title: Security }\n  - { id: resilience, prefix: RES, title: Resilience }\n',
      'requirements/INT-001.md': null,
      'requirements/INT-002.md': null,
      'requirements/INT-003.md': null,
      'requirements/SEC-001.md': null,
      'requirements/SEC-002.md': null,
      'requirements/RES-001.md': null,
      'requirements/RES-002.md': null,
      'specs/variant.yaml': null,
    });
    try {
      const result = await runCoverage({ root: ws.root, format: 'md' });
      expect(result.kind === 'ok' && result.output).toContain('defines no scenarios');
    } finally {
      await ws.dispose();
    }
  });

  it('refuses a workspace with errors and prints them', async () => {
    const ws = await workspaceFrom('lint-coverage', {
      'specs/base.yaml': 'id: base\ntitle: Baseline\nextends: nowhere\n',
    });
    try {
      const run = await runCli(['coverage', '--root', ws.root]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('[unknown-extends]');
    } finally {
      await ws.dispose();
    }
  });
});
